"""Issue 20: the shared cache (Redis from CACHE_URL) goes away. It costs speed, never a page, a
customer's answer or an editor's publication: helpcenter.redis_cache reads miss and drops writes
(Wagtail reads the default cache to build every page URL), the rate limit lets requests through
uncounted and logs it, and remembered lookups expire by time in each process.

The cache is a real Redis client pointed at a loopback port where nothing listens, so every call
fails as it would after Redis stops.
"""

import logging
import socket

import pytest

from helpcenter import lookups, redis_cache
from tests.factories.helpcenter import publish


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def redis_down(settings):
    location = f"redis://127.0.0.1:{closed_port()}/0"
    settings.CACHES = {
        alias: {
            "BACKEND": "helpcenter.redis_cache.RedisCache",
            "LOCATION": location,
            "KEY_PREFIX": alias,
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
        for alias in ("default", "pages")
    }
    settings.HELPCENTER_PAGE_CACHE_SECONDS = 300
    redis_cache._last_warning["at"] = float("-inf")  # each test sees its own first warning


def test_help_pages_are_served_and_published_while_the_shared_cache_is_down(
    article, redis_down, client, caplog, django_capture_on_commit_callbacks
):
    with caplog.at_level(logging.WARNING, logger="helpcenter.redis_cache"):
        first = client.get(article.url)
        second = client.get(article.url)
    assert (first.status_code, second.status_code) == (200, 200)
    assert second["X-Page-Cache"] == "miss"  # nothing was kept
    assert "Redis cache unreachable" in caplog.text

    article.title = "Where is my parcel now?"
    with (
        caplog.at_level(logging.ERROR, logger="helpcenter.page_cache"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        publish(article)
    assert "cached pages were not retired" in caplog.text
    assert "Where is my parcel now?" in client.get(article.url).content.decode()


def test_survey_answers_are_not_refused_when_the_rate_limit_cannot_count(redis_down, client, db, caplog):
    with caplog.at_level(logging.ERROR, logger="helpcenter.ratelimit"):
        response = client.post(
            "/api/v1/surveys/responses", {"token": "not-a-token"}, content_type="application/json"
        )
    assert response.status_code not in {429, 500}
    assert response.json()["detail"]  # the token's own error, as when the cache is up
    assert "Rate-limit cache unreachable" in caplog.text


def test_lookups_are_remembered_in_the_process_while_the_shared_cache_is_down(redis_down, caplog):
    loads = []

    def load():
        loads.append(1)
        return "synonyms"

    lookups._shared["checked"] = float("-inf")  # ask the shared cache now
    with caplog.at_level(logging.WARNING, logger="helpcenter.lookups"):
        assert lookups.remembered("outage-test", load) == "synonyms"
        assert lookups.remembered("outage-test", load) == "synonyms"
        lookups.forget()
    assert len(loads) == 1
    assert "Shared cache unreachable" in caplog.text
