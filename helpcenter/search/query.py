"""The engine's query for a help search, and what its answer says about the question.

The query reads each language's own analysed sub-fields (see analysis.py)
and names its clauses, so the engine also reports which of the question's words
each hit covers: the same names judge coverage, confidence and whether a
correction may help. What runs the query is elsewhere (engine.py, services.py).
"""

import math
from collections import Counter

from wagtail.models import Locale, Page

from helpcenter import lookups

from .analysis import SHORT_TEXT_FIELD, SNIPPET_FIELDS, analysis_language
from .results import SearchResults
from .vocabulary import (
    LONG_QUESTION,
    Expansion,
    bare_forms,
    is_filler_typo,
    is_story_word,
    is_verb_form,
)

TOTAL_HITS_COUNTED = 500
HELP_CONTENT_TYPES = ["helpcenter.ArticlePage", "helpcenter.FAQPage"]
# One edit from three letters on, never two: two-edit automata took about a third of the
# engine's time per search, and the relevance samples have no typo that one edit misses.
FUZZINESS = "AUTO:3,100"
SYNONYM_BOOST = 0.8
# A misspelt word found in a page's short texts (copied into one field) weighs between a title and a summary.
SHORT_TEXT_WEIGHT = 4
# A question of this many content words describes a situation ("ordered a hoodie, tracking has said
# in transit for six days"): its answer shares many words with it, mostly in the body, while one of its
# words in a title ("Tracking your order") says little. Its title matches weigh half as much.
LONG_QUESTION_TITLE_WEIGHT = 3
# Below this strength (score per question word, relative to the rarest word's weight), a question
# with a word no result mentions is about a topic the help center lacks ("student discount code"),
# not a product it need not name ("vase came smashed"). Calibrated on eval/customers dev and dev2.
WEAK_MATCH = 2.55
# A long question's first results are reordered by how much of it they cover (page_hits); how many,
# and how much coverage weighs beside the engine's score (its share of the best score).
RERANK_WINDOW = 20
COVERAGE_WEIGHT = 0.5
# A word of this many letters may be two of a page's short-text words written as one.
JOINED_MIN_LENGTH = 5
# A Persian word found without its pronoun ending («پولم» as «پول») counts a little less than as written.
BARE_FORM_WEIGHT = 0.8
# A word customers taught an article (learning.py) scores this on it, whatever the article's length:
# about a telling word in its summary. Customers' votes are good evidence, but the article's own
# words should still decide between close answers.
LEARNED_WORD_SCORE = 8.0
# Field (column) name in the engine, and its weight.
WEIGHTED_FIELDS = [
    ("title", 6),
    ("helpcenter_articlepage__summary", 3),
    ("helpcenter_articlepage__tag_text", 2),
    # An editor's "other ways customers ask": customers' wording, nearly as telling as the title.
    ("helpcenter_articlepage__other_questions", 5),
    ("helpcenter_faqpage__intro", 2),
    ("helpcenter_articlepage__body", 1),
    ("helpcenter_faqpage__body", 1),
]


def _fields(language: str, long: bool = False) -> list[str]:
    """The weighted sub-fields of a language (for a long question, the title weighs less)."""
    return [
        f"{name}.{language}^{LONG_QUESTION_TITLE_WEIGHT if long and name == 'title' else weight}"
        for name, weight in WEIGHTED_FIELDS
    ]


def _word_clause(
    word: str, language: str, index: int, fields: list[str], long: bool = False, learned: list[int] = ()
) -> dict:
    """A content word in its best field, or misspelt in a page's short texts (title, summary, tags).

    Misspellings are forgiven on the short texts only, through the one field
    they are copied into: fuzzy matching is most of an engine's search time,
    the more so per field and over long bodies, and a misspelt word finds
    its page through the title or summary anyway. In a long question, with
    a word's first two letters right and a few spellings tried: forgiving
    each of its many words as freely would double its time. And in the pages
    customers taught the word to find (``learned``, learning.py).
    """
    exact = {
        "multi_match": {
            "query": word,
            "fields": fields,
            "tie_breaker": 0.3,
            "_name": _exact_clause_name(index),
        }
    }
    misspelt = {
        "match": {
            f"{SHORT_TEXT_FIELD}.{language}": {
                "query": word,
                "fuzziness": FUZZINESS,
                "prefix_length": 2 if long else 1,
                "max_expansions": 5 if long else 20,
                "boost": SHORT_TEXT_WEIGHT,
            }
        }
    }
    alternatives = [exact, misspelt]
    if len(word) >= JOINED_MIN_LENGTH:  # two words written as one («رمزعبور», "login")
        alternatives.append(
            {"match": {f"{SHORT_TEXT_FIELD}.{language}_joined": {"query": word, "boost": SHORT_TEXT_WEIGHT}}}
        )
    alternatives.extend(
        {"multi_match": {"query": bare, "fields": fields, "boost": BARE_FORM_WEIGHT}}
        for bare in bare_forms(word, language)
    )
    found = {"dis_max": {"queries": alternatives, "tie_breaker": 0.5}}
    if learned:  # the better of the two, not their sum: a page that has the word gains nothing
        pages = [str(page) for page in learned]
        taught = {"constant_score": {"filter": {"terms": {"pk": pages}}, "boost": LEARNED_WORD_SCORE}}
        found = {"dis_max": {"queries": [found, taught], "tie_breaker": 0}}
    found["dis_max"]["_name"] = _word_clause_name(index)
    return found


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


def _question_clauses(
    words: list[str],
    expansions: list[Expansion],
    language: str,
    fields: list[str],
    long: bool = False,
    learned: list[list[int]] | None = None,
) -> list[dict]:
    """The question scored word by word, and by each synonym group its words were recognised in.

    Each word counts once, in its best field and misspellings forgiven; each
    group once, however many of the question's words it stands for. The
    clauses are named, so the engine also reports which words a hit covers:
    scoring and coverage share them, and each word's typo expansion, the
    costly part, runs once rather than in a query for the whole question and
    again in a weightless probe per word (the relevance samples also ranked
    better for it).
    """
    learned = learned or [[] for _ in words]
    clauses = [
        _word_clause(word, language, index, fields, long, learned[index]) for index, word in enumerate(words)
    ]
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


def coverages(hits: list[dict], words: list[str], owners: list[list[int]]) -> list[float]:
    """Each hit's share of the question's content words: matched as written, misspelt, or by a synonym."""
    return [len(_covered(hit, words, owners)) / len(words) if words else 0.0 for hit in hits]


def engine_body(
    results: SearchResults,
    locale: Locale,
    category: Page | None,
    words: list[str],
    expansions: list[Expansion],
    learned: list[list[int]] | None = None,
    source: tuple[str, ...] = (),
) -> dict:
    """The engine's query; ``learned``: for each word, the pages customers taught it to find;
    ``source``: document fields to return besides the page id (semantic.VECTOR_FIELD)."""
    language = analysis_language(results.language)
    long = len(words) >= LONG_QUESTION
    fields = _fields(language, long)
    start, size = _window(results, words)
    filters = visible_filters(locale)
    if category is not None:
        filters.append({"prefix": {"path_filter": category.path}})
    return {
        "from": start,
        "size": size,
        # Counting every match would stop the engine skipping low-scoring documents;
        # past this many, the total reads "at least" (nobody pages that far).
        "track_total_hits": TOTAL_HITS_COUNTED,
        "query": {
            "bool": {
                "filter": filters,
                "must_not": restricted_filters(),
                "should": [
                    {"multi_match": {"query": results.query, "fields": fields, "type": "phrase", "boost": 2}},
                    *_question_clauses(words, expansions, language, fields, long, learned),
                ],
                "minimum_should_match": 1,
            }
        },
        "highlight": {
            **_highlight_query(words, expansions, language, long),
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
        "_source": ["pk", *source],
    }


def _highlight_query(words: list[str], expansions: list[Expansion], language: str, long: bool) -> dict:
    """What a snippet marks: the question's words (Persian ones without their endings too) and, but
    in a long question, the terms of the synonym groups recognised in it, on the snippet fields.

    Highlighting by the search's own query made the engine walk its typo automata, field
    alternatives and whole-question phrase again for every hit, 20 of them for a long question. A
    misspelling is forgiven only in the short texts, which no snippet is taken from; and a long
    question's own words mark its snippets, while its synonym groups' many terms cost as much again.
    On 10,000 articles, a long question's engine time: median 32-36 -> 26-28 ms, p95 49-58 -> 42-46.
    """
    fields = [f"{name}.{language}" for name in SNIPPET_FIELDS]
    terms = [*words, *(bare for word in words for bare in bare_forms(word, language))]
    should = [{"multi_match": {"query": " ".join(terms), "fields": fields}}] if terms else []
    if not long:
        should.extend(
            {"multi_match": {"query": term, "fields": fields, "type": "phrase"}}
            for expansion in expansions
            for term in expansion.terms
        )
    return {"highlight_query": {"bool": {"should": should}}} if should else {}


def _reranked(results: SearchResults, words: list[str]) -> bool:
    """Whether the results page lies in a long question's reranked window."""
    return len(words) >= LONG_QUESTION and (results.page - 1) * results.per_page < RERANK_WINDOW


def _window(results: SearchResults, words: list[str]) -> tuple[int, int]:
    """Where the engine's hits start, and how many: a long question's whole reranked window."""
    start = (results.page - 1) * results.per_page
    if _reranked(results, words):
        return 0, max(RERANK_WINDOW, start + results.per_page)
    return start, results.per_page


def page_hits(
    results: SearchResults, hits: list[dict], words: list[str], owners: list[list[int]]
) -> list[dict]:
    """The results page's hits; for a long question, the first RERANK_WINDOW ordered by score and by
    how much of the question each covers.

    A word that few of the window's pages contain tells them apart more than one that many do, so
    each covered word counts by how rare it is among them: the page that shares the question's
    telling words moves up past one that matched a single word in its title.
    """
    if not _reranked(results, words):
        return hits
    window = hits[:RERANK_WINDOW]
    covered = [_covered(hit, words, owners) for hit in window]
    pages_with = Counter(index for indexes in covered for index in indexes)
    total = sum(1 / count for count in pages_with.values())
    best = max((hit.get("_score") or 0 for hit in window), default=0) or 1

    def score(position: int) -> float:
        share = sum(1 / pages_with[index] for index in covered[position]) / total if total else 0
        return (window[position].get("_score") or 0) / best + COVERAGE_WEIGHT * share

    order = sorted(range(len(window)), key=score, reverse=True)
    start = (results.page - 1) * results.per_page
    return ([window[position] for position in order] + hits[RERANK_WINDOW:])[start : start + results.per_page]


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
    results: SearchResults,
    words: list[str],
    owners: list[list[int]],
    hits: list[dict],
    corrected: set[str] = frozenset(),
) -> None:
    """Low confidence when the best answer does not answer the question, judged on its words.

    A word counts as covered when a page matched it: as written, misspelt,
    without a Persian ending, or by a synonym. What is not judged: a word of
    a customer's story ("never", "know"), and, when none of the results
    contain it, a word one letter from a filler word ("wher") or a Persian
    spoken verb form («بخرم»); the noun beside them names the topic.

    The best page must cover half of the words judged. A question with a
    word none of the results mentions is low confidence too when the best
    page matches weakly: a topic the help center lacks ("student discount
    code") leaves only weak matches, a product no article needs to name
    ("vase came smashed") does not. A long question
    tells a story around its question (a product, a date, who it was for)
    that no article contains: the best page must cover two of its words.
    Calibrated on eval/customers dev and dev2.
    """
    if not hits:
        results.low_confidence = True
        return
    covered = [_covered(hit, words, owners) for hit in hits]
    mentioned = set().union(*covered)
    analysis = analysis_language(results.language)
    unknown = [word for index, word in enumerate(words) if index not in mentioned]
    unjudged = {
        word
        for word in unknown
        if word in corrected or is_filler_typo(word, analysis) or is_verb_form(word, analysis)
    }
    unjudged.update(word for word in words if is_story_word(word, analysis))
    results.unknown_words = [word for word in unknown if word not in unjudged]
    counted = [index for index, word in enumerate(words) if word not in unjudged]
    if not counted:
        return
    matched = [index for index in counted if index in covered[0]]
    results.coverage = len(matched) / len(counted)
    if len(counted) >= LONG_QUESTION:
        results.low_confidence = len(matched) < 2
        return
    # How strongly the best page matches, per word of the question, against the weight the rarest
    # word can have in an index this size: a topic the help center lacks leaves only weak matches.
    results.strength = (hits[0].get("_score") or 0) / len(counted) / math.log(1 + indexed_pages())
    # An unknown word is counted and covered by no page, so it alone makes coverage fall short of 1.
    results.low_confidence = results.coverage < 0.5 or (
        bool(results.unknown_words) and results.strength < WEAK_MATCH
    )


def indexed_pages() -> int:
    """How many pages the engine's index holds (all languages): what its word weights are relative to."""
    return lookups.remembered(("indexed pages",), lambda: Page.objects.count())


def unmatched_words(words: list[str], hits: list[dict]) -> list[str]:
    """The content words in none of the results as written: the only ones a correction may change.

    A word the results contain is in the index and spelt as pages spell it.
    The suggester, asked field by field, offers a neighbour for a word one
    field lacks ("can" -> "car", «بچه» -> «به»); and asking in every search
    cost the engine about a quarter of its time per search.
    """
    matched = set().union(*(hit.get("matched_queries", []) for hit in hits))
    return [word for index, word in enumerate(words) if _exact_clause_name(index) not in matched]
