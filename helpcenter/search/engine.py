"""Which backend answers a help search: the engine, within the time a visitor waits, or
Wagtail's database search when there is no engine or it failed.

Every request the search makes of the engine goes through ``engine_search``,
and its callers look it up on this module (``engine.engine_search``), so that
tests and benchmarks wrap it in this one place.
"""

from django.conf import settings
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from helpcenter.conf import helpcenter_settings

from . import semantic
from .analysis import analysis_language
from .cards import card_for, hit_for
from .results import SearchResults, search_locale, words_only
from .vocabulary import content_words, digit_forms, searchable_words

FALLBACK = "fallback"  # the name of the database backend kept beside an engine


def database_backend():
    """Wagtail's database backend: the ``fallback`` kept beside an engine, or the default one;
    None beside an engine without a fallback (the system check helpcenter_search.E003 says so)."""
    if not engine_backend():
        return get_search_backend()
    return (
        get_search_backend(FALLBACK) if FALLBACK in getattr(settings, "WAGTAILSEARCH_BACKENDS", {}) else None
    )


def engine_backend():
    """The configured Elasticsearch-API backend, or None on the database backend."""
    backend = get_search_backend()
    return backend if hasattr(backend, "es") else None


def engine_search(backend, body: dict, timeout: float | None = None) -> dict:
    """One search request with the visitor-facing time-out (SEARCH_TIMEOUT seconds unless given)."""
    index = backend.get_index_for_model(Page).name
    timeout = helpcenter_settings.SEARCH_TIMEOUT if timeout is None else timeout
    client = backend.es
    if hasattr(client, "options"):  # elasticsearch 8/9 clients
        return client.options(request_timeout=timeout).search(index=index, body=body)
    return client.search(index=index, body=body, request_timeout=timeout)


def search_database(results: SearchResults, category: Page | None) -> SearchResults:
    from helpcenter.models import ArticlePage, FAQPage

    from .models import SynonymGroup

    language = analysis_language(results.language)
    # The first page is ordered by meaning too, as on the engine.
    meaning = semantic.first_page_question(
        results.query, language, results.page, searchable_words(results.query, language)
    )
    synonyms = SynonymGroup.expansions(results.query, results.language)
    # Numbers in Latin and Persian digits: the database compares words as written.
    numbers = digit_forms(content_words(results.query, language))
    expanded = words_only(" ".join([results.query, *numbers, *synonyms]))
    locale = search_locale(results.language)
    backend = database_backend()
    found = []
    for model in (ArticlePage, FAQPage) if expanded and backend is not None else ():
        queryset = model.objects.live().public().filter(locale=locale)
        if category is not None:
            queryset = queryset.descendant_of(category)
        matches = backend.search(expanded, queryset, operator="or")
        found.append((matches, matches.count()))
    results.total = sum(count for _, count in found)
    # Articles first, then FAQ pages; only the requested page of them is loaded.
    start, offset = (results.page - 1) * results.per_page, 0
    for matches, count in found:
        low, high = max(start - offset, 0), min(start + results.per_page - offset, count)
        if low < high:
            cards = map(card_for, matches[low:high])
            results.hits.extend(hit_for(card, card.plain_snippet, None) for card in cards)
        offset += count
    results.hits = semantic.reorder_cards(results.hits, meaning)
    results.low_confidence = results.total == 0
    results.backend = "database"
    return results
