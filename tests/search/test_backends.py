"""The engine backend is built once per configuration: searches reuse its client and connections."""

import pytest
from django.test import override_settings
from wagtail.search.backends import get_search_backend

from tests.conftest import uses_search_engine

pytestmark = [
    pytest.mark.search,
    pytest.mark.skipif(not uses_search_engine(), reason="the database backend has no client to keep"),
]


def test_searches_share_one_backend_and_client_per_configuration(settings):
    first, second = get_search_backend(), get_search_backend()
    assert first is second and first.es is second.es
    other = {**settings.WAGTAILSEARCH_BACKENDS["default"], "TIMEOUT": 3}
    with override_settings(WAGTAILSEARCH_BACKENDS={**settings.WAGTAILSEARCH_BACKENDS, "default": other}):
        changed = get_search_backend()
        assert changed is not first and changed.timeout == 3
        assert get_search_backend() is changed
    assert get_search_backend() is first


def test_building_a_backend_leaves_its_settings_as_they_were(settings):
    configured = {**settings.WAGTAILSEARCH_BACKENDS["default"], "TIMEOUT": 4, "OPTIONS": {}}
    before = repr(configured)
    with override_settings(WAGTAILSEARCH_BACKENDS={**settings.WAGTAILSEARCH_BACKENDS, "default": configured}):
        get_search_backend()
    assert repr(configured) == before
