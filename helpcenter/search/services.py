"""Help search: one query for articles and FAQ pages, in the visitor's language.

On an Elasticsearch-API engine the query reads each language's own analysed
sub-fields (see search/analysis.py), tolerates typos, and returns highlighted
snippets and a "did you mean" suggestion. On the database backend, or when
the engine is down or slow, the same call answers from Wagtail's database
search instead, so a visitor always gets an answer.
"""

import logging
import re
import time
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import DEFAULT_DB_ALIAS
from django.utils.html import escape, strip_tags
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page, Site
from wagtail.search.backends import get_search_backend

from helpcenter import lookups
from helpcenter.conf import helpcenter_settings

from .analysis import SHORT_TEXT_FIELD, SNIPPET_FIELDS, analysis_language
from .indexing import after_engine_answered
from .vocabulary import WORD, Expansion, fold, is_filler_typo, searchable_words

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
TOTAL_HITS_COUNTED = 500
HELP_CONTENT_TYPES = ["helpcenter.ArticlePage", "helpcenter.FAQPage"]
# What a result shows, per help page type: the rest of a page (its body above all) stays in the database.
RESULT_FIELDS = ["id", "title", "url_path", "path", "depth", "content_type_id", "locale_id", "live"]
RESULT_EXTRA_FIELDS = {
    "helpcenter.ArticlePage": ["articlepage__summary", "articlepage__external_id"],
    "helpcenter.FAQPage": ["faqpage__intro"],
}
# One edit from three letters on, never two: two-edit automata took about a third of the
# engine's time per search, and the relevance samples have no typo that one edit misses.
FUZZINESS = "AUTO:3,100"
SYNONYM_BOOST = 0.8
# A misspelt word found in a page's short texts (copied into one field) weighs between a title and a summary.
SHORT_TEXT_WEIGHT = 4
SUGGEST_OPTIONS = {"suggest_mode": "missing", "min_word_length": 3, "max_edits": 1}
SUGGEST_FIELDS = ["title", "helpcenter_articlepage__body"]  # their unstemmed ".plain" subfields
# Field (column) name in the engine, and its weight.
WEIGHTED_FIELDS = [
    ("title", 6),
    ("helpcenter_articlepage__summary", 3),
    ("helpcenter_articlepage__tag_text", 2),
    ("helpcenter_faqpage__intro", 2),
    ("helpcenter_articlepage__body", 1),
    ("helpcenter_faqpage__body", 1),
]
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


class InvalidQuery(ValueError):
    """A query we refuse to run; the message is safe to show."""


@dataclass(frozen=True)
class ResultCard:
    """What a result shows of a help page, whatever the query: remembered per process (lookups.py)."""

    pk: int
    title: str
    url: str
    path: str
    kind: str
    plain_snippet: SafeString
    external_id: str | None
    # The index may not know yet (refresh interval, an engine outage being caught up); the card does.
    live: bool


@dataclass
class SearchHit:
    page_id: int | None  # None for an editor-promoted external link
    title: str
    url: str
    snippet: SafeString
    category: str
    kind: str
    external_id: str | None = None
    score: float | None = None
    rank: int = 0
    promoted: bool = False
    path: str = ""  # the page's tree path, for its topic


@dataclass
class SearchResults:
    query: str
    language: str
    hits: list[SearchHit] = field(default_factory=list)
    total: int = 0
    page: int = 1
    per_page: int = 10
    suggestion: str | None = None
    low_confidence: bool = False
    backend: str = "database"
    degraded: bool = False
    # How much of the question the best answer covers (share of its content words), on the engine.
    coverage: float | None = None
    # Content words none of the returned results mention, not even misspelt or by a synonym.
    unknown_words: list[str] = field(default_factory=list)

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


def normalise_query(raw: str | None) -> str:
    """Trims, drops control characters, collapses spaces; refuses what no customer would type."""
    query = CONTROL_CHARACTERS.sub(" ", raw or "")
    query = " ".join(query.split())
    if len(query) > MAX_QUERY_LENGTH:
        raise InvalidQuery(
            _("Please shorten your question to %(limit)s characters or fewer.") % {"limit": MAX_QUERY_LENGTH}
        )
    return query


def words_only(query: str) -> str:
    """The query's words without punctuation: SQLite's full-text syntax chokes on a stray quote."""
    return " ".join(WORD.findall(query))


def database_backend():
    """Wagtail's database backend: the ``fallback`` kept beside an engine, or the default one."""
    return get_search_backend("fallback") if engine_backend() else get_search_backend()


def engine_backend():
    """The configured Elasticsearch-API backend, or None on the database backend."""
    backend = get_search_backend()
    return backend if hasattr(backend, "es") else None


def _engine_search(backend, body: dict, timeout: float | None = None) -> dict:
    """One search request with the visitor-facing time-out (SEARCH_TIMEOUT seconds unless given)."""
    index = backend.get_index_for_model(Page).name
    timeout = helpcenter_settings.SEARCH_TIMEOUT if timeout is None else timeout
    client = backend.es
    if hasattr(client, "options"):  # elasticsearch 8/9 clients
        return client.options(request_timeout=timeout).search(index=index, body=body)
    return client.search(index=index, body=body, request_timeout=timeout)


def search_help(
    raw_query: str, *, language: str, category: Page | None = None, page: int = 1, per_page: int = 10
) -> SearchResults:
    query = normalise_query(raw_query)
    results = SearchResults(query=query, language=language, page=max(1, page), per_page=per_page)
    if not query:
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
    answered = answered or _search_database(results, category)
    if answered.page == 1:
        _promote(answered, category)
    _add_topics(answered.hits)
    first = (answered.page - 1) * answered.per_page + 1
    for rank, hit in enumerate(answered.hits, start=first):
        hit.rank = rank
    return answered


def _add_topics(hits: list[SearchHit]) -> None:
    """Each hit's top-level topic: the shallowest CategoryPage above it."""
    step = Page.steplen
    titles = _topic_titles()
    for hit in hits:
        if hit.page_id is not None:
            ancestors = (hit.path[: step * depth] for depth in range(2, len(hit.path) // step))
            hit.category = next((titles[path] for path in ancestors if path in titles), "")


def _topic_titles() -> dict[str, str]:
    """Every published topic's title by its tree path: a few hundred at most, remembered for seconds
    (lookups.py). A live article under an unpublished topic takes the next published one above it."""
    from helpcenter.models import CategoryPage

    return lookups.remembered(
        ("topics",),
        lambda: dict(Page.objects.type(CategoryPage).live().order_by().values_list("path", "title")),
    )


def _promote(results: SearchResults, category: Page | None) -> None:
    """Editors' picks for this query (Wagtail's search promotions) go first, in the search's language.

    A promoted page in another language, unpublished, private or outside the
    category filter is left out; an external link is shown in any language.
    A query with a pick is answered, whatever the ranking thought.
    """
    from wagtail.contrib.search_promotions.models import SearchPromotion
    from wagtail.search.utils import normalise_query_string

    asked = {normalise_query_string(text.rstrip("?؟!. ")) for text in (results.query, fold(results.query))}
    # Most searches have no pick: which queries have one is remembered, and only a pick is loaded.
    picked = lookups.remembered(
        ("promoted",),
        lambda: frozenset(SearchPromotion.objects.values_list("query__query_string", flat=True)),
    )
    if not asked & picked:
        return
    promotions = list(
        SearchPromotion.objects.filter(query__query_string__in=asked).order_by("sort_order", "pk")
    )
    if not promotions:
        return
    pages = Page.objects.filter(pk__in=[p.page_id for p in promotions if p.page_id]).select_related("locale")
    pages = {page.pk: page for page in pages}
    picks: list[SearchHit] = []
    for promotion in promotions:
        description = escape(promotion.description)
        if promotion.page_id is None:
            title = promotion.external_link_text or promotion.external_link_url
            picks.append(
                SearchHit(None, title, promotion.external_link_url, description, "", "link", promoted=True)
            )
            continue
        page = pages.get(promotion.page_id)
        if page is None:
            continue
        visible = page.live and page.locale.language_code == results.language
        visible = visible and (category is None or page.is_descendant_of(category))
        if visible and not page.get_view_restrictions().exists():
            card = _card(page.specific)
            hit = _hit(card, description or card.plain_snippet, None)
            hit.promoted = True
            picks.append(hit)
    if not picks:
        return
    promoted_pages = {hit.page_id for hit in picks if hit.page_id is not None}
    results.hits = picks + [hit for hit in results.hits if hit.page_id not in promoted_pages]
    results.low_confidence = False


def _locale(language: str) -> Locale:
    return lookups.remembered(("locale", language), lambda: Locale.objects.get(language_code=language))


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


def _synonym_owners(words: list[str], expansions: list[Expansion]) -> list[list[int]]:
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


def _engine_body(
    results: SearchResults,
    locale: Locale,
    category: Page | None,
    words: list[str],
    expansions: list[Expansion],
) -> dict:
    language = analysis_language(results.language)
    fields = _fields(language)
    filters = _visible_filters(locale)
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
                "must_not": _restricted_filters(),
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


def _visible_filters(locale: Locale) -> list[dict]:
    return [
        {"terms": {"_django_content_type": HELP_CONTENT_TYPES}},
        {"term": {"live_filter": True}},
        {"term": {"locale_id_filter": locale.pk}},
    ]


def _restricted_filters() -> list[dict]:
    """Pages under a view restriction (login, password, groups), which the index does not record:
    searches are anonymous, so these pages and their descendants are never found or suggested.
    A site has few restrictions; their tree paths are remembered like the other lookups."""
    from helpcenter.models.pages import restricted_paths

    paths = lookups.remembered(("restricted",), restricted_paths)
    return [{"prefix": {"path_filter": path}} for path in paths]


def _search_engine(backend, results: SearchResults, category: Page | None) -> SearchResults:
    from .models import SynonymGroup

    locale = _locale(results.language)
    words = searchable_words(results.query, analysis_language(results.language))
    expansions = SynonymGroup.expand(results.query, results.language)
    # The visitor waits SEARCH_TIMEOUT at most for the engine, a correction asked for included.
    deadline = time.monotonic() + helpcenter_settings.SEARCH_TIMEOUT
    response = _engine_search(backend, _engine_body(results, locale, category, words, expansions))
    hits = response["hits"]["hits"]
    cards = _result_cards([int(hit["_source"]["pk"]) for hit in hits])
    for hit in hits:
        card = cards.get(int(hit["_source"]["pk"]))
        if card is None or not card.live:  # deleted or unpublished since it was indexed
            continue
        highlights = [fragment for fragments in hit.get("highlight", {}).values() for fragment in fragments]
        snippet = mark_safe(highlights[0]) if highlights else card.plain_snippet  # noqa: S308 - engine-escaped
        results.hits.append(_hit(card, snippet, hit.get("_score")))
    results.total = response["hits"]["total"]["value"]
    if _has_unmatched_word(words, hits):
        suggestion = _suggestion(results.query, _engine_suggest(backend, results.query, deadline))
        if suggestion and _shown_anywhere(backend, locale, suggestion, results.query, deadline):
            results.suggestion = suggestion
    results.backend = "engine"
    _judge_confidence(results, words, _synonym_owners(words, expansions), hits)
    return results


def _result_cards(pks: list[int]) -> dict[int, ResultCard]:
    """The hits' result cards: most from this process's memory, the rest loaded in one query.

    A card is the same whatever was asked, and building one (a page of its
    type, its URL through Wagtail's routing) cost more of a search's process
    time than the rest of Django together. Any page save, publication, move
    or deletion forgets them in its process at once; other processes within
    a few seconds (lookups.TTL_SECONDS), as with the topic titles.
    """
    remembered = lookups.remembered(("cards",), dict)
    missing = [pk for pk in pks if pk not in remembered]
    if missing:
        remembered.update({pk: _card(page) for pk, page in _result_pages(missing).items()})
    return {pk: remembered[pk] for pk in pks if pk in remembered}


def _result_pages(pks: list[int]) -> dict[int, Page]:
    """The hits' pages as their own types, with only the fields a result shows.

    One query over the page table joined to each help page type's short
    texts; the rows become pages of their types through ``from_db``, the rest
    of their fields (the StreamField body above all) left deferred. Loading
    each type through its own queryset cost two queries and twice the
    process time, the largest part of a search's time outside the engine.
    """
    if not pks:
        return {}
    columns = [*RESULT_FIELDS, *(column for columns in RESULT_EXTRA_FIELDS.values() for column in columns)]
    rows = Page.objects.filter(pk__in=pks).order_by().values_list(*columns)
    root_paths = Site.get_site_root_paths()
    pages = {}
    for row in rows:
        loaded = dict(zip(columns, row, strict=True))
        model = ContentType.objects.get_for_id(loaded["content_type_id"]).model_class()
        if model._meta.label not in RESULT_EXTRA_FIELDS:  # not a help page (the engine filters them out)
            continue
        # By attribute name: "articlepage__summary" is the page's "summary", "id" also its "page_ptr_id".
        loaded = {name.rpartition("__")[2]: value for name, value in loaded.items()} | {
            "page_ptr_id": loaded["id"]
        }
        fields = [field for field in model._meta.concrete_fields if field.attname in loaded]
        page = model.from_db(DEFAULT_DB_ALIAS, list(loaded), [loaded[field.attname] for field in fields])
        # Every result shares the site root paths, which get_url otherwise fetches from the cache per page.
        page._wagtail_cached_site_root_paths = root_paths
        pages[page.pk] = page
    return pages


def _judge_confidence(
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


def _has_unmatched_word(words: list[str], hits: list[dict]) -> bool:
    """Whether a content word is in none of the results as written: only then may a correction help.

    A word the results contain is in the index, and the suggester corrects
    only words missing from it; asking in every search cost the engine
    about a quarter of its time per search.
    """
    matched = set().union(*(hit.get("matched_queries", []) for hit in hits))
    return not words or any(_exact_clause_name(index) not in matched for index in range(len(words)))


def _engine_suggest(backend, query: str, deadline: float) -> dict:
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
        return _engine_search(backend, body, timeout=remaining).get("suggest", {})
    except Exception:  # the results stand without a correction
        logger.warning("Search engine failed to suggest a correction", exc_info=True)
        return {}


def _shown_anywhere(backend, locale: Locale, suggestion: str, query: str, deadline: float) -> bool:
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
                    *_visible_filters(locale),
                    *({"multi_match": {"query": word, "fields": fields}} for word in sorted(new_words)),
                ],
                "must_not": _restricted_filters(),
            }
        },
    }
    try:
        return _engine_search(backend, body, timeout=remaining)["hits"]["total"]["value"] > 0
    except Exception:
        logger.warning("Search engine failed to check a correction", exc_info=True)
        return False


def _suggestion(query: str, suggest: dict) -> str | None:
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


def _search_database(results: SearchResults, category: Page | None) -> SearchResults:
    from helpcenter.models import ArticlePage, FAQPage

    from .models import SynonymGroup

    synonyms = SynonymGroup.expansions(results.query, results.language)
    expanded = words_only(" ".join([results.query, *synonyms]))
    locale = _locale(results.language)
    backend = database_backend()
    found = []
    for model in (ArticlePage, FAQPage) if expanded else ():
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
            cards = map(_card, matches[low:high])
            results.hits.extend(_hit(card, card.plain_snippet, None) for card in cards)
        offset += count
    results.low_confidence = results.total == 0
    results.backend = "database"
    return results


def _plain_snippet(page: Page) -> SafeString:
    text = getattr(page, "summary", "") or getattr(page, "intro", "") or ""
    return escape(Truncator(strip_tags(text)).chars(200))


def _card(page: Page) -> ResultCard:
    return ResultCard(
        pk=page.pk,
        title=page.title,
        url=page.get_url(),
        path=page.path,
        kind="faq" if page.specific_class.__name__ == "FAQPage" else "article",
        plain_snippet=_plain_snippet(page),
        external_id=getattr(page, "external_id", None) or None,
        live=page.live,
    )


def _hit(card: ResultCard, snippet: SafeString, score: float | None) -> SearchHit:
    """A result; its topic is filled in for the whole page of results by _add_topics."""
    return SearchHit(
        page_id=card.pk,
        title=card.title,
        url=card.url,
        snippet=snippet,
        category="",
        kind=card.kind,
        external_id=card.external_id,
        score=score,
        path=card.path,
    )


@dataclass
class Suggestion:
    title: str
    url: str


def autocomplete_help(raw_query: str, *, language: str, limit: int = 5) -> list[Suggestion]:
    """A few titles whose words start with what the visitor has typed so far."""
    query = normalise_query(raw_query)
    if not query:
        return []
    backend = engine_backend()
    if backend is not None:
        try:
            return _autocomplete_engine(backend, query, language, limit)
        except Exception:
            logger.exception("Search engine failed for autocomplete; answering from the database")
    return _autocomplete_database(query, language, limit)


def _autocomplete_engine(backend, query: str, language: str, limit: int) -> list[Suggestion]:
    locale = _locale(language)
    language = analysis_language(language)
    body = {
        "size": limit,
        "query": {
            "bool": {
                "filter": _visible_filters(locale),
                "must_not": _restricted_filters(),
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
    hits = _engine_search(backend, body)["hits"]["hits"]
    order = [int(hit["fields"]["pk"][0]) for hit in hits]
    cards = _result_cards(order)
    return [Suggestion(card.title, card.url) for pk in order if (card := cards.get(pk)) and card.live]


def _autocomplete_database(query: str, language: str, limit: int) -> list[Suggestion]:
    from helpcenter.models import ArticlePage

    queryset = ArticlePage.objects.live().public().filter(locale=_locale(language))
    backend = database_backend()
    words = words_only(query)
    found = backend.autocomplete(words, queryset)[:limit] if words else []
    return [Suggestion(page.title, page.get_url()) for page in found]
