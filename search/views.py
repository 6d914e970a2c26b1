from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.shortcuts import render
from wagtail.models import Locale, Page

MAX_QUERY_LENGTH = 200


def search(request):
    """The no-JavaScript search page; the API and ranking come with the search issue."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = Page.objects.none()
    if query:
        results = Page.objects.live().public().filter(locale=Locale.get_active()).search(query)
    paginator = Paginator(results, 10)
    try:
        page = paginator.page(request.GET.get("page", 1))
    except (PageNotAnInteger, EmptyPage):
        page = paginator.page(1)
    return render(request, "search/search.html", {"query": query, "results": page})
