"""Search analytics: every search logged without personal data, and what the visitor did next.

A search hands out a signed id; the click and contact signals carry it back,
so they can be tied to the search without cookies or accounts, and nobody
can write to a search they were not given.
"""

import logging

from django.conf import settings
from django.core import signing
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from wagtail.models import Page

from helpcenter.ratelimit import client_address
from helpcenter.signals import article_rated
from helpcenter.visitors import first_signal_today, get_visitor_id, is_automated

from .models import SearchEvent
from .probes import is_probe

security_logger = logging.getLogger("helpcenter.security")

SALT = "search.event"
CLICK_COOKIE = "hc_search"  # "<search event id>:<page id>", signed; no personal data
CLICK_COOKIE_AGE = 3600


class UnknownSearch(LookupError):
    pass


def exclusion(query: str, language: str, request: HttpRequest | None, visitor_id: str | None = None) -> str:
    """Why a search is left out of the reports ("" when it counts): an attack probe, a bot, or the
    same query again from the same visitor (or beyond its client address's share) today.

    ``visitor_id`` names the visitor where no cookie can (the storefront widget's frame is a
    third-party context, so it carries its own signed visitor token)."""
    if is_probe(query):
        return SearchEvent.PROBE
    if request is None:
        return SearchEvent.COUNTED
    if is_automated(request):
        return SearchEvent.BOT
    visitor = visitor_id or get_visitor_id(request) or "no-cookie"
    if not first_signal_today("search", f"{language}:{query}", visitor, request):
        return SearchEvent.REPEAT
    return SearchEvent.COUNTED


def log_search(
    results,
    request: HttpRequest | None = None,
    *,
    channel: str = SearchEvent.SITE,
    visitor_id: str | None = None,
) -> str:
    """Stores one search and returns its signed id. A probe is also logged for security.

    ``channel`` says where it was asked (SearchEvent.CHANNELS), so the report compares them."""
    query = SearchEvent.normalise(results.query)
    excluded = exclusion(query, results.language, request, visitor_id)
    if excluded == SearchEvent.PROBE:
        security_logger.warning(
            "Probe-like search query %r from %s",
            query[:200],
            client_address(request) if request is not None else "-",
        )
    event = SearchEvent.objects.create(
        query=query,
        language=results.language,
        result_count=results.total,
        low_confidence=results.low_confidence,
        degraded=results.degraded,
        excluded=excluded,
        channel=channel,
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


def record_click(
    search_id: str, page_id: int, rank: int | None, response: HttpResponse | None = None
) -> Page:
    """The first click after a search is the one that says whether the results helped.

    With a response, it also carries a short-lived cookie naming the search
    and the page, so a vote on that page can be credited to the search.
    """
    event = _event(search_id)
    page = Page.objects.live().public().filter(pk=page_id).first()
    if page is None:
        raise UnknownSearch("No such page.")
    SearchEvent.objects.filter(pk=event.pk, clicked_page__isnull=True).update(
        clicked_page=page, clicked_rank=rank
    )
    if response is not None:
        response.set_signed_cookie(
            CLICK_COOKIE,
            f"{event.pk}:{page.pk}",
            salt=SALT,
            max_age=CLICK_COOKIE_AGE,
            httponly=True,
            samesite="Lax",
            secure=settings.SESSION_COOKIE_SECURE,
        )
    return page


@receiver(article_rated)
def credit_rating_to_search(sender, request, article, helpful: bool, **kwargs) -> None:
    """A vote on the page a search led to says whether that search found the answer (first vote counts)."""
    value = request.get_signed_cookie(CLICK_COOKIE, default="", salt=SALT, max_age=CLICK_COOKIE_AGE)
    event_pk, _, page_pk = value.partition(":")
    if event_pk.isdigit() and page_pk == str(article.pk):
        SearchEvent.objects.filter(pk=int(event_pk), rated_helpful__isnull=True).update(rated_helpful=helpful)


def record_contact(search_id: str) -> None:
    SearchEvent.objects.filter(pk=_event(search_id).pk).update(contacted=True)


def record_rating(search_id: str, page_id: int, helpful: bool) -> None:
    """A vote on the page a search led to, where no click cookie can carry it (the widget's frame):
    credited only to a search whose first click opened that very page, and only its first vote."""
    SearchEvent.objects.filter(
        pk=_event(search_id).pk, clicked_page_id=page_id, rated_helpful__isnull=True
    ).update(rated_helpful=helpful)
