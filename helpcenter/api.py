"""/api/v1/: the help center's own part (article feedback and read counts), and the whole API.

Other apps add their routers through the ``register_helpcenter_api`` hook, a
function returning ``(prefix, router)`` pairs (the help search app adds search,
the surveys app invitations, answers and reviews), so the help center never
imports them.
"""

from functools import cache

from django.http import HttpRequest, HttpResponse
from ninja import Field, NinjaAPI, Router, Schema
from ninja.responses import Status
from wagtail import hooks

from . import services
from .conf import helpcenter_settings
from .ratelimit import Throttle
from .visitors import counted_visitor, ensure_visitor_id, first_signal_today

router = Router(tags=["help"])


class FeedbackIn(Schema):
    helpful: bool
    comment: str = Field("", max_length=helpcenter_settings.FEEDBACK_COMMENT_MAX_LENGTH)


class FeedbackOut(Schema):
    article: int
    helpful: bool
    message: str


class Error(Schema):
    detail: str


@router.post(
    "/articles/{article_id}/feedback",
    response={201: FeedbackOut, 404: Error, 409: Error, 422: Error, 429: Error},
    summary="Say whether an article helped",
    throttle=[Throttle("feedback")],
)
def article_feedback(request: HttpRequest, response: HttpResponse, article_id: int, payload: FeedbackIn):
    """One vote per visitor per article; the visitor is an anonymous cookie, not a person.

    A vote without the visitor cookie the article page set, or from a bot, or beyond its client
    address's daily share, is kept (with its comment) but counted nowhere."""
    visitor_id = counted_visitor(request, response)
    counted = visitor_id is not None and first_signal_today("vote", str(article_id), visitor_id, request)
    try:
        vote = services.record_feedback(
            article_id,
            helpful=payload.helpful,
            comment=payload.comment,
            visitor_id=visitor_id or ensure_visitor_id(request, response),
            request=request,
            counted=counted,
        )
    except services.FeedbackError as error:
        return Status(error.status, {"detail": str(error)})
    return Status(
        201, {"article": article_id, "helpful": vote.helpful, "message": "Thank you for your feedback!"}
    )


@router.post(
    "/articles/{article_id}/read",
    response={204: None, 404: Error, 429: Error},
    summary="Count one read",
    throttle=[Throttle("read")],
)
def article_read(request: HttpRequest, response: HttpResponse, article_id: int):
    """Called by a beacon from the article page, so reads count even when the page came from a cache.

    Counted once per visitor per article and day, a few per client address; a read without the
    visitor cookie, or from a bot, is answered alike and not counted."""
    visitor_id = counted_visitor(request, response)
    counted = visitor_id is not None and first_signal_today("read", str(article_id), visitor_id, request)
    try:
        services.record_read(article_id, counted=counted)
    except services.ArticleNotFound as error:
        return Status(404, {"detail": str(error)})
    return Status(204, None)


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _add_response(responses: dict, status: int, description: str, schema: dict) -> None:
    """Adds a response the framework or the deployment can give; where the operation already
    documents that status with its own shape, either shape is allowed."""
    if status not in responses:
        responses[status] = {"description": description, "content": {"application/json": {"schema": schema}}}
        return
    content = responses[status].setdefault("content", {}).setdefault("application/json", {})
    own = content.get("schema")
    if own is not None and own != schema:
        content["schema"] = {"anyOf": [own, schema]}


class HelpCenterAPI(NinjaAPI):
    """Documents, on every operation, the answers that come from django-ninja or the deployment
    rather than from the operation's own code, so clients (and schemathesis) can rely on them:
    422 for a request the schema refuses, 400 for a body that is not JSON, 401 without a valid
    key, 503 while the database is unavailable (helpcenter.views.server_error)."""

    def get_openapi_schema(self, *args, **kwargs):
        schema = super().get_openapi_schema(*args, **kwargs)
        for operations in schema["paths"].values():
            for operation in operations.values():
                responses = operation["responses"]
                if operation.get("parameters") or "requestBody" in operation:
                    _add_response(
                        responses, 422, "The request does not match the schema", _ref("ValidationErrors")
                    )
                if "requestBody" in operation:
                    _add_response(responses, 400, "The body is not valid JSON", _ref("Error"))
                if operation.get("security"):
                    _add_response(responses, 401, "No valid API key", _ref("Error"))
                _add_response(
                    responses, 503, "Briefly unavailable; retry after Retry-After seconds", _ref("Error")
                )
        return schema


@cache
def api() -> HelpCenterAPI:
    """The one /api/v1/ of the site, built when the URLconf first asks for it (a router can join
    only one API, so it is built once per process)."""
    whole = HelpCenterAPI(
        title="Storefront Help Center API",
        version="1",
        urls_namespace="api-v1",
        description="Search help content, rate articles, send survey invitations and read public reviews.",
        # Interactive docs: off unless HELPCENTER_API_DOCS turns them on; the schema itself stays at
        # openapi.json. With "ninja" in INSTALLED_APPS, django-ninja serves Swagger UI from the
        # site's static files (its pinned copy, no inline script) instead of a CDN (helpcenter.W007).
        docs_url="/docs" if helpcenter_settings.API_DOCS else None,
    )
    whole.add_router("/help/", router)
    for hook in hooks.get_hooks("register_helpcenter_api"):
        for prefix, other in hook():
            whole.add_router(prefix, other)
    return whole
