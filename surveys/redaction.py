"""Hides e-mail addresses and phone numbers in customers' text before it is shown in public.

Customers' words are stored as written; this runs on the way out. It recognises
Latin, Persian (۰-۹) and Arabic-Indic (٠-٩) digits, and the separators people
type between them.
"""

import re

EMAIL_PLACEHOLDER = "[email hidden]"
PHONE_PLACEHOLDER = "[phone hidden]"

# Local part and domain, allowing the Unicode letters of internationalised addresses.
_EMAIL = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# Also "name at domain dot com", a common way around filters.
_EMAIL_SPELLED = re.compile(
    r"\b[\w.+-]+\s*(?:\[at\]|\(at\)|\sat\s)\s*[\w-]+\s*(?:\[dot\]|\(dot\)|\sdot\s|\.)\s*[a-z]{2,}\b",
    re.IGNORECASE,
)
_DIGIT = r"[0-9۰-۹٠-٩]"
# 7 or more digits, optionally starting with + or 00, with spaces, dots, dashes or brackets
# between groups: +98 912 345 6789, ۰۹۱۲-۳۴۵-۶۷۸۹, (021) 8888 7777.
_PHONE = re.compile(
    rf"(?<![\w/])(?:[+＋]|00)?\(?{_DIGIT}(?:[\s.\-()\u200c]{{0,2}}{_DIGIT}){{6,16}}\)?(?![\w/])"
)
# Dates look like short phone numbers; they are not personal data.
_DATE = re.compile(
    rf"^(?:{_DIGIT}{{4}}[-.]{_DIGIT}{{1,2}}[-.]{_DIGIT}{{1,2}}|{_DIGIT}{{1,2}}[-.]{_DIGIT}{{1,2}}[-.]{_DIGIT}{{4}})$"
)


def _phone_or_date(match: re.Match) -> str:
    return match.group(0) if _DATE.match(match.group(0)) else PHONE_PLACEHOLDER


def redact(text: str) -> str:
    """``text`` with e-mail addresses and phone numbers replaced by placeholders."""
    if not text:
        return text
    text = _EMAIL.sub(EMAIL_PLACEHOLDER, text)
    text = _EMAIL_SPELLED.sub(EMAIL_PLACEHOLDER, text)
    return _PHONE.sub(_phone_or_date, text)
