"""Issue 20: /health/ tells a load balancer and the operators what works, and what does not.

Every failure here is real: the database check connects to a port where nothing listens, the
search engine check pings an engine URL where nothing listens, and the task queue holds a real
django-tasks-db row that has waited too long. No check is replaced or mocked.
"""

import json
import socket
from datetime import timedelta

import pytest
from django.conf import settings
from django.db import connections
from django.test import override_settings

from tests.conftest import uses_search_engine
from tests.foundation.test_settings import printed_json_in_production

pytestmark = pytest.mark.django_db

COMPONENTS = ["database", "cache", "search_engine", "task_queue"]
SECRET = "s3cret-engine-password"


@pytest.fixture
def closed_port() -> int:
    """A loopback port nobody listens on (bound for a moment by us, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def health(client):
    response = client.get("/health/")
    assert response["Content-Type"] == "application/json"
    return response, json.loads(response.content)


def test_everything_up_answers_200_naming_each_component(client):
    response, body = health(client)
    assert response.status_code == 200, body
    assert body["status"] == "ok" and body["failing"] == []
    assert list(body["components"]) == COMPONENTS
    assert all(component["state"] == "ok" for component in body["components"].values())
    # The immediate task backend runs every task at once: nothing can wait.
    assert body["components"]["task_queue"]["oldest_due_seconds"] is None


def test_health_is_json_whatever_the_client_accepts_and_never_cached(client):
    response = client.get("/health/", HTTP_ACCEPT="text/html")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert "no-cache" in response["Cache-Control"] and "max-age=0" in response["Cache-Control"]


def test_the_database_down_answers_503_naming_the_database(client, closed_port, monkeypatch):
    # The check opens its own connection with the site's database settings: they now point at a
    # port where nothing listens (this test's own connection, already open, stays as it is).
    database = connections.settings["default"]
    monkeypatch.setitem(database, "HOST", "127.0.0.1")
    monkeypatch.setitem(database, "PORT", str(closed_port))
    response, body = health(client)
    assert response.status_code == 503
    assert body["status"] == "unavailable" and body["failing"] == ["database"]
    assert body["components"]["database"]["state"] == "unavailable"
    assert body["components"]["cache"]["state"] == "ok"
    text = response.content.decode()
    assert str(closed_port) not in text and settings.DATABASES["default"]["PASSWORD"] not in text


def engine_at(url: str) -> dict:
    """The site's search settings with the engine at ``url`` (the configured engine's kind, or
    OpenSearch 2 when the suite runs on the database backend)."""
    engine = settings.SEARCH_BACKENDS[settings.SEARCH_BACKEND if uses_search_engine() else "opensearch2"]
    return {
        "default": {
            "BACKEND": "helpcenter.search.backends",
            "ENGINE": engine,
            "URLS": [url],
            "INDEX_PREFIX": "hcsec_health_",
            "TIMEOUT": 2,
        },
        "fallback": {"BACKEND": "wagtail.search.backends.database"},
    }


def test_the_search_engine_not_answering_answers_503_naming_it_without_its_credentials(client, closed_port):
    with override_settings(
        WAGTAILSEARCH_BACKENDS=engine_at(f"http://admin:{SECRET}@127.0.0.1:{closed_port}")
    ):
        response, body = health(client)
    assert response.status_code == 503
    assert body["failing"] == ["search_engine"]
    assert body["components"]["search_engine"] == {
        "state": "unavailable",
        "seconds": body["components"]["search_engine"]["seconds"],
        "detail": "the search engine does not answer",
    }
    text = response.content.decode()
    assert SECRET not in text and str(closed_port) not in text and "127.0.0.1" not in text


@pytest.mark.search
@pytest.mark.skipif(not uses_search_engine(), reason="runs against the suite's real engine")
def test_the_real_engine_answers_the_ping(client):
    response, body = health(client)
    assert response.status_code == 200
    assert body["components"]["search_engine"]["state"] == "ok"


def test_a_due_task_waiting_too_long_answers_503_naming_the_task_queue(client, database_queue):
    database_queue(timedelta(minutes=10))
    response, body = health(client)
    assert response.status_code == 503
    assert body["failing"] == ["task_queue"]
    queue = body["components"]["task_queue"]
    assert queue["state"] == "unavailable"
    assert queue["oldest_due_seconds"] == pytest.approx(600, abs=5)
    assert "manage.py db_worker" in queue["detail"]


def test_a_queue_the_worker_keeps_up_with_is_fine_and_its_age_reported(client, database_queue):
    database_queue(timedelta(minutes=1))
    response, body = health(client)
    assert response.status_code == 200
    assert body["components"]["task_queue"]["oldest_due_seconds"] == pytest.approx(60, abs=5)


def test_every_probe_checks_afresh(client, database_queue):
    assert health(client)[0].status_code == 200
    database_queue(timedelta(hours=1))
    assert health(client)[0].status_code == 503


def test_a_probe_is_cheap(client, database_queue, django_assert_max_num_queries):
    database_queue(timedelta(minutes=1))
    # The request's own connection reads the queue's age once (the database check's SELECT 1 runs
    # on a connection of its own).
    with django_assert_max_num_queries(1):
        assert health(client)[0].status_code == 200


def test_a_load_balancer_asks_only_what_this_server_needs(client, closed_port, database_queue):
    """The engine and the worker are shared by every server, and visitors are still served while
    either is away: a balancer that takes a server out on 503 asks for the database and cache only."""
    database_queue(timedelta(hours=1))
    with override_settings(WAGTAILSEARCH_BACKENDS=engine_at(f"http://127.0.0.1:{closed_port}")):
        assert health(client)[0].status_code == 503
        response = client.get("/health/", {"only": "database,cache"})
    body = json.loads(response.content)
    assert response.status_code == 200, body
    assert list(body["components"]) == ["database", "cache"]


def test_asking_for_an_unknown_component_is_refused(client):
    response = client.get("/health/", {"only": "database,mainframe"})
    assert response.status_code == 400
    assert json.loads(response.content) == {"detail": "Unknown components: mainframe."}


PRODUCTION_PROBE = """
import django, json
django.setup()
from django.test import Client
client = Client()
health = client.get("/health/", {"only": "cache"})
page = client.get("/robots.txt")
print(json.dumps([health.status_code, json.loads(health.content)["status"], page.status_code]))
"""


def test_in_production_a_plain_http_probe_is_answered_not_redirected_to_https():
    assert printed_json_in_production(PRODUCTION_PROBE) == [200, "ok", 301]
