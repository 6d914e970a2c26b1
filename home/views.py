"""The demo site's own pages outside the page tree."""

from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from helpcenter.page_cache import mark_cacheable


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request: HttpRequest) -> HttpResponse:
    """Crawlers get the help pages and the sitemap; the admin, the API, personal survey links and
    the search's click counter stay out of search engines."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /api/",
        "Disallow: /surveys/s/",
        "Disallow: /search/click/",
        "Disallow: /fa/search/click/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return mark_cacheable(HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8"))
