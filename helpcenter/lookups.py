"""Small lookups the help center makes on every request (a site's help homes, a language's Locale,
and for search its synonym groups, which queries have editors' picks, the topics' titles, the result
cards of pages found), kept in the process for a few seconds instead of asked of the database each
time. The one remembering mechanism of the plugin: its apps use this, not caches of their own.

A save, delete, publication, move or view restriction in this process forgets them at once (so
an editor's new synonym or renamed page shows in the next search they make); other server
processes see it within ``TTL_SECONDS``. Other apps name the models whose changes must forget them
with ``forget_on_change``.
"""

import time

from django.db.models.signals import post_delete, post_save

TTL_SECONDS = 10
_values: dict = {}


def remembered(key, load):
    now = time.monotonic()
    hit = _values.get(key)
    if hit is not None and now - hit[0] < TTL_SECONDS:
        return hit[1]
    value = load()
    _values[key] = (now, value)
    return value


def forget(*args, **kwargs) -> None:
    _values.clear()


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
