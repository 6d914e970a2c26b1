"""System checks of the help search app (see helpcenter/checks.py)."""

from django.conf import settings
from django.core.checks import Error, register

from helpcenter.checks import README, required_apps

from .engine import FALLBACK

SEARCH_APPS = {
    "helpcenter": "search finds the help center's pages",
    "wagtail.contrib.search_promotions": "editors promote results per query with Wagtail's search promotions",
}
WRAPPER = "helpcenter.search.backends"
DATABASE = "wagtail.search.backends.database"
ENGINES = ("elasticsearch", "opensearch")


@register()
def check_required_apps(app_configs, **kwargs):
    return required_apps("helpcenter.search", SEARCH_APPS, "helpcenter_search.E001")


@register()
def check_search_backend(app_configs, **kwargs):
    """An Elasticsearch or OpenSearch backend must be the help search's wrapper: the help search reads
    per-language fields that only the wrapper's mapping creates."""
    backends = getattr(settings, "WAGTAILSEARCH_BACKENDS", {}) or {}
    backend = backends.get("default", {}).get("BACKEND", "")
    errors = []
    if any(engine in backend.rsplit(".", 1)[-1] for engine in ENGINES) and backend != WRAPPER:
        errors.append(
            Error(
                f"WAGTAILSEARCH_BACKENDS['default'] uses {backend!r} directly: help search finds nothing.",
                hint=f"Use 'BACKEND': {WRAPPER!r} with 'ENGINE': {backend!r}, then update_index ({README}).",
                id="helpcenter_search.E002",
            )
        )
    fallback = backends.get(FALLBACK, {}).get("BACKEND", "")
    if backend == WRAPPER and fallback != DATABASE:
        errors.append(
            Error(
                f"WAGTAILSEARCH_BACKENDS has no {FALLBACK!r} database backend beside the engine: while the "
                "engine is down or slow, help search would find nothing.",
                hint=f"Add {FALLBACK!r}: {{'BACKEND': {DATABASE!r}}} ({README}).",
                id="helpcenter_search.E003",
            )
        )
    return errors
