"""Help search: one query for articles and FAQ pages, in the visitor's language.

On an Elasticsearch-API engine the query reads each language's own analysed
sub-fields (see analysis.py), tolerates typos, and returns highlighted
snippets and a "did you mean" suggestion. On the database backend, or when
the engine is down or slow, the same call answers from Wagtail's database
search instead, so a visitor always gets an answer.

This module is the entry point, and the only one callers import: it puts the
parts together, which live beside it (results.py, query.py, engine.py,
cards.py, corrections.py, promotions.py, autocomplete.py).
"""

import logging
import time

from django.utils.safestring import mark_safe
from wagtail.models import Page

from helpcenter.conf import helpcenter_settings

from . import engine, semantic
from .analysis import analysis_language
from .autocomplete import Suggestion, autocomplete_help
from .cards import ResultCard, add_topics, hit_for, result_cards
from .corrections import correctable_words, engine_suggest, shown_anywhere, suggestion_for
from .engine import database_backend, engine_backend
from .indexing import after_engine_answered
from .learning import learned_pages
from .promotions import promote
from .query import coverages, engine_body, judge_confidence, page_hits, synonym_owners
from .results import (
    MAX_QUERY_LENGTH,
    InvalidQuery,
    SearchHit,
    SearchResults,
    normalise_query,
    search_locale,
    words_only,
)
from .vocabulary import searchable_words

__all__ = [
    "MAX_QUERY_LENGTH",
    "InvalidQuery",
    "ResultCard",
    "SearchHit",
    "SearchResults",
    "Suggestion",
    "autocomplete_help",
    "database_backend",
    "engine_backend",
    "normalise_query",
    "search_help",
    "words_only",
]

logger = logging.getLogger(__name__)


def search_help(
    raw_query: str, *, language: str, category: Page | None = None, page: int = 1, per_page: int = 10
) -> SearchResults:
    query = normalise_query(raw_query)
    results = SearchResults(query=query, language=language, page=max(1, page), per_page=per_page)
    if not query:
        return results
    if search_locale(language) is None:  # a content language no page was written in yet
        results.low_confidence = True
        return results
    backend = engine_backend()
    answered = None
    if backend is not None:
        try:
            answered = _search_engine(backend, results, category)
        except Exception:  # any engine failure: answer from the database instead
            logger.exception("Search engine failed for a help search; answering from the database")
            results.hits, results.degraded = [], True
    if answered is not None:
        after_engine_answered()
    answered = answered or engine.search_database(results, category)
    if answered.page == 1:
        promote(answered, category)
    add_topics(answered.hits)
    first = (answered.page - 1) * answered.per_page + 1
    for rank, hit in enumerate(answered.hits, start=first):
        hit.rank = rank
    return answered


def _search_engine(backend, results: SearchResults, category: Page | None) -> SearchResults:
    from .models import SynonymGroup

    locale = search_locale(results.language)
    language = analysis_language(results.language)
    words = searchable_words(results.query, language)
    expansions = SynonymGroup.expand(results.query, results.language)
    # The visitor waits SEARCH_TIMEOUT at most for the engine, a correction asked for included.
    deadline = time.monotonic() + helpcenter_settings.SEARCH_TIMEOUT
    owners = synonym_owners(words, expansions)
    learned = learned_pages(words, results.language)
    meaning = semantic.first_page_question(results.query, language, results.page, words)
    source = (semantic.VECTOR_FIELD,) if meaning else ()
    body = engine_body(results, locale, category, words, expansions, learned, source)
    response = engine.engine_search(backend, body)
    lexical = page_hits(results, response["hits"]["hits"], words, owners)
    hits = semantic.reorder(
        lexical, meaning, deadline - time.monotonic(), coverages(lexical, words, owners) if meaning else None
    )
    cards = result_cards([int(hit["_source"]["pk"]) for hit in hits])
    for hit in hits:
        card = cards.get(int(hit["_source"]["pk"]))
        if card is None or not card.live:  # deleted or unpublished since it was indexed
            continue
        highlights = [fragment for fragments in hit.get("highlight", {}).values() for fragment in fragments]
        snippet = mark_safe(highlights[0]) if highlights else card.plain_snippet  # noqa: S308 - engine-escaped
        results.hits.append(hit_for(card, snippet, hit.get("_score")))
    results.total = response["hits"]["total"]["value"]
    if misspelt := correctable_words(words, hits, language):
        suggest = engine_suggest(backend, results.query, deadline)
        suggestion = suggestion_for(results.query, suggest, misspelt, language)
        if suggestion and shown_anywhere(backend, locale, suggestion, results.query, deadline):
            results.suggestion = suggestion
    results.backend = "engine"
    # A word the correction changed is a typo of a word the help center has, not a topic it lacks.
    corrected = (
        set(words) - set(searchable_words(results.suggestion, language)) if results.suggestion else set()
    )
    # Judged on the words, as it was calibrated: the reordering changes which answer comes first,
    # not whether the page holds one. But a misspelt word is forgiven in a page's short texts only,
    # at less than its weight, so the other words' best page tends to come first by words ("discont
    # code" -> "SMS codes"); the page shown first, ordered by meaning too, is judged then.
    judge_confidence(results, words, owners, hits if corrected else lexical, corrected)
    return results
