"""The default "what could we do better?" reasons: the usual causes of online-shop complaints.

The keys are stable identifiers that statistics group by across languages;
never rename or remove one (a data migration seeded them), add new ones instead.
"""

import uuid

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


DEFAULT_SURVEY_TITLE = "Post-purchase survey"


def _models(apps):
    if apps is None:
        from django.apps import apps
    return (
        apps.get_model("wagtailcore", "Locale"),
        apps.get_model("surveys", "Reason"),
        apps.get_model("surveys", "Survey"),
    )


def _locales(apps, languages) -> list:
    """The Locales of the given content languages (default: every content language that has one)."""
    from helpcenter.languages import content_language_codes

    Locale, _reason, _survey = _models(apps)
    if languages is None:
        return list(Locale.objects.filter(language_code__in=content_language_codes()))
    return [Locale.objects.get_or_create(language_code=code)[0] for code in languages]


def ensure_default_reasons(languages: list[str] | None = None, apps=None) -> int:
    """Creates any missing default reason in each language; returns how many.

    In Persian and English the labels above; in any other language the English
    ones until an editor translates them. Runs in the data migration (with its
    historical models), for a language first used later, and after a test flush.
    """
    from helpcenter.languages import base_language

    _locale, Reason, _survey = _models(apps)
    created = 0
    locales = _locales(apps, languages)
    for position, (key, labels) in enumerate(DEFAULT_REASONS):
        existing = Reason.objects.filter(key=key).first()
        translation_key = existing.translation_key if existing else uuid.uuid4()
        for locale in locales:
            label = labels.get(locale.language_code) or labels.get(base_language(locale.language_code))
            _reason, made = Reason.objects.get_or_create(
                locale=locale,
                key=key,
                defaults={
                    "label": label or labels["en"],
                    "translation_key": translation_key,
                    "sort_order": (position + 1) * 10,
                },
            )
            created += made
    return created


def ensure_default_surveys(languages: list[str] | None = None, apps=None) -> int:
    """A live survey, worded by the translated defaults, in each language that has no survey at all;
    returns how many were made. A language whose editors switched every survey off gets none: the
    invitation API then refuses invitations in it (no customer is sent a link that shows no form)."""
    _locale, _reason, Survey = _models(apps)
    ensure_default_reasons(languages, apps)
    created = 0
    for locale in _locales(apps, languages):
        if not Survey.objects.filter(locale=locale).exists():
            # Blank texts show the defaults in the survey's language (Survey.text).
            Survey.objects.create(title=DEFAULT_SURVEY_TITLE, locale=locale, translation_key=uuid.uuid4())
            created += 1
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
