"""The widget's addresses: the loader script, the panel page the storefront frames, and the small
JSON and HTML answers the panel asks for.

Why an iframe rather than a shadow-DOM panel: the panel is a page of the help center's own origin,
so the storefront's stylesheet cannot reach it, its script and style come from the help center
under the help center's own Content-Security-Policy (the shop allows nothing but the loader script
and the frame), and its data calls are same-origin, needing no CORS at all. Who may frame it is the
``frame-ancestors`` of its policy, built from the same list of storefront origins as the read API's
CORS (services.allowed_origins). Only the launcher button lives in the storefront's page, in a
shadow root (loader.js).
"""

import contextlib
import json
from functools import cache, wraps
from pathlib import Path
from urllib.parse import urlsplit

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.gzip import gzip_page
from django.views.decorators.http import require_GET, require_POST
from wagtail.models import Site

from helpcenter import ratelimit
from helpcenter import services as help_services
from helpcenter.conf import helpcenter_settings
from helpcenter.models import ContactSettings, help_home_for
from helpcenter.search import analytics
from helpcenter.search import services as search_services
from helpcenter.search.models import SearchEvent
from helpcenter.visitors import first_signal_today, is_automated

from . import services

LOADER_SCRIPT = Path(__file__).resolve().parent / "static" / "helpcenter_widget" / "loader.js"


def _refused(status: int = 403) -> HttpResponse:
    response = HttpResponse(status=status)
    response["Cache-Control"] = "no-store"
    return response


def _throttled(scope: str, request: HttpRequest) -> HttpResponse | None:
    verdict = ratelimit.check(scope, request)
    if verdict.allowed:
        return None
    response = JsonResponse({"detail": "Too many requests."}, status=429)
    response["Retry-After"] = str(verdict.retry_after)
    return response


def _own_origin(request: HttpRequest) -> bool:
    """Whether the panel itself asks: the browser's Sec-Fetch-Site says so, and a cross-origin
    Origin is refused, so another site's script gets nothing even where it could send the request.
    (Requests without those headers are not browsers' cross-site requests.)"""
    if request.META.get("HTTP_SEC_FETCH_SITE", "same-origin") not in {"same-origin", "none"}:
        return False
    origin = request.META.get("HTTP_ORIGIN")
    return origin is None or origin == f"{request.scheme}://{request.get_host()}"


def panel_only(view):
    """Data for the panel: refused to other origins; the visitor token header required on POST,
    which a cross-site form cannot send (so no CSRF cookie is needed in the framed panel)."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not _own_origin(request):
            return _refused()
        if request.method == "POST" and services.widget_visitor(request) is None:
            return _refused()
        return view(request, *args, **kwargs)

    return csrf_exempt(wrapped)


# The loader ----------------------------------------------------------------------------------------


@cache
def _loader_source() -> str:
    return LOADER_SCRIPT.read_text(encoding="utf-8")


@require_GET
@gzip_page  # served from the view, not whitenoise: compressed here (it holds nothing secret)
def loader(request: HttpRequest) -> HttpResponse:
    """The script the storefront includes: the launcher, with this site's settings in it, so it
    needs no request of its own before the customer opens it."""
    site = Site.find_for_request(request)
    config = {**services.launcher_config(site), "panel": reverse("helpcenter_widget:panel")}
    data = json.dumps(config, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":"))
    data = data.replace("<", "\\u003c")
    body = _loader_source().replace("/*CONFIG*/null", data, 1)
    response = HttpResponse(body, content_type="text/javascript; charset=utf-8")
    response["Cache-Control"] = "public, max-age=300"
    # No Access-Control-Allow-Origin: a <script> tag needs none, and other sites' scripts may not
    # read the settings (the storefront origins) as text.
    response["X-Content-Type-Options"] = "nosniff"
    return response


# The panel -----------------------------------------------------------------------------------------


def _panel_policy(origin: str) -> str:
    return (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
        "connect-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none'; "
        f"frame-ancestors {origin}"
    )


@require_GET
# Compressed: nothing a third party chooses is reflected in the body (the language is resolved to
# a known code, the origin checked against the list and sent only in a header), so no BREACH.
@gzip_page
def panel(request: HttpRequest) -> HttpResponse:
    """The panel, framed by one allowed storefront origin (its ``frame-ancestors``); any other
    origin gets an empty refusal that no page may frame."""
    origin = request.GET.get("origin", "").rstrip("/")
    referer = request.META.get("HTTP_REFERER", "")
    referer_origin = "{0.scheme}://{0.netloc}".format(urlsplit(referer)) if referer else ""
    if not services.is_allowed_origin(origin) or (referer_origin and referer_origin != origin):
        response = _refused()
        response["Content-Security-Policy"] = "default-src 'none'; frame-ancestors 'none'"
        return response
    site = Site.find_for_request(request)
    language = services.widget_language(request.GET.get("lang"))
    widget = services.settings_for(site)
    with translation.override(language):
        contact = ContactSettings.for_site(site) if site else None
        context = {
            "language": language,
            "label": services.launcher_config(site)["languages"].get(language, {}).get("label") or _("Help"),
            "contexts": services.context_lists(site, language),
            "popular": services.popular_articles(site, language),
            "contact": contact if contact and contact.has_channels() else None,
            "hours": contact.hours_for(language) if contact else "",
            "help_home": help_home_for(site, language),
            "visitor_token": services.new_visitor_token(),
            "chat_parameter": helpcenter_settings.WIDGET_CHAT_SUMMARY_PARAMETER,
            "enabled": widget is None or widget.enabled,
        }
        response = render(request, "helpcenter_widget/panel.html", context)
        response["Content-Language"] = language
    response["Cache-Control"] = "no-store"
    response["X-Robots-Tag"] = "noindex"
    response["Content-Security-Policy"] = _panel_policy(origin)
    response["Referrer-Policy"] = "same-origin"
    response.xframe_options_exempt = True
    return response


# The panel's data ----------------------------------------------------------------------------------


@require_GET
@panel_only
def search(request: HttpRequest) -> HttpResponse:
    """Results as the customer types (``log=0``: not stored), and the settled query (``log=1``:
    stored in the search analytics with the widget's channel, its id returned for what follows)."""
    if refused := _throttled("widget" if request.GET.get("log") != "1" else "search", request):
        return refused
    language = services.widget_language(request.GET.get("lang"))
    try:
        results = search_services.search_help(request.GET.get("q", ""), language=language, per_page=8)
    except search_services.InvalidQuery as error:
        return JsonResponse({"detail": str(error)}, status=400)
    search_id = None
    if request.GET.get("log") == "1" and results.query:
        search_id = analytics.log_search(
            results, request, channel=SearchEvent.WIDGET, visitor_id=services.widget_visitor(request)
        )
    response = JsonResponse(
        {
            "query": results.query,
            "search_id": search_id,
            "total": results.total,
            "suggestion": results.suggestion,
            "low_confidence": results.low_confidence,
            "results": [
                {
                    "page_id": hit.page_id,
                    "title": hit.title,
                    "url": request.build_absolute_uri(hit.url),
                    "snippet": str(hit.snippet),
                    "category": hit.category,
                    "kind": hit.kind,
                    "promoted": hit.promoted,
                    "rank": hit.rank,
                }
                for hit in results.hits
            ],
        }
    )
    response["Cache-Control"] = "no-store"
    return response


@require_GET
@panel_only
def article(request: HttpRequest, article_id: int) -> HttpResponse:
    """An article as the panel shows it (an HTML fragment of the help center's own templates); the
    read is counted like a read on the site."""
    if refused := _throttled("widget", request):
        return refused
    language = services.widget_language(request.GET.get("lang"))
    page = services.panel_article(article_id, language)
    if page is None:
        return _refused(404)
    visitor = services.widget_visitor(request)
    counted = visitor is not None and not is_automated(request)
    counted = counted and first_signal_today("read", str(page.pk), visitor, request)
    help_services.record_read(page.pk, counted=counted)
    with translation.override(language):
        response = render(
            request,
            "helpcenter_widget/article.html",
            {"page": page, "full_url": request.build_absolute_uri(page.get_url(request))},
        )
    response["Cache-Control"] = "no-store"
    return response


def _json_body(request: HttpRequest) -> dict:
    try:
        payload = json.loads(request.body or b"{}")
    except ValueError:
        return {}
    return payload if isinstance(payload, dict) else {}


@require_POST
@panel_only
def feedback(request: HttpRequest, article_id: int) -> HttpResponse:
    """ "Was this helpful?" in the panel: one vote per visitor and article, counted like the site's,
    and credited to the search that led to the article."""
    if refused := _throttled("feedback", request):
        return refused
    payload = _json_body(request)
    if not isinstance(payload.get("helpful"), bool):
        return JsonResponse({"detail": "Say yes or no."}, status=422)
    visitor = services.widget_visitor(request)
    counted = not is_automated(request) and first_signal_today("vote", str(article_id), visitor, request)
    language = services.widget_language(request.GET.get("lang"))
    with translation.override(language):
        try:
            help_services.record_feedback(
                article_id,
                helpful=payload["helpful"],
                comment=str(payload.get("comment") or "")[:2000],
                visitor_id=visitor,
                request=request,
                counted=counted,
            )
        except help_services.AlreadyVoted:
            return JsonResponse({"message": _("You have already rated this article. Thank you!")}, status=409)
        except help_services.FeedbackError as error:
            return JsonResponse({"detail": str(error)}, status=error.status)
        if counted and isinstance(payload.get("search_id"), str):
            with contextlib.suppress(analytics.UnknownSearch):
                analytics.record_rating(payload["search_id"], article_id, payload["helpful"])
        return JsonResponse({"message": _("Thank you for your feedback!")}, status=201)


@require_POST
@panel_only
def click(request: HttpRequest, search_id: str) -> HttpResponse:
    """A result opened from the panel: the search's first click, as on the site."""
    payload = _json_body(request)
    try:
        page_id = int(payload.get("page_id"))
        rank = int(payload["rank"]) if payload.get("rank") else None
    except (TypeError, ValueError):
        return JsonResponse({"detail": "page_id is a number."}, status=422)
    try:
        analytics.record_click(search_id, page_id, rank if rank and 0 < rank <= 1000 else None)
    except analytics.UnknownSearch as error:
        return JsonResponse({"detail": str(error)}, status=404)
    return HttpResponse(status=204)


@require_POST
@panel_only
def contact(request: HttpRequest, search_id: str) -> HttpResponse:
    """The customer chose a contact channel after this search: the site's contact signal."""
    if refused := _throttled("search", request):
        return refused
    try:
        analytics.record_contact(search_id)
    except analytics.UnknownSearch as error:
        return JsonResponse({"detail": str(error)}, status=404)
    return HttpResponse(status=204)
