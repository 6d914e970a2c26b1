"""Demo synonyms: the everyday words customers use for the shop's own terms."""

from .models import SynonymGroup

DEMO_SYNONYMS = {
    "en": [
        "refund, money back, reimbursement",
        "parcel, package, delivery, shipment",
        "broken, damaged, smashed, cracked",
        "cancel, call off",
        "guarantee, warranty",
        "courier, driver, delivery person",
    ],
    "fa": [
        "ارسال, تحویل, فرستادن",
        "مرسوله, بسته",
        "بازگشت پول, استرداد وجه, پس گرفتن پول",
        "خراب, شکسته, آسیب دیده",
        "گارانتی, ضمانت",
        "پیک, مامور پست",
    ],
}


def build_synonyms() -> int:
    """Creates the demo groups that are missing; editors' own groups are left alone."""
    created = 0
    for language, groups in DEMO_SYNONYMS.items():
        for terms in groups:
            _, was_created = SynonymGroup.objects.get_or_create(language=language, terms=terms)
            created += was_created
    return created
