"""The engine's query for a help search, and what its answer says about the question.

The query reads each language's own analysed sub-fields (see analysis.py)
and names its clauses, so the engine also reports which of the question's words
each hit covers: the same names judge coverage, confidence and whether a
correction may help. What runs the query is elsewhere (engine.py, services.py).
"""

from wagtail.models import Locale, Page

from helpcenter import lookups

from .analysis import SHORT_TEXT_FIELD, SNIPPET_FIELDS, analysis_language
from .results import SearchResults
from .vocabulary import Expansion, is_filler_typo

TOTAL_HITS_COUNTED = 500
HELP_CONTENT_TYPES = ["helpcenter.ArticlePage", "helpcenter.FAQPage"]
# One edit from three letters on, never two: two-edit automata took about a third of the
# engine's time per search, and the relevance samples have no typo that one edit misses.
FUZZINESS = "AUTO:3,100"
SYNONYM_BOOST = 0.8
# A misspelt word found in a page's short texts (copied into one field) weighs between a title and a summary.
SHORT_TEXT_WEIGHT = 4
# Field (column) name in the engine, and its weight.
WEIGHTED_FIELDS = [
    ("title", 6),
    ("helpcenter_articlepage__summary", 3),
    ("helpcenter_articlepage__tag_text", 2),
    ("helpcenter_faqpage__intro", 2),
    ("helpcenter_articlepage__body", 1),
    ("helpcenter_faqpage__body", 1),
]


def _fields(language: str) -> list[str]:
    """The weighted sub-fields of a language."""
    return [f"{name}.{language}^{weight}" for name, weight in WEIGHTED_FIELDS]


def _word_clause(word: str, language: str, index: int) -> dict:
    """A content word in its best field, or misspelt in a page's short texts (title, summary, tags).

    Misspellings are forgiven on the short texts only, through the one field
    they are copied into: fuzzy matching is most of an engine's search time,
    the more so per field and over long bodies, and a misspelt word finds
    its page through the title or summary anyway.
    """
    exact = {
        "multi_match": {
            "query": word,
            "fields": _fields(language),
            "tie_breaker": 0.3,
            "_name": _exact_clause_name(index),
        }
    }
    misspelt = {
        "match": {
            f"{SHORT_TEXT_FIELD}.{language}": {
                "query": word,
                "fuzziness": FUZZINESS,
                "prefix_length": 1,
                "max_expansions": 20,
                "boost": SHORT_TEXT_WEIGHT,
            }
        }
    }
    return {"dis_max": {"queries": [exact, misspelt], "tie_breaker": 0.5, "_name": _word_clause_name(index)}}


def _word_clause_name(index: int) -> str:
    """The name under which the engine reports that a hit matched the query's index-th content word."""
    return f"word:{index}"


def _exact_clause_name(index: int) -> str:
    """The name under which the engine reports that a hit contains the index-th content word as written."""
    return f"exact:{index}"


def _synonym_clause_name(index: int) -> str:
    """The name under which the engine reports that a hit matched the index-th recognised synonym group."""
    return f"synonym:{index}"


def synonym_owners(words: list[str], expansions: list[Expansion]) -> list[list[int]]:
    """For each recognised synonym group, the content words (by index) it stands for."""
    return [
        [index for index, word in enumerate(words) if word in expansion.words] for expansion in expansions
    ]


def _question_clauses(words: list[str], expansions: list[Expansion], language: str) -> list[dict]:
    """The question scored word by word, and by each synonym group its words were recognised in.

    Each word counts once, in its best field and misspellings forgiven; each
    group once, however many of the question's words it stands for. The
    clauses are named, so the engine also reports which words a hit covers:
    scoring and coverage share them, and each word's typo expansion, the
    costly part, runs once rather than in a query for the whole question and
    again in a weightless probe per word (the relevance samples also ranked
    better for it).
    """
    fields = _fields(language)
    clauses = [_word_clause(word, language, index) for index, word in enumerate(words)]
    for index, expansion in enumerate(expansions):
        phrases = [
            {"multi_match": {"query": term, "fields": fields, "type": "phrase"}} for term in expansion.terms
        ]
        clauses.append(
            {"bool": {"should": phrases, "boost": SYNONYM_BOOST, "_name": _synonym_clause_name(index)}}
        )
    return clauses


def _covered(hit: dict, words: list[str], owners: list[list[int]]) -> set[int]:
    """The content words (by index) a hit matched: the word itself, misspelt, or a synonym group for it."""
    matched = set(hit.get("matched_queries", []))
    covered = {index for index in range(len(words)) if _word_clause_name(index) in matched}
    for index, indexes in enumerate(owners):
        if _synonym_clause_name(index) in matched:
            covered.update(indexes)
    return covered


def engine_body(
    results: SearchResults,
    locale: Locale,
    category: Page | None,
    words: list[str],
    expansions: list[Expansion],
) -> dict:
    language = analysis_language(results.language)
    fields = _fields(language)
    filters = visible_filters(locale)
    if category is not None:
        filters.append({"prefix": {"path_filter": category.path}})
    return {
        "from": (results.page - 1) * results.per_page,
        "size": results.per_page,
        # Counting every match would stop the engine skipping low-scoring documents;
        # past this many, the total reads "at least" (nobody pages that far).
        "track_total_hits": TOTAL_HITS_COUNTED,
        "query": {
            "bool": {
                "filter": filters,
                "must_not": restricted_filters(),
                "should": [
                    {"multi_match": {"query": results.query, "fields": fields, "type": "phrase", "boost": 2}},
                    *_question_clauses(words, expansions, language),
                ],
                "minimum_should_match": 1,
            }
        },
        "highlight": {
            "encoder": "html",
            "pre_tags": ["<mark>"],
            "post_tags": ["</mark>"],
            "fields": {
                f"{name}.{language}": {"fragment_size": 160, "number_of_fragments": 1}
                for name in SNIPPET_FIELDS
            },
        },
        # Some _source, not none: without it the highlighter reads each document's source
        # again per field, which cost more than the rest of the search.
        "_source": ["pk"],
    }


def visible_filters(locale: Locale) -> list[dict]:
    return [
        {"terms": {"_django_content_type": HELP_CONTENT_TYPES}},
        {"term": {"live_filter": True}},
        {"term": {"locale_id_filter": locale.pk}},
    ]


def restricted_filters() -> list[dict]:
    """Pages under a view restriction (login, password, groups), which the index does not record:
    searches are anonymous, so these pages and their descendants are never found or suggested.
    A site has few restrictions; their tree paths are remembered like the other lookups."""
    from helpcenter.models.pages import restricted_paths

    paths = lookups.remembered(("restricted",), restricted_paths)
    return [{"prefix": {"path_filter": path}} for path in paths]


def judge_confidence(
    results: SearchResults, words: list[str], owners: list[list[int]], hits: list[dict]
) -> None:
    """Low confidence when the best answer leaves much of the question uncovered.

    Coverage is the share of the question's content words (misspelt or by a
    synonym, filler words aside) that the best page contains. Below half, the
    page answers something else. A short question (up to three content
    words) with a word none of the results mentions ("student discount code")
    asks about a topic the help center lacks, unless the best page covers
    everything. An unknown word one letter from a filler word ("wher") is a
    typo of that filler and does not count.
    """
    if not hits:
        results.low_confidence = True
        return
    # A word none of the best results mention (not even misspelt or by a synonym) is a topic we lack.
    mentioned = set().union(*(_covered(hit, words, owners) for hit in hits))
    unknown = [word for index, word in enumerate(words) if index not in mentioned]
    analysis = analysis_language(results.language)
    typos = {word for word in unknown if is_filler_typo(word, analysis)}
    results.unknown_words = [word for word in unknown if word not in typos]
    counted = [index for index, word in enumerate(words) if word not in typos]
    if not counted:
        return
    matched = _covered(hits[0], words, owners)
    results.coverage = sum(index in matched for index in counted) / len(counted)
    short_with_unknown = len(counted) <= 3 and bool(results.unknown_words) and results.coverage < 1
    results.low_confidence = results.coverage < 0.5 or short_with_unknown


def has_unmatched_word(words: list[str], hits: list[dict]) -> bool:
    """Whether a content word is in none of the results as written: only then may a correction help.

    A word the results contain is in the index, and the suggester corrects
    only words missing from it; asking in every search cost the engine
    about a quarter of its time per search.
    """
    matched = set().union(*(hit.get("matched_queries", []) for hit in hits))
    return not words or any(_exact_clause_name(index) not in matched for index in range(len(words)))
