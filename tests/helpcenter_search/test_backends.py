"""The engine backend: built once per configuration, and with the pages' short texts in one field."""

import pytest
from django.test import override_settings
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from helpcenter.search.analysis import SHORT_TEXT_FIELD, SNIPPET_FIELDS
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


def test_the_page_index_copies_short_texts_into_one_field_per_language(search_backend):
    index = search_backend.get_index_for_model(Page).name
    mapping = next(iter(search_backend.es.indices.get_mapping(index=index).values()))["mappings"][
        "properties"
    ]
    assert {"en", "fa"} <= set(mapping[SHORT_TEXT_FIELD]["fields"])
    for name in ("title", "helpcenter_articlepage__summary", "helpcenter_faqpage__intro"):
        assert SHORT_TEXT_FIELD in mapping[name]["copy_to"], name
    assert SHORT_TEXT_FIELD not in mapping["helpcenter_articlepage__body"]["copy_to"]
    # Snippets are highlighted from offsets kept in the index, not by analysing each result again.
    for name in SNIPPET_FIELDS:
        for language in ("en", "fa"):
            assert mapping[name]["fields"][language]["index_options"] == "offsets", (name, language)
