"""GET /api/v1/reviews: the public reviews page as data, for the storefront's product and checkout
pages. Same rules as /reviews/ (see surveys.reviews); the customer's comment is plain text, never
HTML, so a storefront that inserts it as text cannot be scripted by it."""

from datetime import datetime

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema
from ninja.responses import Status
from wagtail.models import Site

from helpcenter.languages import default_language, resolve_language

from . import reviews
from .conf import surveys_settings

router = Router(tags=["reviews"])


class ReviewParams(Schema):
    locale: str | None = Field(
        None,
        max_length=20,
        description="Language code, e.g. en or fa (a regional code finds the site's closest language); "
        "reviews are listed per language. Default: the site's default language.",
    )
    rating: int | None = Field(None, ge=1, le=5, description="Only reviews with this many stars (1–5).")
    page: int = Field(1, ge=1, le=100000)
    page_size: int = Field(reviews.PER_PAGE, ge=1, le=reviews.MAX_PER_PAGE)


class ReasonOut(Schema):
    key: str = Field(description="Stable across languages, e.g. delivery.")
    label: str = Field(description="As the customer saw it.")


class ReplyOut(Schema):
    html: str = Field(description="The shop's published reply as HTML (written by staff).")
    text: str = Field(description="The same reply as plain text.")
    first_published_at: datetime
    published_at: datetime
    edited: bool = Field(description="True when the reply changed after it was first published.")


class ReviewOut(Schema):
    id: int
    url: str = Field(description="The review on the public reviews page.")
    rating: int | None = Field(description="1–5 stars; null when only a recommendation score was given.")
    author: str = Field(description="Shortened name, e.g. “Sara K.”.")
    verified_purchase: bool
    comment: str = Field(
        description="Plain text (not HTML) with e-mail addresses and phone numbers hidden; insert it as text."
    )
    reasons: list[ReasonOut] = Field(description="What the customer said could be better.")
    submitted_at: datetime
    published_at: datetime | None
    reply: ReplyOut | None


class RatingCount(Schema):
    rating: int
    count: int


class SummaryOut(Schema):
    reviews: int = Field(description="Every published review in this language.")
    ratings: int = Field(description="Those with stars: what the average and distribution count.")
    average: float | None = Field(description="Mean stars, two decimals; null without ratings.")
    distribution: list[RatingCount] = Field(description="Ratings per star count, 5 first; ignores `rating`.")


class ReviewsOut(Schema):
    locale: str
    rating: int | None
    total: int = Field(description="Reviews matching the filter.")
    page: int
    pages: int
    page_size: int
    summary: SummaryOut
    results: list[ReviewOut]


class ParameterError(Schema):
    type: str
    loc: list[str | int]
    msg: str


class ValidationErrors(Schema):
    detail: list[ParameterError] = Field(description="Shaped like the API's own validation errors.")


def _review_base_url(request: HttpRequest, locale: str) -> str:
    base = (surveys_settings.BASE_URL or request.build_absolute_uri("/")).rstrip("/")
    return base + (reviews.reviews_path(locale, Site.find_for_request(request)) or "/")


@router.get(
    "",
    response={200: ReviewsOut, 422: ValidationErrors},
    summary="Published reviews with the shop's public replies",
)
def list_reviews(request: HttpRequest, params: Query[ReviewParams]):
    """Newest first. 422 for an unknown locale, a rating outside 1–5 or a page past the last."""
    try:
        locale = (resolve_language(params.locale) or params.locale) if params.locale else default_language()
        page = reviews.review_page(locale, page=params.page, rating=params.rating, per_page=params.page_size)
    except reviews.InvalidReviewQuery as error:
        return Status(
            422, {"detail": [{"type": "value_error", "loc": ["query", error.parameter], "msg": str(error)}]}
        )
    base_url = _review_base_url(request, page.language)
    summary = page.summary
    return Status(
        200,
        {
            "locale": page.language,
            "rating": page.rating,
            "total": page.total,
            "page": page.number,
            "pages": page.pages,
            "page_size": page.per_page,
            "summary": {
                "reviews": summary.reviews,
                "ratings": summary.ratings,
                "average": round(summary.average, 2) if summary.average is not None else None,
                "distribution": [{"rating": bar["stars"], "count": bar["count"]} for bar in summary.bars],
            },
            "results": [
                {
                    "id": review.pk,
                    "url": f"{base_url}#{review.anchor}",
                    "rating": review.rating,
                    "author": review.author,
                    "verified_purchase": review.verified_purchase,
                    "comment": review.comment,
                    "reasons": [{"key": key, "label": label} for key, label in review.reasons],
                    "submitted_at": review.submitted_at,
                    "published_at": review.published_at,
                    "reply": None
                    if review.reply is None
                    else {
                        "html": review.reply.html,
                        "text": review.reply.text,
                        "first_published_at": review.reply.first_published_at,
                        "published_at": review.reply.published_at,
                        "edited": review.reply.edited,
                    },
                }
                for review in page.reviews
            ],
        },
    )
