"""The help search page, a route of every help home (``<help home>/search/``).

Each help home searches its own language, so a shop with a help home per
language needs no language prefix in its addresses. The views are added to the
help home's routes by wagtail_hooks.py; a route view takes the help home first.
"""

from urllib.parse import urlencode

from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext, gettext_noop

from helpcenter import ratelimit
from helpcenter.context import help_page_context

from . import analytics, services

MAX_PAGE = 1000
TOO_MANY = gettext_noop("Too many searches from your connection. Please wait a minute and try again.")


def search(help_home, request):
    """The search page: works without JavaScript; a search with no answer leads to people who can help."""
    try:
        page_number = max(1, min(int(request.GET.get("page", 1)), MAX_PAGE))
    except ValueError:
        page_number = 1
    status, error, results = 200, None, None
    language = help_home.locale.language_code
    verdict = ratelimit.check("search", request) if request.GET.get("q", "").strip() else None
    if verdict is not None and not verdict.allowed:
        # The same limit as the search API: a scanner's burst is neither answered nor stored.
        context = {"query": request.GET.get("q", "")[:200], "results": None, "help_home": help_home}
        context["error"] = gettext(
            "Too many searches from your connection. Please wait a minute and try again."
        )
        response = TemplateResponse(
            request, "helpcenter_search/search.html", {**context, **help_page_context()}, status=429
        )
        response["Retry-After"] = str(verdict.retry_after)
        patch_cache_control(response, private=True)
        return response
    try:
        # Only this help home's pages: a site may have several help centers (brands) in one language.
        results = services.search_help(
            request.GET.get("q", ""), language=language, category=help_home, page=page_number
        )
    except services.InvalidQuery as invalid:
        status, error = 400, str(invalid)
    search_id = analytics.log_search(results, request) if results and results.query else None
    for hit in results.hits if results else []:
        click = help_home.route_url("search_click", hit.page_id) if search_id and hit.page_id else None
        hit.link = f"{click}?{urlencode({'search': search_id, 'rank': hit.rank})}" if click else hit.url
    context = {
        "search_id": search_id,
        "query": results.query if results else "",
        "results": results,
        "error": error,
        "help_home": help_home,
        **help_page_context(),
    }
    response = TemplateResponse(request, "helpcenter_search/search.html", context, status=status)
    # A search is the visitor's own (its result links carry its id): never kept by the page cache.
    patch_cache_control(response, private=True)
    return response


def search_click(help_home, request, page_id: int):
    """Result links pass through here, so clicks are counted without JavaScript. The signed search
    id is a query parameter: Wagtail's page addresses allow no ":" in a path segment."""
    search_id = request.GET.get("search", "")
    try:
        rank = int(request.GET.get("rank", "")) if request.GET.get("rank", "").isdigit() else None
        response = HttpResponseRedirect("/")
        page = analytics.record_click(search_id, page_id, rank, response)
    except analytics.UnknownSearch:
        raise Http404("Unknown search or page") from None
    response["Location"] = page.get_url(request)
    return response


def help_home_routes() -> list:
    return [
        path("search/", search, name="search"),
        path("search/click/<int:page_id>/", search_click, name="search_click"),
    ]
