"""Issue 20: the engine as operators run it: a three-node cluster that loses a node, and a single
node that is restarted after ordinary use.

Unlike test_search_engine_outage (a relay in front of the suite's one node), these tests start real
engines of their own with scripts/search-engine, in their own folder (``<local dir>/engine-tests``)
and on their own ports, and stop them afterwards: OpenSearch 2.19 unless SEARCH_ENGINE /
SEARCH_ENGINE_VERSION say otherwise. They take a minute or two and several JVMs, so they run only
when ENGINE_CLUSTER_TESTS=1 (scripts/test runs them once, while no other engine is up).

A cluster losing a node: visitors search without pause through the JSON API and the HTML search
page, and an editor publishes, while the node holding the primary copy of the page index is
stopped and started again. The app's client is given all three nodes' URLs (SEARCH_URLS), and
every index keeps one replica (base.py: auto_expand_replicas 0-1). Every search must be answered
(200), none from the database fallback once the cluster is yellow (the API says ``degraded``;
answers of either kind are also counted where engine.search_database is called), and every page
published meanwhile must be found by the engine after the node is back.
"""

import json
import os
import subprocess
import time
import urllib.request
from collections import Counter, defaultdict
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from helpcenter.search import engine
from helpcenter.search.models import IndexBacklog
from tests.conftest import uses_search_engine
from tests.factories.helpcenter import ArticlePageFactory, publish
from tests.faults.test_search_engine_outage import CLIENTS, Visitors, api_titles
from tests.helpcenter_search.test_api import help_content  # noqa: F401 - shared fixture

pytestmark = [
    pytest.mark.engine_cluster,
    pytest.mark.skipif(not uses_search_engine(), reason="the database backend has no engine to run"),
    pytest.mark.skipif(
        os.environ.get("ENGINE_CLUSTER_TESTS") != "1",
        reason="starts engines of its own: set ENGINE_CLUSTER_TESTS=1 (scripts/test does)",
    ),
]

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "search-engine"
LOCAL_DIR = Path(os.environ.get("HELPCENTER_LOCAL_DIR") or ROOT / ".local") / "engine-tests"
SECONDS_GREEN_BEFORE = 3.0
SECONDS_WITHOUT_THE_NODE = 10.0
SECONDS_TO_RECOVER = 120.0


def engine_script(*args: str, nodes: int) -> str:
    """scripts/search-engine in this module's own folder, on free ports; its last line of output."""
    env = {key: value for key, value in os.environ.items() if key != "SEARCH_ENGINE_PORT"}
    env.update(HELPCENTER_LOCAL_DIR=str(LOCAL_DIR), SEARCH_NODES=str(nodes))
    done = subprocess.run([str(SCRIPT), *args], env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, f"scripts/search-engine {' '.join(args)} failed:\n{done.stderr[-3000:]}"
    lines = done.stdout.strip().splitlines()
    return lines[-1] if lines else ""


def engine_get(url: str, path: str) -> dict | list:
    with urllib.request.urlopen(url + path, timeout=30) as response:
        return json.loads(response.read())


def wait_for_health(url: str, status: str, nodes: int, seconds: float = SECONDS_TO_RECOVER) -> dict:
    health = engine_get(
        url, f"/_cluster/health?wait_for_status={status}&wait_for_nodes={nodes}&timeout={int(seconds)}s"
    )
    assert not health["timed_out"], health
    return health


def point_the_site_at(settings, urls: list[str]) -> None:
    settings.WAGTAILSEARCH_BACKENDS = {
        **settings.WAGTAILSEARCH_BACKENDS,
        "default": {**settings.WAGTAILSEARCH_BACKENDS["default"], "URLS": urls},
    }


@pytest.fixture(scope="module")
def cluster():
    """Three nodes, one JVM each, started fresh; stopped after the module."""
    urls = engine_script("start", "--fresh", nodes=3).split(",")
    assert len(urls) == 3, urls
    yield urls
    engine_script("stop", nodes=3)


@pytest.fixture
def on_cluster(settings, cluster):
    point_the_site_at(settings, cluster)
    # A few loopback threads stand in for many customers: the per-client search limit would answer
    # 429 instead of showing what losing a node does.
    settings.HELPCENTER_RATE_LIMITS = {**settings.HELPCENTER_RATE_LIMITS, "search": "100000000/60"}
    return cluster


@pytest.fixture
def cluster_content(on_cluster, help_content):  # noqa: F811 - the shared fixture, on the cluster
    return help_content


class FallbackCounter:
    """Counts, per phase, the help searches answered by engine.search_database."""

    def __init__(self, visitors: Visitors):
        self.visitors = visitors
        self.by_phase: Counter = Counter()
        self.original = engine.search_database

    def __call__(self, results, category):
        self.by_phase[self.visitors.phase] += 1
        return self.original(results, category)


def primary_holder(url: str, index: str) -> int:
    """The number of the node that holds the primary copy of the index's (only) shard."""
    shards = engine_get(url, f"/_cat/shards/{index}?format=json&h=prirep,node,state")
    primaries = [shard["node"] for shard in shards if shard["prirep"] == "p"]
    return int(primaries[0].rsplit("-", 1)[1])


@pytest.mark.django_db(transaction=True)
def test_searches_and_publishing_survive_a_node_of_three_stopping_and_starting(
    live_server, cluster_content, monkeypatch
):
    urls, delivery = django_settings.WAGTAILSEARCH_BACKENDS["default"]["URLS"], cluster_content["delivery"]
    backend = get_search_backend()
    # The page index's alias, and the index behind it (update_index rebuilds beside the live one).
    index_name = next(iter(backend.es.indices.get_alias(index=backend.get_index_for_model(Page).name)))
    wait_for_health(urls[0], "green", 3)
    settings_of_index = engine_get(urls[0], f"/{index_name}/_settings")[index_name]["settings"]["index"]
    assert settings_of_index["number_of_replicas"] == "1", settings_of_index
    assert api_titles(live_server.url, "parcel") == (False, ["Where is my parcel?"])
    victim = primary_holder(urls[0], index_name)
    others = [url for number, url in enumerate(urls, start=1) if number != victim]

    visitors = Visitors(live_server.url)
    fallbacks = FallbackCounter(visitors)
    monkeypatch.setattr(engine, "search_database", fallbacks)
    published = []
    timings = {}
    visitors.start()
    try:
        time.sleep(SECONDS_GREEN_BEFORE)

        visitors.phase = "stopping"
        started = time.monotonic()
        engine_script("stop-node", str(victim), nodes=3)
        timings["stop_node"] = time.monotonic() - started
        health = wait_for_health(others[0], "yellow", 2, seconds=30)
        timings["yellow_after_stop"] = time.monotonic() - started
        # Searches sent before the cluster knew (yellow) may still be waiting on the leaving node;
        # from here on every search starts on a cluster that has let it go.
        time.sleep(django_settings.HELPCENTER_SEARCH_TIMEOUT + 1.0)
        visitors.phase = "node down"
        published.append(publish(ArticlePageFactory(parent=delivery, title="Customs duties on imports")))
        published.append(
            publish(
                ArticlePageFactory(
                    parent=cluster_content["fa"].get_parent(),
                    locale=cluster_content["fa"].locale,
                    title="لغو سفارش پیش از ارسال",
                )
            )
        )
        time.sleep(SECONDS_WITHOUT_THE_NODE)
        status_while_down = engine_get(others[0], "/_cluster/health")["status"]

        visitors.phase = "node back"
        started = time.monotonic()
        engine_script("start-node", str(victim), nodes=3)  # returns once the cluster is green again
        timings["start_node_to_green"] = time.monotonic() - started
        published.append(publish(ArticlePageFactory(parent=delivery, title="Gift cards expire after a year")))
        time.sleep(SECONDS_GREEN_BEFORE)
    finally:
        visitors.stop()

    by_phase = defaultdict(list)
    for answer in visitors.answers:
        by_phase[answer.phase].append(answer)
    report = {
        "victim": f"node-{victim}",
        "status_while_down": status_while_down,
        "health_after_stop": health["status"],
        "seconds": {key: round(value, 2) for key, value in timings.items()},
        "phases": {
            phase: {
                "searches": len(group),
                "statuses": dict(Counter(answer.status for answer in group)),
                "degraded": dict(Counter(answer.degraded for answer in group if answer.kind == "api")),
                "database_answers": fallbacks.by_phase[phase],
                "max_seconds": round(max(answer.seconds for answer in group), 2),
                "not_found": dict(Counter(answer.query for answer in group if not answer.found)),
            }
            for phase, group in by_phase.items()
        },
        "backlog": IndexBacklog.objects.count(),
    }
    print(json.dumps(report, ensure_ascii=False, indent=1))

    # Every search was answered and found its article, in every phase.
    assert {"up before", "node down", "node back"} <= by_phase.keys(), report
    assert all(answer.status == 200 for answer in visitors.answers), report
    assert all(answer.found for answer in visitors.answers), report
    # From the engine, never the database, for every search started once the cluster knew the node
    # was gone (yellow) and until the end. While the node was shutting down, at most the searches in
    # flight (one per visitor) fell back: a search is filed under the phase it started in, a database
    # answer under the phase it was given in.
    for phase in ("up before", "node down", "node back"):
        assert fallbacks.by_phase[phase] == 0, report
    for phase in ("node down", "node back"):
        assert report["phases"][phase]["degraded"].get(True, 0) == 0, report
    assert fallbacks.by_phase["stopping"] <= CLIENTS, report
    assert status_while_down in {"yellow", "green"}, report

    # Every publication reached the engine (nothing left for catch-up) and is found by it.
    assert IndexBacklog.objects.count() == 0, report
    backend.refresh_indexes()
    for page in published:
        language = page.locale.language_code
        degraded, titles = api_titles(live_server.url, page.title, language)
        assert degraded is False and titles[:1] == [page.title], (page.title, titles)


@pytest.fixture
def single_node(settings):
    """One node, started fresh, the site pointed at it; stopped after the test."""
    url = engine_script("start", "--fresh", nodes=1)
    point_the_site_at(settings, [url])
    yield url
    engine_script("stop", nodes=1)


@pytest.mark.django_db(transaction=True)
def test_a_single_node_restarts_cleanly_after_ordinary_use(settings, single_node, home):
    """An index made with the default settings gets no replica on one node (green); one made with
    SEARCH_REPLICAS=1 leaves the node yellow, and start still comes back (it waits for yellow)."""
    url = single_node
    call_command("update_index", stdout=StringIO(), stderr=StringIO())
    assert wait_for_health(url, "green", 1, seconds=30)["status"] == "green"
    replicated = {
        **settings.WAGTAILSEARCH_BACKENDS["default"],
        "INDEX_PREFIX": "helpcenter_test_replicated_",
        "INDEX_SETTINGS": {"settings": {"index": {"number_of_replicas": 1}}},
    }
    settings.WAGTAILSEARCH_BACKENDS = {**settings.WAGTAILSEARCH_BACKENDS, "replicated": replicated}
    call_command("update_index", backend_name="replicated", stdout=StringIO(), stderr=StringIO())
    assert engine_get(url, "/_cluster/health")["status"] == "yellow"

    engine_script("stop", nodes=1)
    started = time.monotonic()
    url = engine_script("start", nodes=1)
    seconds_to_restart = time.monotonic() - started
    point_the_site_at(settings, [url])

    health = engine_get(url, "/_cluster/health")
    print(json.dumps({"seconds_to_restart": round(seconds_to_restart, 1), "health": health["status"]}))
    assert health["status"] == "yellow" and health["unassigned_shards"] > 0, health
    backend = get_search_backend()
    page_index = backend.get_index_for_model(Page).name
    assert backend.es.count(index=page_index)["count"] > 0  # the index came back with its pages
