import json
from datetime import date, datetime

import jdatetime
from django import template
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import get_language

from .. import structured_data
from ..models import ContactSettings

register = template.Library()

PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.filter
def persian_digits(value) -> str:
    return str(value).translate(PERSIAN_DIGITS)


@register.filter
def help_date(value) -> str:
    """A date as readers of the active language expect it: Jalali with Persian digits in Persian."""
    if not value:
        return ""
    if isinstance(value, datetime):
        value = timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    if not isinstance(value, date):
        return str(value)
    if get_language() == "fa":
        jalali = jdatetime.date.fromgregorian(date=value, locale="fa_IR")
        return jalali.strftime("%-d %B %Y").translate(PERSIAN_DIGITS)
    return formats.date_format(value, "DATE_FORMAT")


@register.filter
def help_number(value) -> str:
    return persian_digits(value) if get_language() == "fa" else str(value)


def _json_ld(data: dict) -> SafeString:
    # Escaped like Django's json_script, so text from editors cannot close the tag.
    payload = json.dumps(data, ensure_ascii=False).translate(JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', SafeString(payload))


@register.simple_tag(takes_context=True)
def page_structured_data(context, page) -> SafeString:
    """JSON-LD for the page: breadcrumbs always, plus Article/HowTo or FAQPage."""
    request = context.get("request")
    blocks = [_json_ld(structured_data.breadcrumb_list(page, request))]
    kind = page.specific_class.__name__
    if kind == "ArticlePage":
        blocks.append(_json_ld(structured_data.article(page, request)))
    elif kind == "FAQPage":
        blocks.append(_json_ld(structured_data.faq_page(page, request)))
    return SafeString("\n".join(blocks))


@register.inclusion_tag("helpcenter/includes/contact.html", takes_context=True)
def contact_channels(context, heading_level: int = 2):
    request = context.get("request")
    contact = ContactSettings.for_request(request) if request else None
    language = get_language() or "en"
    return {
        "contact": contact,
        "hours": contact.hours_for(language.split("-")[0]) if contact else "",
        "heading_level": heading_level,
        "request": request,
    }


@register.inclusion_tag("helpcenter/includes/icon.html")
def help_icon(name: str, size: int = 28):
    return {"name": name, "size": size}
