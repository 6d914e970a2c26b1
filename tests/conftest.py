import os
from io import StringIO

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend

from helpcenter import lookups
from helpcenter.search.backends import engine_is_back
from home.demo import build_site
from tests.e2e.browser import browser, open_page, pytest_runtest_makereport  # noqa: F401 - fixtures, hook


@pytest.fixture(autouse=True)
def fresh_search_lookups():
    """Each test's database is rolled back without signals; the process's remembered lookups
    (languages, synonyms, picks) and an engine outage one test staged must not outlive it."""
    lookups.forget()
    engine_is_back()
    yield
    lookups.forget()
    engine_is_back()


@pytest.fixture(autouse=True)
def empty_cache():
    """Rate-limit counters are per client address and wall-clock minute, and every test client
    is 127.0.0.1: left over, one test's submissions would count against the next test's."""
    cache.clear()


@pytest.fixture
def search_backend(db):
    """The configured search backend with empty indexes, refreshed on demand.

    On the engine this talks HTTP to the node started by scripts/test; it
    is never replaced by a fake.
    """
    # update_index creates each index with its mapping, as a deployment would;
    # documents added by signals afterwards land in a properly analysed index.
    call_command("update_index", stdout=StringIO(), stderr=StringIO())
    # Each test's rebuild replaces the previous test's index (by alias swap).
    return get_search_backend()


def engine_required() -> bool:
    """scripts/test sets REQUIRE_SEARCH_ENGINE so a missing engine fails instead of skipping."""
    return os.environ.get("REQUIRE_SEARCH_ENGINE") == "1"


def uses_search_engine() -> bool:
    return settings.SEARCH_BACKEND != "database"


@pytest.fixture
def home(db):
    """The help site's English home page, with its Persian translation."""
    return build_site()


@pytest.fixture
def persian_home(home):
    return home.get_translation(Locale.objects.get(language_code="fa")).specific
