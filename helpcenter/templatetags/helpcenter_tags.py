from datetime import date, datetime

import jdatetime
from django import template
from django.utils import formats, timezone
from django.utils.safestring import SafeString
from django.utils.translation import get_language
from wagtail import hooks
from wagtail.models import Site

from .. import structured_data
from ..languages import (
    PERSIAN_DIGITS,
    default_language,
    localized_digits,
    resolve_language,
    uses_persian_digits,
)
from ..models import AbstractHelpCenterIndexPage, ContactSettings, help_home_for

register = template.Library()


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
    if uses_persian_digits(get_language()):
        jalali = jdatetime.date.fromgregorian(date=value, locale="fa_IR")
        return jalali.strftime("%-d %B %Y").translate(PERSIAN_DIGITS)
    return formats.date_format(value, "DATE_FORMAT")


@register.filter
def help_number(value) -> str:
    return localized_digits(value, get_language())


@register.simple_tag(takes_context=True)
def page_structured_data(context, page) -> SafeString:
    """JSON-LD for the page: breadcrumbs always, plus Article/HowTo or FAQPage."""
    request = context.get("request")
    blocks = [structured_data.json_ld(structured_data.breadcrumb_list(page, request))]
    kind = page.specific_class.__name__
    if kind == "ArticlePage":
        blocks.append(structured_data.json_ld(structured_data.article(page, request)))
    elif kind == "FAQPage":
        blocks.append(structured_data.json_ld(structured_data.faq_page(page, request)))
    return SafeString("\n".join(blocks))


@register.inclusion_tag("helpcenter/includes/contact.html", takes_context=True)
def contact_channels(context, heading_level: int = 2):
    request = context.get("request")
    contact = ContactSettings.for_request(request) if request else None
    language = get_language() or "en"
    return {
        "contact": contact,
        "hours": contact.hours_for(language) if contact else "",
        "heading_level": heading_level,
        "request": request,
    }


@register.inclusion_tag("helpcenter/includes/icon.html")
def help_icon(name: str, size: int = 28):
    return {"name": name, "size": size}


@register.filter
def help_persian(language_code) -> bool:
    """Whether a language reads Persian digits and dates and takes the Persian font (fa, fa-ir)."""
    return uses_persian_digits(str(language_code or ""))


@register.simple_tag
def help_default_language() -> str:
    return default_language()


@register.simple_tag(takes_context=True)
def help_home_of(context, page=None) -> AbstractHelpCenterIndexPage | None:
    """The help home a template belongs to: the view's, the page's, else the site's in the active
    language (an error page, the reviews page)."""
    if context.get("help_home") is not None:
        return context["help_home"]
    if page is not None and hasattr(page, "help_home"):
        return page.help_home
    request = context.get("request")
    if request is None:
        return None
    language = resolve_language(get_language()) or default_language()
    return help_home_for(Site.find_for_request(request), language)


@register.filter
def help_route(help_home, name: str) -> str:
    """The address of a route of a help home (``search``), or "" when no app provides it."""
    return (help_home.route_url(name) if help_home else None) or ""


@register.simple_tag
def help_footer_links(help_home) -> list[tuple[str, str]]:
    """(text, address) of the links other apps put in a help home's footer (the
    ``register_help_footer_links`` hook, called with the help home; the surveys app adds the
    reviews page)."""
    if help_home is None:
        return []
    return [link for hook in hooks.get_hooks("register_help_footer_links") for link in hook(help_home)]


@register.simple_tag
def help_translations(page=None, help_home=None) -> list:
    """The page's translations any visitor may open, else its help home's (a page outside the tree,
    or one not translated yet, links to the help home in the other languages)."""
    for candidate in (page, help_home):
        translations = getattr(candidate, "translations_for_hreflang", None)
        if translations:
            return translations
    return []
