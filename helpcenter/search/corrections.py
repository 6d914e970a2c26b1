"""A correction for a misspelt question ("did you mean"), offered only where a visitor could find it.

The engine's term suggester reads every indexed word, drafts and private
pages included, so each correction is checked against what the visitor may
see; both requests share the search's deadline and fail quietly.
"""

import logging
import time

from wagtail.models import Locale

from . import engine
from .query import restricted_filters, visible_filters

# One logger for the help search's failures, whichever of its modules notes them.
logger = logging.getLogger("helpcenter.search.services")

SUGGEST_OPTIONS = {"suggest_mode": "missing", "min_word_length": 3, "max_edits": 1}
SUGGEST_FIELDS = ["title", "helpcenter_articlepage__body"]  # their unstemmed ".plain" subfields


def engine_suggest(backend, query: str, deadline: float) -> dict:
    """Corrections one edit away, as the search itself forgives; none if the engine fails to say
    before ``deadline`` (a ``time.monotonic()`` value)."""
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        return {}
    body = {
        "size": 0,
        "track_total_hits": False,
        "query": {"match_none": {}},
        "suggest": {
            "text": query,
            **{
                f"did_you_mean_{number}": {"term": {"field": f"{name}.plain", **SUGGEST_OPTIONS}}
                for number, name in enumerate(SUGGEST_FIELDS)
            },
        },
    }
    try:
        return engine.engine_search(backend, body, timeout=remaining).get("suggest", {})
    except Exception:  # the results stand without a correction
        logger.warning("Search engine failed to suggest a correction", exc_info=True)
        return {}


def shown_anywhere(backend, locale: Locale, suggestion: str, query: str, deadline: float) -> bool:
    """Whether a page the visitor may see, in their language, has the correction's new words.

    The engine's term suggester reads the whole index: drafts, pages behind a
    view restriction and other languages too. A correction from those would
    find nothing and could give away a word of an unpublished page.
    """
    remaining = deadline - time.monotonic()
    new_words = set(suggestion.lower().split()) - set(query.lower().split())
    if remaining <= 0 or not new_words:
        return False
    fields = [f"{name}.plain" for name in SUGGEST_FIELDS]
    body = {
        "size": 0,
        "terminate_after": 1,
        "query": {
            "bool": {
                "filter": [
                    *visible_filters(locale),
                    *({"multi_match": {"query": word, "fields": fields}} for word in sorted(new_words)),
                ],
                "must_not": restricted_filters(),
            }
        },
    }
    try:
        return engine.engine_search(backend, body, timeout=remaining)["hits"]["total"]["value"] > 0
    except Exception:
        logger.warning("Search engine failed to check a correction", exc_info=True)
        return False


def suggestion_for(query: str, suggest: dict) -> str | None:
    replacements = {}
    for entries in suggest.values():
        for entry in entries:
            if entry["options"] and entry["text"] not in replacements:
                replacements[entry["text"]] = entry["options"][0]["text"]
    if not replacements:
        return None
    words = [replacements.get(word.lower(), word) for word in query.split()]
    suggestion = " ".join(words)
    return suggestion if suggestion.lower() != query.lower() else None
