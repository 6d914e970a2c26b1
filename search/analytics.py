"""Search analytics: every search logged without personal data, and what the visitor did next.

A search hands out a signed id; the click and contact signals carry it back,
so they can be tied to the search without cookies or accounts, and nobody
can write to a search they were not given.
"""

from django.core import signing
from wagtail.models import Page

from .models import SearchEvent

SALT = "search.event"


class UnknownSearch(LookupError):
    pass


def log_search(results) -> str:
    """Stores one search and returns its signed id."""
    event = SearchEvent.objects.create(
        query=SearchEvent.normalise(results.query),
        language=results.language,
        result_count=results.total,
        low_confidence=results.low_confidence,
        degraded=results.degraded,
    )
    return signing.dumps(event.pk, salt=SALT, compress=True)


def _event(search_id: str) -> SearchEvent:
    try:
        pk = signing.loads(search_id, salt=SALT, max_age=24 * 3600)
    except signing.BadSignature:
        raise UnknownSearch("Unknown or expired search.") from None
    event = SearchEvent.objects.filter(pk=pk).first()
    if event is None:
        raise UnknownSearch("Unknown or expired search.")
    return event


def record_click(search_id: str, page_id: int, rank: int | None) -> Page:
    """The first click after a search is the one that says whether the results helped."""
    event = _event(search_id)
    page = Page.objects.live().public().filter(pk=page_id).first()
    if page is None:
        raise UnknownSearch("No such page.")
    SearchEvent.objects.filter(pk=event.pk, clicked_page__isnull=True).update(
        clicked_page=page, clicked_rank=rank
    )
    return page


def record_contact(search_id: str) -> None:
    SearchEvent.objects.filter(pk=_event(search_id).pk).update(contacted=True)
