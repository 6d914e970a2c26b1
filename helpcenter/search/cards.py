"""Result cards: what a search result shows of a help page, and the topic it sits under.

Loading pages for their results was the largest part of a search's time
outside the engine, so a card is loaded cheaply and remembered per process,
and a page of results gets its topics from one remembered lookup.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import DEFAULT_DB_ALIAS
from django.utils.html import escape, strip_tags
from django.utils.safestring import SafeString
from django.utils.text import Truncator
from wagtail.models import Page, Site

from helpcenter import lookups

from .results import SearchHit

# What a result shows, per help page type: the rest of a page (its body above all) stays in the database.
RESULT_FIELDS = ["id", "title", "url_path", "path", "depth", "content_type_id", "locale_id", "live"]
RESULT_EXTRA_FIELDS = {
    "helpcenter.ArticlePage": ["articlepage__summary", "articlepage__external_id"],
    "helpcenter.FAQPage": ["faqpage__intro"],
}


@dataclass(frozen=True)
class ResultCard:
    """What a result shows of a help page, whatever the query: remembered per process (lookups.py)."""

    pk: int
    title: str
    url: str
    path: str
    kind: str
    plain_snippet: SafeString
    external_id: str | None
    # The index may not know yet (refresh interval, an engine outage being caught up); the card does.
    live: bool


def add_topics(hits: list[SearchHit]) -> None:
    """Each hit's top-level topic: the shallowest CategoryPage above it."""
    step = Page.steplen
    titles = _topic_titles()
    for hit in hits:
        if hit.page_id is not None:
            ancestors = (hit.path[: step * depth] for depth in range(2, len(hit.path) // step))
            hit.category = next((titles[path] for path in ancestors if path in titles), "")


def _topic_titles() -> dict[str, str]:
    """Every published topic's title by its tree path: a few hundred at most, remembered for seconds
    (lookups.py). A live article under an unpublished topic takes the next published one above it."""
    from helpcenter.models import CategoryPage

    return lookups.remembered(
        ("topics",),
        lambda: dict(Page.objects.type(CategoryPage).live().order_by().values_list("path", "title")),
    )


def result_cards(pks: list[int]) -> dict[int, ResultCard]:
    """The hits' result cards: most from this process's memory, the rest loaded in one query.

    A card is the same whatever was asked, and building one (a page of its
    type, its URL through Wagtail's routing) cost more of a search's process
    time than the rest of Django together. Any page save, publication, move
    or deletion forgets them in its process at once; other processes within
    a few seconds (lookups.TTL_SECONDS), as with the topic titles.
    """
    remembered = lookups.remembered(("cards",), dict)
    missing = [pk for pk in pks if pk not in remembered]
    if missing:
        remembered.update({pk: card_for(page) for pk, page in _result_pages(missing).items()})
    return {pk: remembered[pk] for pk in pks if pk in remembered}


def _result_pages(pks: list[int]) -> dict[int, Page]:
    """The hits' pages as their own types, with only the fields a result shows.

    One query over the page table joined to each help page type's short
    texts; the rows become pages of their types through ``from_db``, the rest
    of their fields (the StreamField body above all) left deferred. Loading
    each type through its own queryset cost two queries and twice the
    process time, the largest part of a search's time outside the engine.
    """
    if not pks:
        return {}
    columns = [*RESULT_FIELDS, *(column for columns in RESULT_EXTRA_FIELDS.values() for column in columns)]
    rows = Page.objects.filter(pk__in=pks).order_by().values_list(*columns)
    root_paths = Site.get_site_root_paths()
    pages = {}
    for row in rows:
        loaded = dict(zip(columns, row, strict=True))
        model = ContentType.objects.get_for_id(loaded["content_type_id"]).model_class()
        if model._meta.label not in RESULT_EXTRA_FIELDS:  # not a help page (the engine filters them out)
            continue
        # By attribute name: "articlepage__summary" is the page's "summary", "id" also its "page_ptr_id".
        loaded = {name.rpartition("__")[2]: value for name, value in loaded.items()} | {
            "page_ptr_id": loaded["id"]
        }
        fields = [field for field in model._meta.concrete_fields if field.attname in loaded]
        page = model.from_db(DEFAULT_DB_ALIAS, list(loaded), [loaded[field.attname] for field in fields])
        # Every result shares the site root paths, which get_url otherwise fetches from the cache per page.
        page._wagtail_cached_site_root_paths = root_paths
        pages[page.pk] = page
    return pages


def _plain_snippet(page: Page) -> SafeString:
    text = getattr(page, "summary", "") or getattr(page, "intro", "") or ""
    return escape(Truncator(strip_tags(text)).chars(200))


def card_for(page: Page) -> ResultCard:
    return ResultCard(
        pk=page.pk,
        title=page.title,
        url=page.get_url(),
        path=page.path,
        kind="faq" if page.specific_class.__name__ == "FAQPage" else "article",
        plain_snippet=_plain_snippet(page),
        external_id=getattr(page, "external_id", None) or None,
        live=page.live,
    )


def hit_for(card: ResultCard, snippet: SafeString, score: float | None) -> SearchHit:
    """A result; its topic is filled in for the whole page of results by add_topics."""
    return SearchHit(
        page_id=card.pk,
        title=card.title,
        url=card.url,
        snippet=snippet,
        category="",
        kind=card.kind,
        external_id=card.external_id,
        score=score,
        path=card.path,
    )
