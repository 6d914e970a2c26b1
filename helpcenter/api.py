"""The help center's part of /api/v1/: article feedback and read counts."""

from django.http import HttpRequest, HttpResponse
from ninja import Field, Router, Schema
from ninja.responses import Status

from . import services
from .conf import helpcenter_settings
from .visitors import ensure_visitor_id

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
    response={201: FeedbackOut, 404: Error, 409: Error, 422: Error},
    summary="Say whether an article helped",
)
def article_feedback(request: HttpRequest, response: HttpResponse, article_id: int, payload: FeedbackIn):
    """One vote per visitor per article; the visitor is an anonymous cookie, not a person."""
    visitor_id = ensure_visitor_id(request, response)
    try:
        vote = services.record_feedback(
            article_id,
            helpful=payload.helpful,
            comment=payload.comment,
            visitor_id=visitor_id,
            request=request,
        )
    except services.FeedbackError as error:
        return Status(error.status, {"detail": str(error)})
    return Status(
        201, {"article": article_id, "helpful": vote.helpful, "message": "Thank you for your feedback!"}
    )


@router.post("/articles/{article_id}/read", response={204: None, 404: Error}, summary="Count one read")
def article_read(request: HttpRequest, article_id: int):
    """Called by a beacon from the article page, so reads count even when the page came from a cache."""
    try:
        services.record_read(article_id)
    except services.ArticleNotFound as error:
        return Status(404, {"detail": str(error)})
    return Status(204, None)
