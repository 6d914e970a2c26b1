"""Each settings module loads in a clean process, configured only by the environment."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOOD_SECRET = "k3Jd9-x0QmZ1vR7tL2pW8yB4nF6hC5sA0eU-gT3iO9jK1lM7zX2cV4bN8qE6wR5t"


# Variables a test run sets that a real deployment would not have.
NOT_INHERITED = {"DJANGO_SETTINGS_MODULE", "SECRET_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE"}


def clean_environment() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in NOT_INHERITED}


def run_python(code: str, **env: str) -> subprocess.CompletedProcess:
    base = clean_environment()
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def printed_json(code: str, **env: str):
    """Runs ``code``, which prints JSON on its last line, like ``run_python``; returns what it printed."""
    result = run_python(code, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def printed_json_in_production(code: str, **env: str):
    """The same under the production settings, for a test client (host ``testserver``, no database)."""
    production = {
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": GOOD_SECRET,
        "ALLOWED_HOSTS": "testserver",
        "DATABASE_URL": "",
    }
    return printed_json(code, **{**production, **env})


def manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    base = clean_environment()
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


LOAD = "import django; django.setup(); from django.conf import settings; print(settings.DEBUG)"


@pytest.mark.parametrize(
    ("module", "debug"),
    [("config.settings.dev", "True"), ("config.settings.test", "False")],
)
def test_settings_module_loads(module, debug):
    result = run_python(LOAD, DJANGO_SETTINGS_MODULE=module)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == debug


def test_production_loads_with_a_real_secret_key():
    result = run_python(LOAD, DJANGO_SETTINGS_MODULE="config.settings.production", SECRET_KEY=GOOD_SECRET)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


@pytest.mark.parametrize(
    "secret",
    ["", "short", "dev-insecure-key-never-use-in-production", "x" * 60, "django-insecure-" + "a1b2" * 12],
)
def test_production_refuses_a_missing_or_weak_secret_key(secret):
    result = run_python(LOAD, DJANGO_SETTINGS_MODULE="config.settings.production", SECRET_KEY=secret)
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_check_deploy_is_clean_in_production():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=GOOD_SECRET,
        ALLOWED_HOSTS="help.example.com",
        WAGTAILADMIN_BASE_URL="https://help.example.com",
        # A deployment's shared cache (check does not connect): the test must not depend on whether
        # the command that runs it exported REDIS_URL, as scripts/test does.
        CACHE_URL="redis://cache.internal:6379/0",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_unknown_search_backend_is_a_clear_error():
    result = run_python(LOAD, DJANGO_SETTINGS_MODULE="config.settings.dev", SEARCH_BACKEND="solr")
    assert result.returncode != 0
    assert "SEARCH_BACKEND='solr' is not one of" in result.stderr


def test_malformed_boolean_is_a_clear_error():
    result = run_python(LOAD, DJANGO_SETTINGS_MODULE="config.settings.dev", EMAIL_USE_TLS="maybe")
    assert result.returncode != 0
    assert "EMAIL_USE_TLS must be true or false" in result.stderr


def test_engine_settings_come_from_the_environment():
    code = LOAD + "; print(settings.WAGTAILSEARCH_BACKENDS['default'])"
    result = run_python(
        code,
        DJANGO_SETTINGS_MODULE="config.settings.dev",
        SEARCH_BACKEND="elasticsearch9",
        SEARCH_URLS="http://a:9200, http://b:9200",
    )
    assert result.returncode == 0, result.stderr
    assert "wagtail.search.backends.elasticsearch9" in result.stdout
    assert "['http://a:9200', 'http://b:9200']" in result.stdout
