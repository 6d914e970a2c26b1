"""Small lookups the help center makes on every request (a site's help homes, a language's Locale,
and for search its synonym groups, which queries have editors' picks, the topics' titles, the result
cards of pages found), kept in the process for a few seconds instead of asked of the database each
time. The one remembering mechanism of the plugin: its apps use this, not caches of their own.

A save, delete, publication, move or view restriction forgets them at once in this process and,
once its transaction commits, in every process sharing the default cache (Redis in production):
each process asks the shared cache for the current generation at most every ``CHECK_SECONDS``, so
an editor's new synonym or renamed page shows in the next search they make, on any server. If
the shared cache is away, or per process, a process keeps its values ``TTL_SECONDS`` at most.
Other apps name the models whose changes must forget them with ``forget_on_change``.
"""

import logging
import time

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save

logger = logging.getLogger(__name__)
TTL_SECONDS = 10
CHECK_SECONDS = 1
GENERATION_KEY = "helpcenter:lookups:generation"
_values: dict = {}
_shared = {"generation": None, "checked": float("-inf")}


def remembered(key, load):
    now = time.monotonic()
    if now - _shared["checked"] >= CHECK_SECONDS:
        _follow_shared_generation(now)
    hit = _values.get(key)
    if hit is not None and now - hit[0] < TTL_SECONDS:
        return hit[1]
    value = load()
    _values[key] = (now, value)
    return value


def _follow_shared_generation(now: float) -> None:
    """Drops this process's values when another process has forgotten since the last look."""
    _shared["checked"] = now
    try:
        generation = cache.get(GENERATION_KEY, 0)
    except Exception:  # the shared cache is away: the TTL still bounds how stale a value gets
        logger.warning("Shared cache unreachable; lookups expire by time only", exc_info=True)
        return
    if generation != _shared["generation"]:
        _values.clear()
        _shared["generation"] = generation


def forget(*args, **kwargs) -> None:
    _values.clear()
    # Other processes forget once the change is committed: earlier, they could reload the old rows
    # and keep them under the new generation.
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(_bump_shared_generation)
    else:
        _bump_shared_generation()


def _bump_shared_generation() -> None:
    _values.clear()
    try:
        try:
            cache.incr(GENERATION_KEY)
        except ValueError:  # not set yet, or evicted
            cache.set(GENERATION_KEY, 1, None)
    except Exception:
        logger.warning("Shared cache unreachable; other processes forget in %s s", TTL_SECONDS, exc_info=True)


def _forget_pages(sender, instance, **kwargs) -> None:
    """A help page's save or deletion; the site's other pages (a shop's products, saved on every
    stock sync) matter only when published, unpublished or moved."""
    from .models.pages import HelpPageMixin

    if isinstance(instance, HelpPageMixin):
        forget()


def forget_on_change(*models) -> None:
    """Forgets every lookup whenever one of these models is saved or deleted."""
    for model in models:
        for signal in (post_save, post_delete):
            signal.connect(forget, sender=model, dispatch_uid=f"lookups_{signal}_{model._meta.label}")


def connect() -> None:
    from wagtail.models import Locale, PageViewRestriction, Site
    from wagtail.signals import page_published, page_unpublished, post_page_move

    forget_on_change(Locale, Site, PageViewRestriction)
    # A page's save signals name its own type (ArticlePage, ...), so every sender is listened to.
    # Any page's publication, unpublication or move (which rewrites descendants' paths without
    # saving them) can change a help page's address or title.
    for signal in (post_save, post_delete):
        signal.connect(_forget_pages, dispatch_uid=f"lookups_pages_{signal}")
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(forget, dispatch_uid=f"lookups_{id(signal)}")
