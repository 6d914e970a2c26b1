"""A correction for a misspelt question ("did you mean"), offered only where a visitor could find it.

The engine's term suggester reads every indexed word, drafts and private
pages included, so each correction is checked against what the visitor may
see; both requests share the search's deadline and fail quietly.
"""

import logging
import time
from collections.abc import Collection

from wagtail.models import Locale

from . import engine, semantic
from .query import restricted_filters, unmatched_words, visible_filters
from .vocabulary import fold, is_other_form, is_verb_form

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


def correctable_words(words: list[str], hits: list[dict], language: str) -> list[str]:
    """The question's words a correction may change: content words no result has as written, but
    not a word the language's encoder knows whole ("pair", "van", «بلد») nor a Persian verb form
    («میرسه»). The suggester knows only the help center's words and offers the nearest of them for
    any other, so a real word the help center lacks came back misspelt ("pair" -> "paid",
    «میرسه» -> «مدرسه»). No word to correct: no request for a correction."""
    return [
        word
        for word in unmatched_words(words, hits)
        if not is_verb_form(word, language) and not semantic.knows_word(word, language)
    ]


def suggestion_for(query: str, suggest: dict, misspelt: Collection[str], language: str) -> str | None:
    """The query with the suggester's corrections of the ``misspelt`` words (correctable_words),
    each unless it is only another form of the word."""
    replacements, settled = {}, set()
    for entries in suggest.values():  # the fields in order: a word's first correction decides
        for entry in entries:
            word = fold(entry["text"])
            if not entry["options"] or word not in misspelt or word in settled:
                continue
            settled.add(word)
            correction = entry["options"][0]["text"]
            if not is_other_form(word, fold(correction), language):
                replacements[entry["text"]] = correction
    if not replacements:
        return None
    words = [replacements.get(word.lower(), word) for word in query.split()]
    suggestion = " ".join(words)
    return suggestion if suggestion.lower() != query.lower() else None
