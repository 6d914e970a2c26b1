"""A site's own language codes: regional variants, languages with the engine's stemmer, and languages
with no analysis of their own, each searched in its own language."""

import pytest
from django.core.management import call_command
from django.urls import clear_url_caches
from wagtail.models import Locale, Page, Site

from helpcenter.models import HelpCenterPage
from tests.conftest import uses_search_engine
from tests.factories.helpcenter import ArticlePageFactory, CategoryPageFactory

pytestmark = pytest.mark.search

LANGUAGES = [("en-us", "English"), ("de", "German"), ("fa-ir", "Persian"), ("ja", "Japanese")]
ARTICLES = {
    "en-us": ("Returning shoes", "How to send shoes back for a refund."),
    "de": ("Rücksendungen und Erstattungen", "So senden Sie Schuhe zurück und erhalten Ihr Geld."),
    "fa-ir": ("بازگشت کفش", "چگونه کفش را پس بفرستید و پولتان را پس بگیرید."),
    "ja": ("返品について", "靴を返品して返金を受ける方法。"),
}


@pytest.fixture
def site_languages(settings, db):
    settings.LANGUAGES = settings.WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
    settings.LANGUAGE_CODE = "en-us"
    # The URL resolver keeps each language's prefix ("" for the default one) once reversed.
    clear_url_caches()
    yield {code: Locale.objects.get_or_create(language_code=code)[0] for code, _name in LANGUAGES}
    clear_url_caches()


@pytest.fixture
def articles(site_languages):
    """A help home per language under the shop's home page, each with one article."""
    root = Site.objects.get(is_default_site=True).root_page
    found = {}
    for code, (title, summary) in ARTICLES.items():
        locale = site_languages[code]
        home = root.add_child(
            instance=HelpCenterPage(title=f"Help {code}", slug=f"help-{code}", locale=locale)
        )
        topic = CategoryPageFactory(parent=home, title=f"Topic {code}", slug=f"topic-{code}", locale=locale)
        found[code] = ArticlePageFactory(parent=topic, title=title, summary=summary, locale=locale)
    # Built after the languages changed, as `update_index` after adding a language would.
    call_command("update_index", verbosity=0)
    return found


def search(client, query: str, locale: str) -> dict:
    response = client.get("/api/v1/help/search", {"q": query, "locale": locale})
    assert response.status_code == 200, response.content
    return response.json()


@pytest.mark.parametrize(
    ("query", "asked", "language"),
    [
        ("returned shoes", "en", "en-us"),
        ("Rücksendung", "de-AT", "de"),
        ("بازگشت كفش", "fa", "fa-ir"),  # Arabic kaf, as many Persian keyboards type it
    ],
)
def test_each_language_finds_its_own_article_by_its_own_rules(client, articles, query, asked, language):
    if language == "de" and not uses_search_engine():
        pytest.skip("German stemming is the engine's analysis")
    data = search(client, query, asked)
    assert data["locale"] == language
    assert [result["title"] for result in data["results"]][:1] == [ARTICLES[language][0]]
    assert {result["url"] for result in data["results"]} <= {articles[language].url}


def test_a_language_without_analysis_of_its_own_finds_whole_words(client, articles):
    if not uses_search_engine():
        pytest.skip("the database backend's tokenizer is not the engine's")
    data = search(client, "返品", "ja-JP")
    assert data["locale"] == "ja"
    assert [result["title"] for result in data["results"]] == [ARTICLES["ja"][0]]


def test_the_engines_mapping_has_a_field_per_analysis_the_site_needs(articles):
    from wagtail.search.backends import get_search_backend

    if not uses_search_engine():
        pytest.skip("the database backend has no mapping")
    backend = get_search_backend()
    index = backend.get_index_for_model(Page).name
    mapping = next(iter(backend.es.indices.get_mapping(index=index).values()))["mappings"]
    assert set(mapping["properties"]["title"]["fields"]) == {
        "default",
        "default_prefix",
        "de",
        "de_prefix",
        "en",
        "en_prefix",
        "fa",
        "fa_prefix",
        "plain",
    }


def test_autocomplete_works_in_every_language(client, articles):
    for code, prefix in (("en-us", "Retu"), ("de", "Rücks"), ("fa-ir", "بازگ")):
        response = client.get("/api/v1/help/autocomplete", {"q": prefix, "locale": code})
        assert [item["title"] for item in response.json()["results"]] == [ARTICLES[code][0]], code
