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
    # Learning from customers (helpcenter/search/learning.py, `manage.py learn_search_words`): a word
    # of searches that opened an article and found it helpful is searched as that article's, once
    # at least SEARCH_LEARNING_MIN_SEARCHES such searches (net of "not helpful" votes) on at least
    # SEARCH_LEARNING_MIN_DAYS days of the last SEARCH_LEARNING_DAYS used it, and most of the helpful
    # searches with the word chose that article. At most SEARCH_LEARNING_MAX_WORDS per article.
    # Results reordered by meaning as well as words (helpcenter/search/semantic.py), for questions in
    # these analysis languages. It acts only once the encoders' packages are installed (the
    # [semantic] extra and the English weights), which is the opt-in: each server process then holds
    # a model per kind in use (English; every other language), about 100 MB each.
    "SEARCH_SEMANTIC": True,
    "SEARCH_SEMANTIC_LANGUAGES": ["en", "fa"],
    "SEARCH_LEARNING": True,
    "SEARCH_LEARNING_DAYS": 180,
    "SEARCH_LEARNING_MIN_SEARCHES": 3,
    "SEARCH_LEARNING_MIN_DAYS": 2,
    "SEARCH_LEARNING_MAX_WORDS": 20,
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
    # Per client address, "count/seconds", counted in the default (shared) cache; over the
    # limit the API answers 429 with Retry-After. Keys left out keep these defaults.
    # Searches: 10 a second per address, for search-as-you-type and the many customers behind one
    # address (offices, mobile carriers); a scripted flood runs at hundreds a second.
    "RATE_LIMITS": {"read": "60/60", "feedback": "10/60", "search": "600/60", "widget": "240/60"},
    # Behind a reverse proxy: the META key holding the client address (its last entry is used),
    # e.g. "HTTP_X_FORWARDED_FOR". Empty: REMOTE_ADDR.
    "CLIENT_IP_HEADER": "",
    # Signals (reads, votes, searches) one client address adds per article (or query) and day;
    # more are answered but not counted.
    "SIGNALS_PER_CLIENT_PER_DAY": 3,
    # "Most read" and "Most helpful": the days they look back, and the fewest distinct counted
    # visitors an article needs to be listed.
    "RANKING_DAYS": 30,
    "RANKING_MIN_VISITORS": 5,
    # The interactive API documentation at /api/v1/docs (the schema stays at /api/v1/openapi.json).
    "API_DOCS": False,
    # The Permissions-Policy header helpcenter.headers.PermissionsPolicyMiddleware sends ("" sends none).
    "PERMISSIONS_POLICY": (
        "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), "
        "magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), usb=(), "
        "browsing-topics=()"
    ),
    # The storefront widget (helpcenter.widget): the origins (scheme://host[:port]) whose pages may
    # show it and frame its panel. None: the site's CORS_ALLOWED_ORIGINS (django-cors-headers), the
    # list that already lets the storefront read the search API, so one list governs both.
    "WIDGET_ORIGINS": None,
    # The query parameter of the chat link that carries the customer's summary ("" sends none).
    "WIDGET_CHAT_SUMMARY_PARAMETER": "message",
    # Articles the panel lists for a storefront context before anything is typed.
    "WIDGET_CONTEXT_ARTICLES": 5,
}

# Dict settings merged key by key with their defaults, so a site overrides only what it changes.
MERGED = ("RATE_LIMITS",)


class HelpCenterSettings:
    prefix = "HELPCENTER_"

    def __getattr__(self, name: str) -> Any:
        if name not in DEFAULTS:
            raise AttributeError(f"Unknown help center setting: {name}")
        value = getattr(settings, self.prefix + name, DEFAULTS[name])
        if name in MERGED:
            value = {**DEFAULTS[name], **value}
        return value


helpcenter_settings = HelpCenterSettings()
