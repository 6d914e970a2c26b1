"""Seeds the default "what could we do better?" reasons in English and Persian."""

from django.conf import settings
from django.db import migrations

# A copy, so later edits to surveys/defaults.py cannot change what this migration did.
DEFAULT_REASONS = [
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


def seed(apps, schema_editor):
    import uuid

    Locale = apps.get_model("wagtailcore", "Locale")
    Reason = apps.get_model("surveys", "Reason")
    content_languages = {code for code, _name in getattr(settings, "WAGTAIL_CONTENT_LANGUAGES", [])}
    locales = {}
    for code in ("en", "fa"):
        locale = Locale.objects.filter(language_code=code).first()
        if locale is None and code in content_languages:
            locale = Locale.objects.create(language_code=code)
        if locale is not None:
            locales[code] = locale
    for position, (key, labels) in enumerate(DEFAULT_REASONS):
        translation_key = uuid.uuid4()
        for code, locale in locales.items():
            if not Reason.objects.filter(locale=locale, key=key).exists():
                Reason.objects.create(
                    key=key,
                    label=labels[code],
                    locale=locale,
                    translation_key=translation_key,
                    sort_order=(position + 1) * 10,
                )


class Migration(migrations.Migration):
    dependencies = [("surveys", "0001_surveys")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
