"""Settings shared by every environment.

Everything that differs between machines comes from the environment
(see README.md, "Configuration"); nothing secret lives in this file.
"""

from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from .env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent

# Overridden per environment; production refuses to start without a real one.
SECRET_KEY = env_str("SECRET_KEY")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # The help center plugin
    "helpcenter",
    "helpcenter.search",
    "helpcenter.widget",
    "surveys",
    # The site
    "home",
    "search",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail_modeladmin",
    # django-ninja's own templates and static files: the API docs' Swagger UI from this site, not a CDN.
    "ninja",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.locales",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Sign-in throttling and CORS for the storefront (below)
    "axes",
    "corsheaders",
]

MIDDLEWARE = [
    # First, as django-cors-headers asks: it answers preflight requests itself.
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "helpcenter.headers.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Gives readers the anonymous visitor cookie, also on pages the page cache answers.
    "helpcenter.visitors.VisitorCookieMiddleware",
    "helpcenter.page_cache.PageCacheMiddleware",
    # Turns a throttled sign-in into the lock-out page (last, as django-axes asks).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: SQLite is the embedded default for a first run; set DATABASE_URL
# (postgres://user:password@host:port/name) for anything real.
# Connections are kept for DATABASE_CONN_MAX_AGE seconds, and checked before a request reuses one
# (a "SELECT 1", a fraction of a millisecond on loopback): without the check, every server thread
# fails its first request after a database restart (tests/faults measured one error per thread).
# While the database is actually down, requests get a 503 with Retry-After (helpcenter.views).
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=env_bool("DATABASE_CONN_HEALTH_CHECKS", True),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# django-axes first: it refuses a locked-out client before any password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: English and Persian from day one. English is served
# without a prefix, Persian under /fa/ and right-to-left.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("fa", _("Persian"))]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env_str("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "var" / "static")))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT") or BASE_DIR / "var" / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# ...but visitors must never wait on a struggling engine: searches give up
# after this many seconds and answer from the database (helpcenter/search/engine.py).
HELPCENTER_SEARCH_TIMEOUT = float(env_str("SEARCH_TIMEOUT", "1"))

# Search: Wagtail's backends (modelsearch). SEARCH_BACKEND picks one by name;
# SEARCH_URLS lists the engine's nodes.
SEARCH_BACKENDS = {
    "database": "wagtail.search.backends.database",
    "elasticsearch7": "wagtail.search.backends.elasticsearch7",
    "elasticsearch8": "wagtail.search.backends.elasticsearch8",
    "elasticsearch9": "wagtail.search.backends.elasticsearch9",
    "opensearch2": "wagtail.search.backends.opensearch2",
    "opensearch3": "wagtail.search.backends.opensearch3",
}
SEARCH_BACKEND = env_str("SEARCH_BACKEND", "database")
if SEARCH_BACKEND not in SEARCH_BACKENDS:
    raise ImproperlyConfigured(
        f"SEARCH_BACKEND={SEARCH_BACKEND!r} is not one of: {', '.join(SEARCH_BACKENDS)}."
    )
SEARCH_URLS = env_list("SEARCH_URLS", "http://127.0.0.1:9200")
# Every index this site creates starts with this prefix, so several sites
# (or the test suite) can share one cluster.
SEARCH_INDEX_PREFIX = env_str("SEARCH_INDEX_PREFIX", "helpcenter_")
SEARCH_POOL_OPTION = {
    "elasticsearch7": "maxsize",
    "opensearch2": "pool_maxsize",
    "opensearch3": "pool_maxsize",
    "elasticsearch8": "connections_per_node",
    "elasticsearch9": "connections_per_node",
}
# Replicas per index: SEARCH_REPLICAS when set; otherwise one wherever the cluster has a second node
# to hold it and none on a single node (the engine's auto_expand_replicas "0-1", kept up to date as
# nodes join and leave), so a one-node engine stays green and restarts cleanly while a cluster keeps
# a copy of every shard when a node stops.
SEARCH_REPLICAS = env_str("SEARCH_REPLICAS")
SEARCH_REPLICA_SETTINGS = (
    {"number_of_replicas": env_int("SEARCH_REPLICAS", 1)}
    if SEARCH_REPLICAS
    else {"auto_expand_replicas": "0-1"}
)
if SEARCH_BACKEND == "database":
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": SEARCH_BACKENDS["database"]}}
else:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            # The engine's backend, wrapped to note what it fails to index (search/backends.py).
            "BACKEND": "helpcenter.search.backends",
            "ENGINE": SEARCH_BACKENDS[SEARCH_BACKEND],
            "URLS": SEARCH_URLS,
            "INDEX_PREFIX": SEARCH_INDEX_PREFIX,
            # Indexing and index rebuilds may take a while on a busy engine...
            "TIMEOUT": env_int("SEARCH_INDEX_TIMEOUT", 10),
            # Connections kept open to the engine per process: at least the server's threads, or
            # concurrent searches open (and throw away) a new connection each. The clients name
            # the option differently.
            "OPTIONS": {SEARCH_POOL_OPTION.get(SEARCH_BACKEND, "maxsize"): env_int("SEARCH_POOL_SIZE", 16)},
            # The help search backend adds its per-language analysis to these.
            "INDEX_SETTINGS": {"settings": {"index": dict(SEARCH_REPLICA_SETTINGS)}},
        },
        # Kept up to date beside the engine, so search still answers when the engine is down.
        "fallback": {"BACKEND": SEARCH_BACKENDS["database"]},
    }

# Background work: Django's tasks framework. Immediate by default so a first
# run needs no worker; production uses the database queue and `db_worker`.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Content-Security-Policy on every public page: scripts, styles and fonts only from this site, no
# inline script, never framed (the survey page sets its own policy, framed by the storefronts).
# Wagtail's admin uses inline scripts and is left to its own headers; the API's Swagger page
# (django-ninja's static copy, no inline script) is under the policy like any public page.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "base-uri": ["'none'"],
        "object-src": ["'none'"],
        "frame-ancestors": ["'none'"],
    },
}

# The cache every server process shares: rate-limit counters, the page cache's generation and the
# help center's remembered lookups. CACHE_URL (or REDIS_URL) names a Redis server; without one each
# process keeps its own, which is right for one process and what `check --deploy` warns about.
SHARED_CACHE_URL = env_str("CACHE_URL") or env_str("REDIS_URL")
if SHARED_CACHE_URL:
    if not SHARED_CACHE_URL.startswith(("redis://", "rediss://", "unix://")):
        raise ImproperlyConfigured(
            f"CACHE_URL must be a redis://, rediss:// or unix:// URL, not {SHARED_CACHE_URL!r}."
        )

    def redis_cache(prefix: str) -> dict:
        return {
            # Django's Redis backend, but a Redis outage costs speed rather than every page.
            "BACKEND": "helpcenter.redis_cache.RedisCache",
            "LOCATION": SHARED_CACHE_URL,
            "KEY_PREFIX": f"{env_str('CACHE_KEY_PREFIX', 'helpcenter')}:{prefix}",
            # A Redis that does not answer in a second is treated as down, not waited for.
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }

    CACHES = {"default": redis_cache("default"), "pages": redis_cache("pages")}
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        # Whole public pages (helpcenter.page_cache); 0 seconds turns the page cache off.
        "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
    }
HELPCENTER_PAGE_CACHE_ALIAS = "pages"
HELPCENTER_PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 300)

# E-mail
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_FILE_PATH = env_str("EMAIL_FILE_PATH", str(BASE_DIR / "var" / "mail"))  # the file backend's folder
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "help@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Wagtail
WAGTAIL_SITE_NAME = env_str("WAGTAIL_SITE_NAME", "Help Center")
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]

# Storefront API keys given in the environment (comma-separated); keys can
# also be created in the admin.
HELPCENTER_API_KEYS = env_list("HELPCENTER_API_KEYS")
# Interactive API docs at /api/v1/docs (Swagger UI from this site's static files, django-ninja's
# pinned copy, under the CSP): off unless turned on; dev.py turns them on. The schema is always at
# /api/v1/openapi.json.
HELPCENTER_API_DOCS = env_bool("HELPCENTER_API_DOCS", False)
# Abuse limits of the help center's signals, per client address: "count/seconds".
HELPCENTER_RATE_LIMITS = {
    "read": env_str("HELPCENTER_RATE_LIMIT_READ", "60/60"),
    "feedback": env_str("HELPCENTER_RATE_LIMIT_FEEDBACK", "10/60"),
    "search": env_str("HELPCENTER_RATE_LIMIT_SEARCH", "600/60"),
}
# Behind a reverse proxy, the META key with the client address, e.g. HTTP_X_FORWARDED_FOR.
HELPCENTER_CLIENT_IP_HEADER = env_str("HELPCENTER_CLIENT_IP_HEADER") or env_str("SURVEYS_CLIENT_IP_HEADER")

# Surveys ----------------------------------------------------------------------
# Post-purchase surveys (surveys/conf.py lists every SURVEYS_* setting and its default).
SURVEYS_INVITATION_DELAY_DAYS = env_int("SURVEYS_INVITATION_DELAY_DAYS", 7)
SURVEYS_TOKEN_MAX_AGE_DAYS = env_int("SURVEYS_TOKEN_MAX_AGE_DAYS", 30)
# Staff told about negative responses; empty: active superusers with an e-mail address.
SURVEYS_STAFF_NOTIFICATION_EMAILS = env_list("SURVEYS_STAFF_NOTIFICATION_EMAILS")
# Storefront origins allowed to frame the survey widget, e.g. https://shop.example.com
SURVEYS_STOREFRONT_ORIGINS = env_list("SURVEYS_STOREFRONT_ORIGINS")
# Absolute base of survey links, e.g. https://help.example.com (default: admin base URL / request host).
SURVEYS_BASE_URL = env_str("SURVEYS_BASE_URL")
# Public endpoints, per client address: "count/seconds".
SURVEYS_RATE_LIMITS = {
    "submit": env_str("SURVEYS_RATE_LIMIT_SUBMIT", "30/60"),
    "view": env_str("SURVEYS_RATE_LIMIT_VIEW", "120/60"),
}
# Behind a reverse proxy, the META key with the client address, e.g. HTTP_X_FORWARDED_FOR.
SURVEYS_CLIENT_IP_HEADER = env_str("SURVEYS_CLIENT_IP_HEADER")
# End of Surveys -----------------------------------------------------------------

# Sign-in throttling (django-axes): after AXES_FAILURE_LIMIT failed sign-ins from one client address
# the admin's sign-in answers 429 with a lock-out page for AXES_COOLOFF_MINUTES. The address is the
# one the surveys' rate limits count (SURVEYS_CLIENT_IP_HEADER behind a proxy); failures are kept in
# the database, so every server process sees them.
AXES_ENABLED = env_bool("AXES_ENABLED", True)
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = ["ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "surveys.ratelimit.client_ip_address"
AXES_LOCKOUT_CALLABLE = "config.login_throttling.locked_out"

# CORS (django-cors-headers): the storefront's pages may read the public search, autocomplete and
# reviews APIs from the browser, with GET only and without cookies. The same origins may frame the
# survey (SURVEYS_STOREFRONT_ORIGINS): one list for both. No other address answers to another origin:
# not the APIs that write (they take a storefront key or a visitor's cookie), never the admin.
CORS_ALLOWED_ORIGINS = SURVEYS_STOREFRONT_ORIGINS
CORS_URLS_REGEX = r"^/api/v1/(help/search|help/autocomplete|reviews)$"
CORS_ALLOW_METHODS = ["GET", "OPTIONS"]
CORS_ALLOW_HEADERS = ["accept", "accept-language", "content-type"]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django": {"level": "INFO"},
        "wagtail": {"level": "WARNING"},
        "elastic_transport": {"level": "WARNING"},
        "opensearch": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
    },
}
