"""The survey page (works without JavaScript, also framed by the storefront widget) and the widget script."""

from functools import cache
from pathlib import Path

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from helpcenter.context import help_page_context

from . import ratelimit, services
from .conf import surveys_settings
from .forms import SurveyResponseForm
from .models import Invitation
from .services import timeline

EMBED_SCRIPT = Path(__file__).resolve().parent / "static" / "surveys" / "embed.js"


def _embed_content_security_policy() -> str:
    """The framed survey is the plugin's own page (no site template around it): its policy names the
    storefronts that may frame it. The full page wears the site's frame, so the site's policy and
    X-Frame-Options apply to it as to the rest of the site (a strict one here would block the
    shop's own header scripts, fonts and styles)."""
    ancestors = " ".join(["'self'", *surveys_settings.STOREFRONT_ORIGINS])
    return (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
        f"form-action 'self'; base-uri 'none'; object-src 'none'; frame-ancestors {ancestors}"
    )


def _page(request, context: dict, status: int = 200, embed: bool = False, language: str = "") -> HttpResponse:
    template = "surveys/survey_embed.html" if embed else "surveys/survey_page.html"
    with translation.override(language or translation.get_language()):
        response = render(
            request, template, {"embed": embed, **help_page_context(), **context}, status=status
        )
        response["Content-Language"] = translation.get_language()
    response["Cache-Control"] = "no-store"
    response["X-Robots-Tag"] = "noindex"
    if embed:
        # The Content-Security-Policy's frame-ancestors names the storefronts allowed to frame it.
        response["Content-Security-Policy"] = _embed_content_security_policy()
        response.xframe_options_exempt = True
    return response


def _closed(request, error: services.SurveyError, embed: bool, language: str = "") -> HttpResponse:
    state = "answered" if isinstance(error, services.AlreadyAnswered) else "closed"
    return _page(request, {"state": state, "message": error.message}, error.status, embed, language)


# No CSRF token: the signed, single-use link is itself the credential (no session or CSRF cookie is
# involved), and a framed page on the storefront's site would not receive a SameSite CSRF cookie.
# Opened as a page of its own, it does link the browser's anonymous hc_visitor cookie to the
# customer (timeline.link_visitor; README "Privacy: a survey link names the browser that opens it").
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def survey(request: HttpRequest, token: str) -> HttpResponse:
    embed = request.GET.get("embed") == "1"
    verdict = ratelimit.check("submit" if request.method == "POST" else "view", request)
    if not verdict.allowed:
        message = _("Too many attempts from your connection. Please wait a minute and try again.")
        response = _page(request, {"state": "closed", "message": message}, 429, embed)
        response["Retry-After"] = str(verdict.retry_after)
        return response
    try:
        invitation = services.open_invitation(token, allow_answered=True)
        survey = services.survey_for(invitation)
    except services.SurveyError as error:
        return _closed(request, error, embed)
    language = invitation.language
    context = {"invitation": invitation, "survey": survey, "language": language}
    with translation.override(language):
        context["heading"] = survey.text("heading")
        context["intro"] = survey.text("intro")
        if request.method != "POST":
            if services.is_answered(invitation):
                done = request.GET.get("done") == "1"
                message = (
                    survey.text("thank_you")
                    if done
                    else _("You have already answered this survey. Thank you!")
                )
                return _page(
                    request, {**context, "state": "answered", "message": message}, 200, embed, language
                )
            _mark_opened(invitation)
            form = SurveyResponseForm(survey)
            page = _page(request, {**context, "state": "form", "form": form}, 200, embed, language)
            if not embed:
                # First-party only: inside the storefront's frame this would be a third-party cookie.
                timeline.link_visitor(request, page, invitation.customer_id)
            return page
        form = SurveyResponseForm(survey, request.POST)
        if not form.is_valid():
            if services.is_answered(invitation):
                return _closed(request, services.AlreadyAnswered(), embed, language)
            return _page(request, {**context, "state": "form", "form": form}, 200, embed, language)
        try:
            services.submit(invitation, form, channel="widget" if embed else "page")
        except services.SurveyError as error:
            return _closed(request, error, embed, language)
    return HttpResponseRedirect(request.path + ("?embed=1&done=1" if embed else "?done=1"), status=303)


def _mark_opened(invitation: Invitation) -> None:
    if invitation.opened_at is None:
        Invitation.objects.filter(pk=invitation.pk, opened_at__isnull=True).update(opened_at=timezone.now())


@cache
def _embed_script() -> bytes:
    return EMBED_SCRIPT.read_bytes()


@require_GET
def embed_script(request: HttpRequest) -> HttpResponse:
    """The storefront widget, at a stable address (static files get hashed names in production)."""
    response = HttpResponse(_embed_script(), content_type="text/javascript; charset=utf-8")
    response["Cache-Control"] = "public, max-age=3600"
    response["Access-Control-Allow-Origin"] = "*"
    return response
