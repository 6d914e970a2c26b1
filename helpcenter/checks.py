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
from django.template import Context, TemplateDoesNotExist, TemplateSyntaxError
from django.template.loader import get_template
from django.template.loader_tags import BlockNode, ExtendsNode
from django.urls import NoReverseMatch, reverse

from . import lookups
from .conf import helpcenter_settings
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


# The blocks of a `wagtail start` base.html that helpcenter/base.html fills, and what is lost without each.
BASE_BLOCKS = {
    "content": "the help pages themselves",
    "extra_css": "their stylesheet, canonical and hreflang links and description",
    "extra_js": "their script and structured data",
    "title": "their titles",
}


def _block_names(name: str, seen: tuple[str, ...] = ()) -> set[str]:
    """The blocks a template defines, with those of the templates it extends by a constant name."""
    template = get_template(name).template
    names = {node.name for node in template.nodelist.get_nodes_by_type(BlockNode)}
    for node in template.nodelist.get_nodes_by_type(ExtendsNode):
        parent = node.parent_name.resolve(Context())
        if isinstance(parent, str) and parent not in seen:
            names |= _block_names(parent, (*seen, name))
    return names


@register(Tags.caches, deploy=True)
def check_page_cache_is_shared(app_configs, **kwargs):
    """Every server process must see a purge: a per-process memory cache would serve its own stale
    copies for PAGE_CACHE_SECONDS after an editor publishes."""
    if PAGE_CACHE_MIDDLEWARE not in settings.MIDDLEWARE:
        return []
    if is_per_process_cache(helpcenter_settings.PAGE_CACHE_ALIAS):
        return [
            Warning(
                f"The page cache {helpcenter_settings.PAGE_CACHE_ALIAS!r} is per process: with several "
                "server processes, a publication empties only one of them.",
                hint="Point HELPCENTER_PAGE_CACHE_ALIAS at a cache every process shares (Redis, "
                "Memcached, the database or a folder).",
                id="helpcenter.W003",
            )
        ]
    return []


def is_per_process_cache(alias: str) -> bool:
    """Whether the named cache lives in each server process's memory (so other processes, and
    other machines, never see what one of them writes)."""
    backend = settings.CACHES.get(alias, {}).get("BACKEND", "")
    return backend.endswith(("LocMemCache", "DummyCache"))


@register(Tags.caches, deploy=True)
def check_default_cache_is_shared(app_configs, **kwargs):
    """The remembered lookups (synonyms, promotions, restricted paths, help homes) are forgotten in
    every process through the default cache; per process, others keep theirs for a few seconds. The
    rate limits and signal counters (helpcenter.ratelimit, helpcenter.visitors) live there too."""
    if not is_per_process_cache("default"):
        return []
    return [
        Warning(
            "The default cache is per process: with several server processes, an editor's change to "
            "synonyms, promotions or view restrictions reaches the others only after "
            f"{lookups.TTL_SECONDS} seconds, nothing is shared between machines, and each process "
            "counts HELPCENTER_RATE_LIMITS and the once-per-visitor signals on its own.",
            hint="Set CACHE_URL (or REDIS_URL) to a Redis server every process shares, or point "
            "CACHES['default'] at helpcenter.redis_cache.RedisCache (Django's Redis backend that "
            "keeps pages up while Redis is down).",
            id="helpcenter.W004",
        )
    ]


@register(Tags.templates)
def check_base_template(app_configs, **kwargs):
    name = helpcenter_settings.BASE_TEMPLATE
    try:
        missing = {block: lost for block, lost in BASE_BLOCKS.items() if block not in _block_names(name)}
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
        return []  # the template's own error is reported when it is used, where its line is shown
    return [
        (Error if block == "content" else Warning)(
            f"HELPCENTER_BASE_TEMPLATE {name!r} has no block {block!r}: help pages would lose {lost}.",
            hint="Add the block to that template, or name one that has the blocks of a `wagtail start` "
            "base.html (title, extra_css, body_class, content, extra_js).",
            id="helpcenter.E004" if block == "content" else "helpcenter.W001",
        )
        for block, lost in missing.items()
    ]


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


VISITOR_MIDDLEWARE = "helpcenter.visitors.VisitorCookieMiddleware"


@register()
def check_api_docs_are_self_hosted(app_configs, **kwargs):
    """django-ninja renders its Swagger page from the site's static files only when "ninja" is an
    installed app; otherwise the page loads Swagger UI's script from a public CDN, on the same origin
    as the admin, which no Content-Security-Policy of ours can allow."""
    if not helpcenter_settings.API_DOCS or apps.is_installed("ninja"):
        return []
    return [
        Warning(
            "HELPCENTER_API_DOCS is on, and the docs page loads Swagger UI from a public CDN.",
            hint="Add 'ninja' to INSTALLED_APPS: django-ninja then serves its own pinned copy from your "
            "static files, under the site's Content-Security-Policy.",
            id="helpcenter.W007",
        )
    ]


@register()
def check_visitor_cookie_middleware(app_configs, **kwargs):
    """Reads and votes count only with the visitor cookie the pages give (helpcenter.visitors);
    below the page cache, pages it answers would give none."""
    middleware = list(settings.MIDDLEWARE)
    if VISITOR_MIDDLEWARE not in middleware:
        return [
            Warning(
                "Without helpcenter.visitors.VisitorCookieMiddleware a visitor's first read and vote "
                "are not counted (the pages give no visitor cookie).",
                hint=f"Add {VISITOR_MIDDLEWARE!r} to MIDDLEWARE ({README}).",
                id="helpcenter.W005",
            )
        ]
    if PAGE_CACHE_MIDDLEWARE in middleware and middleware.index(VISITOR_MIDDLEWARE) > middleware.index(
        PAGE_CACHE_MIDDLEWARE
    ):
        return [
            Warning(
                "VisitorCookieMiddleware comes after the page cache: cached pages give no visitor cookie.",
                hint=f"List {VISITOR_MIDDLEWARE!r} before {PAGE_CACHE_MIDDLEWARE!r} in MIDDLEWARE.",
                id="helpcenter.W006",
            )
        ]
    return []
