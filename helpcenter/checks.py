"""System checks: what a host site must provide that the help center cannot default.

``manage.py check`` names what is missing, with an id and a hint, instead of
the site failing at request time or ``makemigrations`` writing a migration
into an installed package. The other help center apps call ``required_apps``
with their own needs.
"""

from django.apps import apps
from django.conf import settings
from django.core.cache import InvalidCacheBackendError, caches
from django.core.checks import Error, Tags, Warning, register
from django.template import TemplateDoesNotExist, TemplateSyntaxError
from django.template.loader import get_template
from django.urls import NoReverseMatch, reverse

from .conf import helpcenter_settings
from .languages import content_language_codes
from .page_cache import MIDDLEWARE as PAGE_CACHE_MIDDLEWARE

README = "README.md, section “Add to an existing Wagtail site”"

HELPCENTER_APPS = {
    "wagtail.contrib.settings": "the contact channels are a site setting",
    "wagtail.contrib.table_block": "articles have table blocks",
}


def required_apps(app_label: str, needs: dict[str, str], check_id: str) -> list[Error]:
    """An error for each app in ``needs`` (module path → why) that INSTALLED_APPS lacks."""
    return [
        Error(
            f"The {app_label} app needs {module!r} in INSTALLED_APPS: {why}.",
            hint=f"Add {module!r} to INSTALLED_APPS ({README}).",
            id=check_id,
        )
        for module, why in needs.items()
        if not apps.is_installed(module)
    ]


@register()
def check_required_apps(app_configs, **kwargs):
    return required_apps("helpcenter", HELPCENTER_APPS, "helpcenter.E001")


@register(Tags.caches)
def check_page_cache(app_configs, **kwargs):
    if PAGE_CACHE_MIDDLEWARE not in settings.MIDDLEWARE:
        return []
    alias = helpcenter_settings.PAGE_CACHE_ALIAS
    try:
        caches[alias]
    except InvalidCacheBackendError:
        return [
            Error(
                f"The page cache keeps pages in the cache {alias!r}, which CACHES does not define.",
                hint="Define it in CACHES, or set HELPCENTER_PAGE_CACHE_ALIAS to a cache that exists.",
                id="helpcenter.E002",
            )
        ]
    return []


@register(Tags.templates)
def check_base_template(app_configs, **kwargs):
    name = helpcenter_settings.BASE_TEMPLATE
    try:
        get_template(name)
    except TemplateDoesNotExist:
        return [
            Error(
                f"HELPCENTER_BASE_TEMPLATE is {name!r}, which no template loader finds.",
                hint="Name the site's base template (with blocks title, extra_css, body_class, content "
                "and extra_js, as a `wagtail start` base.html has).",
                id="helpcenter.E003",
            )
        ]
    except TemplateSyntaxError:
        pass  # the template's own error is reported when it is used, where its line is shown
    return []


@register(Tags.translation)
def check_languages(app_configs, **kwargs):
    """Pages such as /fa/reviews/ exist once per language behind a language prefix, which only
    Django's LocaleMiddleware reads."""
    middleware = "django.middleware.locale.LocaleMiddleware"
    if len(content_language_codes()) > 1 and middleware not in settings.MIDDLEWARE:
        return [
            Warning(
                "The site has several content languages but no LocaleMiddleware: the reviews page is "
                "only served in the default language (help pages are served in their own language anyway).",
                hint=f"Add {middleware!r} to MIDDLEWARE after SessionMiddleware.",
                id="helpcenter.W001",
            )
        ]
    return []


@register(Tags.urls)
def check_urls(app_configs, **kwargs):
    try:
        reverse("helpcenter:feedback", args=[1])
    except NoReverseMatch:
        return [
            Warning(
                "The help center's addresses (its API, surveys and forms) are not in the site's URLconf.",
                hint=f"Put helpcenter.urls.urlpatterns in front of Wagtail's catch-all ({README}).",
                id="helpcenter.W002",
            )
        ]
    return []
