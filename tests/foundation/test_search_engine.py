"""The search tests talk to a real engine over HTTP, never to a stand-in."""

import pytest
from django.conf import settings
from wagtail.models import Locale, Page

from home.demo import build_site
from tests.conftest import engine_required, uses_search_engine

pytestmark = pytest.mark.search


def test_the_configured_engine_is_a_real_live_node(search_backend):
    if not uses_search_engine():
        if engine_required():
            pytest.fail("REQUIRE_SEARCH_ENGINE=1 but SEARCH_BACKEND is 'database'")
        pytest.skip("the database backend has no node to ask")
    info = search_backend.es.info()
    assert info["version"]["number"], info
    distribution = info["version"].get("distribution", "elasticsearch")
    assert distribution in {"opensearch", "elasticsearch"}, info
    assert info["tagline"] in {"You Know, for Search", "The OpenSearch Project: https://opensearch.org/"}
    health = search_backend.es.cluster.health()
    assert health["status"] == "green", health
    assert settings.WAGTAILSEARCH_BACKENDS["default"]["INDEX_PREFIX"] == "helpcenter_test_"
    assert search_backend.es.indices.exists(index="helpcenter_test_wagtailcore_page")


def test_a_published_page_is_found_in_both_languages(search_backend):
    build_site()
    search_backend.refresh_indexes()

    english = Page.objects.live().filter(locale=Locale.objects.get(language_code="en")).search("help")
    persian = Page.objects.live().filter(locale=Locale.objects.get(language_code="fa")).search("راهنما")

    assert [page.title for page in english] == ["Help Center"]
    assert [page.title for page in persian] == ["مرکز راهنما"]
