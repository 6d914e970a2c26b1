"""The host site's content languages, as the help center reads them (public: the other apps use it).

Wagtail's ``WAGTAIL_CONTENT_LANGUAGES`` (or ``LANGUAGE_CODE`` alone) says which
languages pages are written in; codes such as ``en-us``, ``de`` or ``fa-ir``
are whatever the site chose. Visitors and storefronts ask with codes of their
own (``en``, ``en-US``, ``fa_IR``): they are matched to the closest content
language, the way Django matches a browser's language to ``LANGUAGES``.

Model fields take their choices from ``language_choices`` (a callable), so the
site's languages never end up frozen into a migration.
"""

from django.conf import settings
from wagtail.coreutils import get_content_languages, get_supported_content_language_variant

# The longest language code accepted from outside; Django's own codes are at most 7 characters.
MAX_CODE_LENGTH = 20


def language_choices() -> list[tuple[str, str]]:
    """(code, name) of every content language: model fields' choices, read when a form is built."""
    return [(code, str(name)) for code, name in get_content_languages().items()]


def content_language_codes() -> list[str]:
    return list(get_content_languages())


def resolve_language(code: str | None) -> str | None:
    """The content language closest to ``code`` (``en-US`` → ``en-us`` or ``en``), or None."""
    code = (code or "").strip().lower().replace("_", "-")
    if not code or len(code) > MAX_CODE_LENGTH:
        return None
    try:
        return get_supported_content_language_variant(code)
    except LookupError:
        return None


def default_language() -> str:
    """The site's default content language (its ``LANGUAGE_CODE``, matched to the content languages)."""
    return resolve_language(settings.LANGUAGE_CODE) or content_language_codes()[0]


def base_language(code: str) -> str:
    """``fa-ir`` → ``fa``: what language-specific behaviour (digits, calendar, analysis) keys on."""
    return code.lower().replace("_", "-").split("-")[0]


PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def uses_persian_digits(code: str | None) -> bool:
    return base_language(code or "") == "fa"


def localized_digits(value, code: str | None) -> str:
    """Latin digits as Persian readers expect them (۱۴۰۳), unchanged for other languages."""
    text = str(value)
    return text.translate(PERSIAN_DIGITS) if uses_persian_digits(code) else text
