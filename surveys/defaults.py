"""The default "what could we do better?" reasons: the usual causes of online-shop complaints.

The keys are stable identifiers that statistics group by across languages;
never rename or remove one (a data migration seeded them), add new ones instead.
"""

DEFAULT_REASONS: list[tuple[str, dict[str, str]]] = [
    ("site_design", {"en": "Site design", "fa": "طراحی سایت"}),
    ("slow_site", {"en": "Slow site", "fa": "کندی سایت"}),
    ("payment_options", {"en": "Payment options", "fa": "روش‌های پرداخت"}),
    ("hidden_costs", {"en": "Hidden or unannounced costs", "fa": "هزینه‌های پنهان یا اعلام‌نشده"}),
    ("data_security", {"en": "Data security", "fa": "امنیت اطلاعات"}),
    ("delivery", {"en": "Delivery", "fa": "ارسال و تحویل"}),
    ("packaging", {"en": "Packaging", "fa": "بسته‌بندی"}),
    ("after_sales_service", {"en": "After-sales service", "fa": "خدمات پس از فروش"}),
    ("product_quality", {"en": "Product quality", "fa": "کیفیت کالا"}),
]


def ensure_default_reasons() -> int:
    """Creates any missing default reason in each language that has a Locale; returns how many.

    The data migration does this once; this is for databases flushed since (tests) and the demo.
    """
    import uuid

    from wagtail.models import Locale

    from .models import Reason

    created = 0
    locales = {
        locale.language_code: locale for locale in Locale.objects.filter(language_code__in=["en", "fa"])
    }
    for position, (key, labels) in enumerate(DEFAULT_REASONS):
        existing = Reason.objects.filter(key=key).first()
        translation_key = existing.translation_key if existing else uuid.uuid4()
        for code, locale in locales.items():
            _reason, made = Reason.objects.get_or_create(
                locale=locale,
                key=key,
                defaults={
                    "label": labels[code],
                    "translation_key": translation_key,
                    "sort_order": (position + 1) * 10,
                },
            )
            created += made
    return created


SUPPORT_STAFF_GROUP = "Support staff"
SUPPORT_STAFF_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("surveys", "moderate_response"),
    ("surveys", "view_response"),
]


def ensure_support_staff_group(apps=None):
    """The group that sees the moderation queue. The data migration calls this with its
    historical models; tests and the demo call it again after a flush."""
    if apps is None:
        from django.apps import apps
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=SUPPORT_STAFF_GROUP)
    for app_label, codename in SUPPORT_STAFF_PERMISSIONS:
        permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
        if permission is not None:
            group.permissions.add(permission)
    return group
