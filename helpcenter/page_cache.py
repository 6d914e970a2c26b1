"""A whole-page cache for the public help pages, emptied whenever what they show changes.

Help pages are read far more often than they change, and most readers arrive angry and in a
hurry: with ``PageCacheMiddleware`` in the site's MIDDLEWARE, an anonymous GET of a help page or
the reviews page without a query string is answered from the cache named by
``HELPCENTER_PAGE_CACHE_ALIAS`` (Django's cache framework; shared by every server process when it
is a file, database, Redis or Memcached cache). Only answers a view marked with ``mark_cacheable``
are kept, so the shop's own pages are never touched unless ``HELPCENTER_PAGE_CACHE_ALL_PAGES``
says so. Publishing, unpublishing, moving or deleting a
page, restricting who may see it, changing site settings, and publishing or erasing a review bump
one generation number that is part of every key, so every process stops using the old copies at
once.

The only per-visitor part of a public page is the CSRF token of the "Was this helpful?" form: it
is stored as a placeholder and filled in with the visitor's own token on the way out.
"""

import logging
import re

from django.conf import settings
from django.core.cache import InvalidCacheBackendError, caches
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .conf import helpcenter_settings

logger = logging.getLogger(__name__)
MIDDLEWARE = "helpcenter.page_cache.PageCacheMiddleware"
GENERATION_KEY = "page-cache:generation"
TOKEN_MARK = b"__page_cache_csrf_token__"
TOKEN_INPUT = re.compile(rb'(name="csrfmiddlewaretoken" value=")[^"]*(")')
# Cookies that mean this visitor may see something personal (a signed-in editor, a pending message).
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")
# Headers recomputed for each answer rather than replayed.
NOT_REPLAYED = {"set-cookie", "content-length", "date", "vary"}


def _cache():
    return caches[helpcenter_settings.PAGE_CACHE_ALIAS]


def enabled() -> bool:
    """Whether the site caches pages: the middleware is installed and the time is above zero."""
    return MIDDLEWARE in settings.MIDDLEWARE and helpcenter_settings.PAGE_CACHE_SECONDS > 0


def mark_cacheable(response: HttpResponse) -> HttpResponse:
    """Lets the page cache keep this answer (if it is an anonymous visitor's plain page view)."""
    response.helpcenter_page_cache = True
    return response


def purge() -> None:
    """Retires every cached page, in every process sharing the cache, once the current
    transaction commits (a request served in between would otherwise cache the old content
    under the new generation)."""
    if enabled():
        transaction.on_commit(_bump_generation)


def _bump_generation() -> None:
    try:
        cache = _cache()
    except InvalidCacheBackendError:  # reported by the system check helpcenter.E003
        return
    try:
        try:
            cache.incr(GENERATION_KEY)
        except ValueError:  # not set yet, or evicted
            cache.set(GENERATION_KEY, 1, None)
    except Exception:  # copies expire after PAGE_CACHE_SECONDS; the publication itself stands
        logger.error("Page cache unreachable: cached pages were not retired", exc_info=True)


def _key(request: HttpRequest) -> str:
    generation = _cache().get(GENERATION_KEY, 0)
    return f"page:{generation}:{request.get_host()}:{request.path}"


def _wanted(request: HttpRequest) -> bool:
    return (
        helpcenter_settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and not request.META.get("QUERY_STRING")
        and not any(name in request.COOKIES for name in PERSONAL_COOKIES)
    )


def _storable(response: HttpResponse) -> bool:
    cache_control = response.get("Cache-Control", "")
    marked = getattr(response, "helpcenter_page_cache", False)
    return (
        (marked or (helpcenter_settings.PAGE_CACHE_ALL_PAGES and not _varies(response)))
        and response.status_code == 200
        and not response.streaming
        and response.get("Content-Type", "").startswith(("text/html", "text/plain"))
        and "no-store" not in cache_control
        and "private" not in cache_control
        and set(response.cookies) <= {settings.CSRF_COOKIE_NAME}
    )


def _varies(response: HttpResponse) -> bool:
    """Whether the answer differs by a request header besides the cookie the cache already checks.

    A help page is in its own language whatever the request says, so its Vary: Accept-Language
    (LocaleMiddleware's) means nothing; a page of the site's that varies is not the cache's to keep.
    """
    varies = {name.strip().lower() for name in response.get("Vary", "").split(",") if name.strip()}
    return bool(varies - {"cookie", "accept-encoding"})


class PageCacheMiddleware:
    """Innermost middleware, so that CSRF, locale and security headers are applied to cached
    answers as to fresh ones (and the CSRF cookie is set for a token filled in here)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not _wanted(request):
            return self.get_response(request)
        try:
            key = _key(request)
            entry = _cache().get(key)
        except Exception:  # a shared cache that is down costs speed, never the page
            logger.warning("Page cache unreachable; serving %s uncached", request.path, exc_info=True)
            return self.get_response(request)
        if entry is not None:
            return self._replay(request, entry)
        response = self.get_response(request)
        if request.method == "GET" and _storable(response):
            content, tokens = TOKEN_INPUT.subn(rb"\1" + TOKEN_MARK + rb"\2", response.content)
            headers = [(name, value) for name, value in response.items() if name.lower() not in NOT_REPLAYED]
            try:
                _cache().set(key, (content, tokens > 0, headers), helpcenter_settings.PAGE_CACHE_SECONDS)
            except Exception:
                logger.warning("Page cache unreachable; %s not kept", request.path, exc_info=True)
            response["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def _replay(request: HttpRequest, entry) -> HttpResponse:
        content, has_token, headers = entry
        if has_token:
            content = content.replace(TOKEN_MARK, get_token(request).encode())
        response = HttpResponse(content)
        for name, value in headers:
            response[name] = value
        response["X-Page-Cache"] = "hit"
        return response


# What a cached page can show: pages, site settings, sites and languages, and who may see a page
# (a new view restriction changes no page). Reviews are purged by the moderation service when one
# is published, replied to, withdrawn or erased.
SHOWN_MODELS = (Page, BaseSiteSetting, BaseGenericSetting, Site, Locale, PageViewRestriction)


def _purge_on_page_change(sender, **kwargs):
    purge()


def _purge_if_shown(sender, instance, **kwargs):
    if isinstance(instance, SHOWN_MODELS):
        purge()


def _purge_if_shown_and_not_a_draft(sender, instance, **kwargs):
    """A page's save is a draft as often as not (in a shop whose products are pages, on every stock
    sync): what visitors see of a page changes when it is published, unpublished or moved."""
    if isinstance(instance, SHOWN_MODELS) and not isinstance(instance, Page):
        purge()


def connect() -> None:
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(_purge_on_page_change, dispatch_uid=f"page_cache_{id(signal)}")
    post_save.connect(_purge_if_shown_and_not_a_draft, dispatch_uid="page_cache_save")
    post_delete.connect(_purge_if_shown, dispatch_uid="page_cache_delete")
