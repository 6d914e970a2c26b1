"""The search part of /api/v1/: help search and autocomplete for the storefront and the search box."""

from django.http import HttpRequest, HttpResponse
from ninja import Query, Router, Schema
from ninja.responses import Status
from pydantic import BaseModel, Field
from wagtail.models import Page

from helpcenter.languages import default_language, resolve_language
from helpcenter.ratelimit import Throttle

from . import analytics, services

router = Router(tags=["help"])


class SearchParams(Schema):
    q: str = Field("", description="The customer's question, up to 200 characters.")
    locale: str | None = Field(
        None,
        max_length=20,
        description="Language code, e.g. en or fa; a regional code (en-US) finds the site's closest "
        "language. Default: the site's default language.",
    )
    category: int | None = Field(None, description="Limit to one topic (a category page id).")
    page: int = Field(1, ge=1, le=1000)
    page_size: int = Field(10, ge=1, le=50)


# Responses are plain pydantic models: ninja's Schema reads its input through a Django-aware getter,
# which cost more than validating a page of results itself, and these are built from dicts anyway.
class ResultOut(BaseModel):
    title: str
    url: str
    snippet: str = Field(description="HTML: the matched passage, escaped, with <mark> around matches.")
    category: str
    kind: str = Field(description="article, faq, or link (an editor-promoted external link).")
    external_id: str | None = None
    promoted: bool = Field(False, description="Chosen by the editors for this query.")


class SearchOut(BaseModel):
    query: str
    locale: str
    total: int
    page: int
    pages: int
    results: list[ResultOut]
    suggestion: str | None = Field(None, description="A corrected query when this one looks misspelt.")
    low_confidence: bool = Field(
        description="True when nothing in the help center seems to answer the query."
    )
    degraded: bool = Field(description="True when the search engine failed and the database answered.")
    search_id: str | None = Field(None, description="Send back with /searches/{search_id}/click or /contact.")


class AutocompleteParams(Schema):
    q: str = Field("", description="What the visitor has typed so far.")
    locale: str | None = Field(
        None, max_length=20, description="Language code, as for search. Default: the site's default language."
    )


class SuggestionOut(BaseModel):
    title: str
    url: str


class AutocompleteOut(BaseModel):
    query: str
    results: list[SuggestionOut]


class Error(Schema):
    detail: str


def _language(code: str | None) -> str:
    language = resolve_language(code) if code else default_language()
    if language is None:
        raise services.InvalidQuery(f"Unknown locale {code!r}.")
    return language


def _validate(params: SearchParams) -> tuple[str, Page | None]:
    language = _language(params.locale)
    category = None
    if params.category is not None:
        category = Page.objects.live().public().filter(pk=params.category).first()
        if category is None:
            raise services.InvalidQuery("No such category.")
    return language, category


@router.get(
    "/search",
    response={200: SearchOut, 400: Error, 429: Error},
    summary="Search help articles and FAQs",
    throttle=[Throttle("search")],
)
def search(request: HttpRequest, params: Query[SearchParams]):
    try:
        language, category = _validate(params)
        results = services.search_help(
            params.q, language=language, category=category, page=params.page, per_page=params.page_size
        )
    except services.InvalidQuery as error:
        return Status(400, {"detail": str(error)})
    search_id = analytics.log_search(results, request, channel="api") if results.query else None
    return Status(
        200,
        {
            "search_id": search_id,
            "query": results.query,
            "locale": language,
            "total": results.total,
            "page": results.page,
            "pages": results.pages,
            "results": [
                {
                    "title": hit.title,
                    "url": hit.url,
                    "snippet": str(hit.snippet),
                    "category": hit.category,
                    "kind": hit.kind,
                    "external_id": hit.external_id,
                    "promoted": hit.promoted,
                }
                for hit in results.hits
            ],
            "suggestion": results.suggestion,
            "low_confidence": results.low_confidence,
            "degraded": results.degraded,
        },
    )


@router.get(
    "/autocomplete", response={200: AutocompleteOut, 400: Error}, summary="A few titles as the visitor types"
)
def autocomplete(request: HttpRequest, params: Query[AutocompleteParams]):
    try:
        suggestions = services.autocomplete_help(params.q, language=_language(params.locale))
    except services.InvalidQuery as error:
        return Status(400, {"detail": str(error)})
    return Status(
        200,
        {"query": params.q, "results": [{"title": item.title, "url": item.url} for item in suggestions]},
    )


class ClickIn(Schema):
    page_id: int
    rank: int | None = Field(None, ge=1, le=1000)


@router.post("/searches/{search_id}/click", response={204: None, 404: Error}, summary="A result was opened")
def search_click(request: HttpRequest, response: HttpResponse, search_id: str, payload: ClickIn):
    try:
        analytics.record_click(search_id, payload.page_id, payload.rank, response)
    except analytics.UnknownSearch as error:
        return Status(404, {"detail": str(error)})
    return Status(204, None)


@router.post(
    "/searches/{search_id}/contact",
    response={204: None, 404: Error},
    summary="The visitor went on to contact us",
)
def search_contact(request: HttpRequest, search_id: str):
    try:
        analytics.record_contact(search_id)
    except analytics.UnknownSearch as error:
        return Status(404, {"detail": str(error)})
    return Status(204, None)
