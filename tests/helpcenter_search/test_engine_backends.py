"""The engine backends that cannot be run against a server here.

Elasticsearch 8 and 9 have no Apache-licensed build on Maven Central, so no node of theirs runs on
these machines (README, "Search engines"). What can be checked without one is checked: the site's
settings build each backend with the client the README pairs it with, the system checks accept
it, and its index settings and page mapping carry the help center's per-language analysis, with
Lucene's Persian stemmer where the engine has it and its pattern-filter twin where it may not.
"""

import json
import os
import subprocess
import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pytest
from django.core.checks import run_checks
from django.test import override_settings

from helpcenter.search.analysis import PERSIAN_STEM_FILTERS

ROOT = Path(__file__).resolve().parents[2]

# What the site builds in a fresh process for SEARCH_BACKEND=<name>.
DESCRIBE_BACKEND = """
import json
import django
django.setup()
from django.core.management import call_command
from wagtail.search.backends import get_search_backend
from helpcenter.models import ArticlePage
call_command("check", fail_level="ERROR")
backend = get_search_backend()
properties = backend.mapping_class(ArticlePage).get_mapping()["properties"]
print(json.dumps({
    "backend": type(backend).__mro__[2].__module__,
    "client": type(backend.es).__module__.split(".")[0],
    "title_fields": sorted(properties["title"]["fields"]),
    "help_fa": backend.settings["settings"]["analysis"]["analyzer"]["help_fa"]["filter"],
    "index": backend.settings["settings"]["index"],
}))
"""

# Each backend, the client package and the client majors that build it (elasticsearch8 is built by
# the 9.x client of the shared virtualenv: no 8.x client is installed anywhere here).
CLIENTS = {"elasticsearch8": ("elasticsearch", {8, 9}), "elasticsearch9": ("elasticsearch", {9})}


def installed_major(package: str) -> int | None:
    try:
        return int(version(package).split(".")[0])
    except PackageNotFoundError:
        return None


@pytest.mark.parametrize(("backend", "persian_stem"), [("elasticsearch8", False), ("elasticsearch9", True)])
def test_a_backend_without_a_server_here_is_built_with_the_help_analysis(backend, persian_stem):
    package, majors = CLIENTS[backend]
    if installed_major(package) not in majors:
        pytest.skip(f"{backend} needs {package} {sorted(majors)}; {version(package)} is installed here")
    environment = {
        key: value for key, value in os.environ.items() if key not in {"SEARCH_REPLICAS", "SEARCH_URLS"}
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="config.settings.test",
        SEARCH_BACKEND=backend,
        SEARCH_URLS="http://search-1.internal:9200,http://search-2.internal:9200",
    )
    done = subprocess.run(
        [sys.executable, "-c", DESCRIBE_BACKEND],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    described = json.loads(done.stdout.strip().splitlines()[-1])

    assert described["backend"] == f"modelsearch.backends.{backend}"
    assert described["client"] == package
    assert {"en", "fa", "en_prefix", "fa_prefix", "plain"} <= set(described["title_fields"])
    # The index keeps a replica wherever the cluster has a second node for it.
    assert described["index"]["auto_expand_replicas"] == "0-1"
    if persian_stem:
        assert described["help_fa"][-1] == "persian_stem"
    else:
        assert "persian_stem" not in described["help_fa"]
        assert described["help_fa"][-len(PERSIAN_STEM_FILTERS) :] == list(PERSIAN_STEM_FILTERS)


@pytest.mark.parametrize(
    "engine", ["elasticsearch7", "elasticsearch8", "elasticsearch9", "opensearch2", "opensearch3"]
)
def test_the_system_checks_accept_every_engine_behind_the_help_backend(engine):
    backends = {
        "default": {"BACKEND": "helpcenter.search.backends", "ENGINE": f"wagtail.search.backends.{engine}"},
        "fallback": {"BACKEND": "wagtail.search.backends.database"},
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        errors = [message for message in run_checks() if message.id.startswith("helpcenter_search.")]
    assert errors == []
    direct = {**backends, "default": {"BACKEND": f"wagtail.search.backends.{engine}"}}
    with override_settings(WAGTAILSEARCH_BACKENDS=direct):
        errors = [message.id for message in run_checks() if message.id.startswith("helpcenter_search.")]
    assert errors == ["helpcenter_search.E002"]


@pytest.mark.parametrize(
    ("replicas", "expected"),
    [
        (None, {"auto_expand_replicas": "0-1"}),
        ("2", {"number_of_replicas": 2}),
        ("0", {"number_of_replicas": 0}),
    ],
)
def test_replicas_follow_the_cluster_unless_search_replicas_is_set(replicas, expected):
    environment = {key: value for key, value in os.environ.items() if key != "SEARCH_REPLICAS"}
    environment.update(DJANGO_SETTINGS_MODULE="config.settings.dev")
    environment.update(SEARCH_BACKEND="opensearch2", **({"SEARCH_REPLICAS": replicas} if replicas else {}))
    code = (
        "import json, django; django.setup(); from django.conf import settings; "
        "print(json.dumps(settings.WAGTAILSEARCH_BACKENDS['default']['INDEX_SETTINGS']['settings']['index']))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=environment, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert json.loads(done.stdout.strip().splitlines()[-1]) == expected
