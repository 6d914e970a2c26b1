"""The test suite: fast hashing, local-memory cache and mail, immediate tasks.

The database and search engine come from DATABASE_URL and SEARCH_BACKEND,
which the test command points at the real PostgreSQL and engine it starts.
"""

from .base import *  # noqa: F403
from .base import INSTALLED_APPS, SEARCH_BACKEND, WAGTAILSEARCH_BACKENDS
from .env import env_str

# The django-salesman connector's tests (tests/surveys_salesman) need salesman's real Order model
# and its status signal: its core, the basket (whose models the orders import) and the orders, the
# last two pinned to the AutoField ids of salesman's migrations.
INSTALLED_APPS = [
    *INSTALLED_APPS,
    "salesman.core",
    "tests.surveys_salesman.apps.SalesmanBasketConfig",
    "tests.surveys_salesman.apps.SalesmanOrdersConfig",
    "surveys.contrib.salesman",
]

DEBUG = False
SECRET_KEY = "test-only-secret-key-not-for-production-use-0123456789"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
}
# Off: factories build pages without publishing them, which would leave stale copies between
# tests; tests/helpcenter/test_page_cache.py turns it on.
HELPCENTER_PAGE_CACHE_SECONDS = 0

if SEARCH_BACKEND != "database":
    # Tests get their own indexes so they never clobber a developer's (replicas follow the cluster's
    # size, as in base.py: none on a single test node, one on the three-node cluster of tests/faults).
    engine = WAGTAILSEARCH_BACKENDS["default"]
    engine["INDEX_PREFIX"] = env_str("SEARCH_INDEX_PREFIX", "helpcenter_test_")
