from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.utils.translation import get_language
from wagtail.models import Site

from . import analytics, services


def search(request):
    """The search page: works without JavaScript; a search with no answer leads to people who can help."""
    language = (get_language() or "en").split("-")[0]
    try:
        page_number = max(1, min(int(request.GET.get("page", 1)), 1000))
    except ValueError:
        page_number = 1
    status, error, results = 200, None, None
    try:
        results = services.search_help(request.GET.get("q", ""), language=language, page=page_number)
    except services.InvalidQuery as invalid:
        status, error = 400, str(invalid)
    context = {
        "search_id": analytics.log_search(results) if results and results.query else None,
        "query": results.query if results else "",
        "results": results,
        "error": error,
        "help_home": _help_home(request, language),
    }
    return render(request, "search/search.html", context, status=status)


def _help_home(request, language):
    """The help home in the visitor's language, for topics and most-helpful articles when search fails."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = site.root_page.specific
    translation = root.get_translations(inclusive=True).filter(locale__language_code=language).first()
    return (translation or root).specific


def search_click(request, search_id: str, page_id: int):
    """Result links pass through here, so clicks are counted without JavaScript."""
    try:
        rank = int(request.GET.get("rank", "")) if request.GET.get("rank", "").isdigit() else None
        response = HttpResponseRedirect("/")
        page = analytics.record_click(search_id, page_id, rank, response)
    except analytics.UnknownSearch:
        raise Http404("Unknown search or page") from None
    response["Location"] = page.get_url(request)
    return response
