from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET, require_POST

from . import services
from .visitors import ensure_visitor_id

OUTCOMES = {
    services.AlreadyVoted: "already",
    services.InvalidFeedback: "invalid",
}


@require_POST
def feedback(request: HttpRequest, article_id: int) -> HttpResponse:
    """The no-JavaScript path for "Was this helpful?": a form post, then back to the article."""
    try:
        article = services.get_public_article(article_id)
    except services.ArticleNotFound:
        raise Http404("No such article") from None
    helpful = request.POST.get("helpful")
    response = HttpResponseRedirect("")
    if helpful not in {"yes", "no"}:
        outcome = "invalid"
    else:
        visitor_id = ensure_visitor_id(request, response)
        try:
            services.record_feedback(
                article.pk,
                helpful=helpful == "yes",
                comment=request.POST.get("comment", ""),
                visitor_id=visitor_id,
                request=request,
            )
            outcome = "thanks"
        except services.FeedbackError as error:
            outcome = OUTCOMES.get(type(error), "invalid")
    response["Location"] = f"{article.get_url(request)}?feedback={outcome}#feedback"
    return response


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request: HttpRequest) -> HttpResponse:
    """Crawlers get the help pages and the sitemap; the admin, the API and personal survey links
    stay out of search engines."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /api/",
        "Disallow: /surveys/s/",
        "Disallow: /search/click/",
        "Disallow: /fa/search/click/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
