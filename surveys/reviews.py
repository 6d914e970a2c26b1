"""The public reviews: what customers let us publish, the shop's published replies, and the rating
summary, for the /reviews/ page, GET /api/v1/reviews and schema.org markup.

Reviews are per language, a route of each help home (``<help home>/reviews/``): the English help
home's lists the responses given in English, the Persian one's those given in Persian (the API's
``locale``). A customer reads reviews written in the language they read,
and the rating summary describes exactly the reviews listed under it.

Responses with only a recommendation score (NPS, no stars) are listed without stars but count in
neither the average nor the distribution: a 0–10 score is not a 1–5 rating, and the score itself
stays internal.

The templates and the API only ever see ``PublicReview``: it carries no e-mail address, order id
or full name, so no template or serializer can leak them by accident.
"""

import html
import math
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlencode

from django.contrib.sitemaps import Sitemap
from django.db.models import Avg, Count, Max, Prefetch, Q, QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import render
from django.urls import path
from django.utils import timezone, translation
from django.utils.html import strip_tags
from django.utils.translation import gettext
from wagtail.models import Site
from wagtail.rich_text import expand_db_html

from helpcenter.context import help_page_context
from helpcenter.languages import (
    PERSIAN_DIGITS,
    content_language_codes,
    default_language,
    uses_persian_digits,
)
from helpcenter.models import help_home_for
from helpcenter.structured_data import json_ld

from .models import Customer, Response, ResponseReason
from .redaction import EMAIL_PLACEHOLDER, PHONE_PLACEHOLDER, redact

ROUTE = "reviews"  # the help home route wagtail_hooks.py adds
SAFE_METHODS = ["GET", "HEAD"]
PER_PAGE = 20
MAX_PER_PAGE = 50
RATINGS = (5, 4, 3, 2, 1)


class InvalidReviewQuery(ValueError):
    """A parameter the API refuses (the page falls back to its first page instead)."""

    def __init__(self, parameter: str, message: str):
        self.parameter = parameter
        super().__init__(message)


def languages() -> list[str]:
    return content_language_codes()


def public_responses(language: str) -> QuerySet[Response]:
    """Published with the customer's consent, never from an erased customer, in one language."""
    return Response.objects.filter(
        state=Response.STATE_PUBLISHED,
        consent_to_publish=True,
        anonymised_at__isnull=True,
        language=language,
    )


@dataclass(frozen=True)
class RatingSummary:
    reviews: int  # every public review, with or without stars
    ratings: int  # those with stars: what the average and distribution are about
    average: float | None
    distribution: dict[int, int]  # stars → how many, 5 first

    @property
    def average_text(self) -> str:
        """One decimal, in Persian with Persian digits and the Persian decimal separator."""
        if self.average is None:
            return ""
        text = f"{self.average:.1f}"
        if uses_persian_digits(translation.get_language()):
            text = text.replace(".", "٫").translate(PERSIAN_DIGITS)
        return text

    @property
    def average_stars(self) -> str:
        whole = round(self.average) if self.average is not None else 0
        return "★" * whole + "☆" * (5 - whole)

    def share(self, stars: int) -> int:
        return round(100 * self.distribution[stars] / self.ratings) if self.ratings else 0

    @property
    def bars(self) -> list[dict]:
        return [{"stars": s, "count": self.distribution[s], "share": self.share(s)} for s in RATINGS]


def rating_summary(language: str) -> RatingSummary:
    """One aggregate query for the count, average and distribution."""
    counts = {f"stars_{stars}": Count("pk", filter=Q(csat=stars)) for stars in RATINGS}
    row = public_responses(language).aggregate(
        reviews=Count("pk"), ratings=Count("csat"), average=Avg("csat"), **counts
    )
    average = row["average"]
    return RatingSummary(
        reviews=row["reviews"],
        ratings=row["ratings"],
        average=float(average) if average is not None else None,
        distribution={stars: row[f"stars_{stars}"] for stars in RATINGS},
    )


@dataclass(frozen=True)
class PublicReply:
    body: str  # rich text as stored; templates render it with |richtext
    first_published_at: datetime
    published_at: datetime
    edited: bool

    @property
    def html(self) -> str:
        return expand_db_html(self.body)

    @property
    def text(self) -> str:
        return html.unescape(strip_tags(self.html)).strip()


@dataclass(frozen=True)
class PublicReview:
    pk: int
    rating: int | None
    author: str
    comment: str  # plain text, redacted: escape it when it goes into HTML
    reasons: list[tuple[str, str]]  # (key, label as the customer saw it)
    submitted_at: datetime
    published_at: datetime | None
    reply: PublicReply | None
    verified_purchase: bool = True  # every response answers an invitation for a delivered order

    @property
    def anchor(self) -> str:
        return f"review-{self.pk}"

    @property
    def stars(self) -> str:
        return "★" * self.rating + "☆" * (5 - self.rating) if self.rating else ""


def public_name(customer: Customer | None) -> str:
    """The customer's short name ("Sara K."), or a neutral label when it is empty or would reveal
    an e-mail address or phone number (some storefronts send those as the name)."""
    name = customer.name if customer is not None else ""
    redacted = redact(name)
    if not name.strip() or EMAIL_PLACEHOLDER in redacted or PHONE_PLACEHOLDER in redacted:
        return gettext("A customer")
    return customer.short_name


def _public_reply(response: Response) -> PublicReply | None:
    reply = getattr(response, "reply", None)  # select_related: no query, None when there is none
    if reply is None or not reply.is_published:
        return None  # a draft, or a withdrawn reply, is never shown
    return PublicReply(
        body=reply.body,
        first_published_at=reply.first_published_at or reply.published_at,
        published_at=reply.published_at,
        edited=reply.is_edited,
    )


def _public_review(response: Response) -> PublicReview:
    return PublicReview(
        pk=response.pk,
        rating=response.csat,
        author=public_name(response.customer),
        comment=redact(response.comment.strip()),
        reasons=[(reason.key, reason.label) for reason in response.reasons.all()],
        submitted_at=response.submitted_at,
        published_at=response.published_at,
        reply=_public_reply(response),
    )


def _listing(language: str, rating: int | None) -> QuerySet[Response]:
    """The page's one query (plus one for reasons); only the columns that may be shown are read."""
    responses = public_responses(language)
    if rating is not None:
        responses = responses.filter(csat=rating)
    return (
        responses.select_related("customer", "reply")
        .only(
            "pk",
            "csat",
            "comment",
            "submitted_at",
            "published_at",
            "customer__name",
            "reply__body",
            "reply__published_at",
            "reply__first_published_at",
        )
        .prefetch_related(
            Prefetch(
                "reasons", queryset=ResponseReason.objects.only("response_id", "key", "label").order_by("pk")
            )
        )
        .order_by("-submitted_at", "-pk")
    )


@dataclass(frozen=True)
class ReviewPage:
    language: str
    summary: RatingSummary
    reviews: list[PublicReview]
    number: int
    pages: int
    total: int  # reviews matching the rating filter
    per_page: int
    rating: int | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def has_next(self) -> bool:
        return self.number < self.pages


def review_page(
    language: str,
    *,
    page: int = 1,
    rating: int | None = None,
    per_page: int = PER_PAGE,
    strict: bool = True,
) -> ReviewPage:
    """One page of reviews, newest first, with the summary of the whole language (the rating
    filter narrows the list, never the summary). A page past the end raises InvalidReviewQuery,
    or with ``strict=False`` gives the first page."""
    if language not in languages():
        raise InvalidReviewQuery(
            "locale",
            gettext("Unknown locale “%(locale)s”; use one of: %(known)s.")
            % {"locale": language, "known": ", ".join(languages())},
        )
    if rating is not None and rating not in RATINGS:
        raise InvalidReviewQuery("rating", gettext("The rating must be a whole number from 1 to 5."))
    summary = rating_summary(language)
    total = summary.reviews if rating is None else summary.distribution[rating]
    pages = max(1, math.ceil(total / per_page))
    if not 1 <= page <= pages:
        if strict:
            raise InvalidReviewQuery(
                "page",
                gettext("Page %(page)s does not exist; there are %(pages)s.")
                % {"page": page, "pages": pages},
            )
        page = 1
    start = (page - 1) * per_page
    reviews = (
        [_public_review(r) for r in _listing(language, rating)[start : start + per_page]] if total else []
    )
    return ReviewPage(language, summary, reviews, page, pages, total, per_page, rating)


def page_of(language: str, review_id: int, per_page: int = PER_PAGE) -> int | None:
    """Which page of the unfiltered list a review is on: reply e-mails link to /reviews/#review-<id>,
    and an older review is no longer on the first page."""
    target = public_responses(language).filter(pk=review_id).values("submitted_at").first()
    if target is None:
        return None
    newer = (
        public_responses(language)
        .filter(
            Q(submitted_at__gt=target["submitted_at"])
            | Q(submitted_at=target["submitted_at"], pk__gt=review_id)
        )
        .count()
    )
    return newer // per_page + 1


def structured_data(page: ReviewPage, organisation: str, url: str) -> dict | None:
    """schema.org: the shop as an Organization with its AggregateRating and this page's reviews.
    Reviews without stars are left out: a schema.org Review is read as a rating."""
    if not page.summary.ratings:
        return None
    return {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": organisation,
        "url": url,
        "aggregateRating": {
            "@type": "AggregateRating",
            "ratingValue": round(page.summary.average, 2),
            "bestRating": 5,
            "worstRating": 1,
            "ratingCount": page.summary.ratings,
            "reviewCount": page.summary.reviews,
        },
        "review": [
            {
                "@type": "Review",
                "author": {"@type": "Person", "name": review.author},
                "datePublished": timezone.localdate(review.published_at or review.submitted_at).isoformat(),
                "reviewRating": {
                    "@type": "Rating",
                    "ratingValue": review.rating,
                    "bestRating": 5,
                    "worstRating": 1,
                },
                "inLanguage": page.language,
                **({"reviewBody": review.comment} if review.comment else {}),
            }
            for review in page.reviews
            if review.rating
        ],
    }


def _positive_int(value: str | None) -> int | None:
    return int(value) if value and value.isascii() and value.isdigit() and len(value) < 7 else None


def shop_name(request: HttpRequest) -> str:
    site = Site.find_for_request(request)
    return (site.site_name if site else "") or request.get_host()


def reviews_path(language: str, site: Site | None = None) -> str | None:
    """Where the reviews in a language are: the reviews route of the site's help home in that
    language (the default site's when none is given); None while the site has no help home."""
    site = site or Site.objects.filter(is_default_site=True).first()
    help_home = help_home_for(site, language)
    return help_home.route_url(ROUTE) if help_home is not None else None


def review_routes() -> list:
    return [path(f"{ROUTE}/", reviews, name=ROUTE)]


def reviews(help_home, request: HttpRequest) -> HttpResponse:
    """``<help home>/reviews/`` in the help home's language. Unknown or out-of-range parameters
    show the first page rather than an error: links to reviews get shared and outlive them."""
    if request.method not in SAFE_METHODS:
        return HttpResponseNotAllowed(SAFE_METHODS)
    language = help_home.locale.language_code
    rating = _positive_int(request.GET.get("rating"))
    rating = rating if rating in RATINGS else None
    number = _positive_int(request.GET.get("page")) or 1
    review_id = _positive_int(request.GET.get("review"))
    if review_id and "page" not in request.GET:
        number, rating = page_of(language, review_id) or 1, None
    page = review_page(language, page=number, rating=rating, strict=False)
    path = help_home.route_url(ROUTE)
    url = request.build_absolute_uri(path)
    shop = shop_name(request)
    data = structured_data(page, shop, url)
    alternates = [
        (home.locale.language_code, home.specific.route_url(ROUTE))
        for home in help_home.translations_for_hreflang
    ] or [(language, path)]
    default = dict(alternates).get(default_language())
    context = {
        "reviews_page": page,
        "summary": page.summary,
        "filtered": page.rating is not None,
        "all_url": path,
        "previous_url": _page_url(path, page.number - 1, page.rating),
        "next_url": _page_url(path, page.number + 1, page.rating),
        "canonical": request.build_absolute_uri(_page_url(path, page.number, page.rating)),
        "alternates": [(code, request.build_absolute_uri(href)) for code, href in alternates],
        "x_default": request.build_absolute_uri(default) if default else "",
        "language_links": [(code, href) for code, href in alternates if code != language],
        "structured_data": json_ld(data) if data else "",
    }
    context.update(help_page_context(), help_home=help_home)
    return render(request, "surveys/reviews.html", context)


def _page_url(path: str, number: int, rating: int | None) -> str:
    params: dict[str, int] = {}
    if rating is not None:
        params["rating"] = rating
    if number > 1:
        params["page"] = number
    return f"{path}?{urlencode(params)}" if params else path


class ReviewsSitemap(Sitemap):
    """The reviews page in each language that has at least one public review."""

    def items(self) -> list[str]:
        if not hasattr(self, "_latest"):
            self._latest = dict(
                Response.objects.filter(
                    state=Response.STATE_PUBLISHED, consent_to_publish=True, anonymised_at__isnull=True
                )
                .values_list("language")
                .annotate(latest=Max("published_at"))
                .order_by()
            )
        return [code for code in languages() if code in self._latest and reviews_path(code)]

    def location(self, item: str) -> str:
        return reviews_path(item)

    def lastmod(self, item: str):
        return self._latest.get(item)
