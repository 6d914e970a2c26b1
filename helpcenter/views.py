import logging
import sys

from django.db import InterfaceError, OperationalError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.template import loader
from django.utils import translation
from django.utils.translation import gettext
from django.views.decorators.http import require_POST
from django.views.defaults import server_error as django_server_error

from . import ratelimit, services
from .languages import uses_persian_digits
from .visitors import counted_visitor, ensure_visitor_id, first_signal_today

OUTCOMES = {
    services.AlreadyVoted: "already",
    services.InvalidFeedback: "invalid",
}


@require_POST
def feedback(request: HttpRequest, article_id: int) -> HttpResponse:
    """The no-JavaScript path for "Was this helpful?": a form post, then back to the article.

    The article page set the visitor cookie the post carries; counted as the API counts."""
    try:
        article = services.get_public_article(article_id)
    except services.ArticleNotFound:
        raise Http404("No such article") from None
    verdict = ratelimit.check("feedback", request)
    if not verdict.allowed:
        message = gettext("Too many votes from your connection. Please wait a minute and try again.")
        response = HttpResponse(message, status=429, content_type="text/plain; charset=utf-8")
        response["Retry-After"] = str(verdict.retry_after)
        return response
    helpful = request.POST.get("helpful")
    response = HttpResponseRedirect("")
    if helpful not in {"yes", "no"}:
        outcome = "invalid"
    else:
        visitor_id = counted_visitor(request, response)
        counted = visitor_id is not None and first_signal_today("vote", str(article.pk), visitor_id, request)
        try:
            services.record_feedback(
                article.pk,
                helpful=helpful == "yes",
                comment=request.POST.get("comment", ""),
                visitor_id=visitor_id or ensure_visitor_id(request, response),
                request=request,
                counted=counted,
            )
            outcome = "thanks"
        except services.FeedbackError as error:
            outcome = OUTCOMES.get(type(error), "invalid")
    response["Location"] = f"{article.get_url(request)}?feedback={outcome}#feedback"
    return response


logger = logging.getLogger(__name__)

# Seconds a client is asked to wait before trying again while the database is unavailable.
RETRY_AFTER = 5


def server_error(request: HttpRequest) -> HttpResponse:
    """Django's 500 view, except when the error is the database being down or restarting: that is
    temporary, so the answer is a 503 with Retry-After (JSON under /api/), which storefronts, the
    survey widget and browsers treat as "try again", and nothing was stored."""
    error = sys.exc_info()[1]
    if not isinstance(error, OperationalError | InterfaceError):
        return django_server_error(request)
    logger.warning("Database unavailable for %s %s: %s", request.method, request.path, error)
    if request.path.startswith("/api/"):
        response = JsonResponse(
            {
                "detail": "The service is briefly unavailable; nothing was stored. Try again shortly.",
                "code": "unavailable",
            },
            status=503,
        )
    else:
        language = translation.get_language_from_request(request, check_path=True)
        context = {"persian": uses_persian_digits(language)}
        html = loader.render_to_string("helpcenter/errors/503.html", context)
        response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER)
    response["Cache-Control"] = "no-store"
    return response
