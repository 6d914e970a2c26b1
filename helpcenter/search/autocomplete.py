"""Autocomplete: help article titles for what a visitor has typed so far.

A separate, smaller query than the search's (titles only, prefixes and typos
forgiven), with the same fallback to Wagtail's database search.
"""

import logging
from dataclasses import dataclass

from . import engine
from .analysis import analysis_language
from .cards import result_cards
from .query import restricted_filters, visible_filters
from .results import normalise_query, search_locale, words_only

# One logger for the help search's failures, whichever of its modules notes them.
logger = logging.getLogger("helpcenter.search.services")


@dataclass
class Suggestion:
    title: str
    url: str


def autocomplete_help(raw_query: str, *, language: str, limit: int = 5) -> list[Suggestion]:
    """A few titles whose words start with what the visitor has typed so far."""
    query = normalise_query(raw_query)
    if not query or search_locale(language) is None:  # nothing written in this language yet
        return []
    backend = engine.engine_backend()
    if backend is not None:
        try:
            return _autocomplete_engine(backend, query, language, limit)
        except Exception:
            logger.exception("Search engine failed for autocomplete; answering from the database")
    return _autocomplete_database(query, language, limit)


def _autocomplete_engine(backend, query: str, language: str, limit: int) -> list[Suggestion]:
    locale = search_locale(language)
    language = analysis_language(language)
    body = {
        "size": limit,
        "query": {
            "bool": {
                "filter": visible_filters(locale),
                "must_not": restricted_filters(),
                "should": [
                    # Up to two words must all match; beyond that one may miss (a split suffix, a typo).
                    {
                        "match": {
                            f"title.{language}_prefix": {
                                "query": query,
                                "minimum_should_match": "2<75%",
                                "boost": 2,
                            }
                        }
                    },
                    {"match_phrase_prefix": {f"title.{language}": {"query": query, "boost": 2}}},
                    # Whole words typed with a typo ("retrun") still find their title.
                    {
                        "match": {
                            f"title.{language}": {
                                "query": query,
                                "fuzziness": "AUTO",
                                "prefix_length": 1,
                                "minimum_should_match": "2<75%",
                            }
                        }
                    },
                ],
                "minimum_should_match": 1,
            }
        },
        "_source": False,
        "stored_fields": ["pk"],
    }
    hits = engine.engine_search(backend, body)["hits"]["hits"]
    order = [int(hit["fields"]["pk"][0]) for hit in hits]
    cards = result_cards(order)
    return [Suggestion(card.title, card.url) for pk in order if (card := cards.get(pk)) and card.live]


def _autocomplete_database(query: str, language: str, limit: int) -> list[Suggestion]:
    from helpcenter.models import ArticlePage

    queryset = ArticlePage.objects.live().public().filter(locale=search_locale(language))
    backend = engine.database_backend()
    words = words_only(query)
    found = backend.autocomplete(words, queryset)[:limit] if words and backend is not None else []
    return [Suggestion(page.title, page.get_url()) for page in found]
