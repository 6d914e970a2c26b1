"""The help center's own settings (HELPCENTER_*), read lazily with defaults.

Read them as ``helpcenter_settings.REVIEW_AFTER_DAYS``; override in the
site's settings as ``HELPCENTER_REVIEW_AFTER_DAYS = 90``.
"""

from typing import Any

from django.conf import settings

DEFAULTS: dict[str, Any] = {
    # An article not reviewed for this many days is listed as stale.
    "REVIEW_AFTER_DAYS": 180,
    # An article with at least this many votes and a helpful share below
    # UNHELPFUL_RATIO is listed as unhelpful.
    "UNHELPFUL_MIN_VOTES": 5,
    "UNHELPFUL_RATIO": 0.5,
    # The longest comment a visitor may leave with a vote.
    "FEEDBACK_COMMENT_MAX_LENGTH": 1000,
    # Articles with at least this many headed sections get a table of contents.
    "TOC_MIN_SECTIONS": 3,
    # Search also applies the built-in vocabulary of shop support (helpcenter/search/vocabulary.py).
    "SEARCH_STARTER_VOCABULARY": True,
    # Seconds a visitor's search waits for the engine before answering from the database.
    "SEARCH_TIMEOUT": 1.0,
    # The site template the help center's pages extend (helpcenter/base.html fills its blocks
    # title, extra_css, body_class, content and extra_js: those of a `wagtail start` base.html).
    "BASE_TEMPLATE": "base.html",
    # The page cache (helpcenter.page_cache.PageCacheMiddleware, when the site adds it): the cache
    # it keeps whole pages in, for how long, and whether it caches the site's other pages too
    # (by default only the help center's own pages and the reviews page).
    "PAGE_CACHE_ALIAS": "default",
    "PAGE_CACHE_SECONDS": 300,
    "PAGE_CACHE_ALL_PAGES": False,
    # Storefront API keys accepted besides those made in the admin (a list of strings).
    "API_KEYS": [],
    # Seconds a due background task may wait in the database queue (django-tasks-db) before the
    # health check fails and the admin dashboard warns that no worker (manage.py db_worker) runs.
    "TASK_QUEUE_MAX_AGE": 300,
}


class HelpCenterSettings:
    prefix = "HELPCENTER_"

    def __getattr__(self, name: str) -> Any:
        if name not in DEFAULTS:
            raise AttributeError(f"Unknown help center setting: {name}")
        return getattr(settings, self.prefix + name, DEFAULTS[name])


helpcenter_settings = HelpCenterSettings()
