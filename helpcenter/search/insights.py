"""What customers search for and do not find: the figures behind the editors' search report.

Every figure is an aggregate of helpcenter_search.SearchEvent over a period and a
language; nothing here identifies a visitor.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import timedelta

from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.utils import timezone

from .models import ExcludedQuery, SearchEvent
from .vocabulary import content_words, one_edit

ANSWERLESS = Q(result_count=0) | Q(low_confidence=True)


def counted_events() -> QuerySet:
    """Searches that count: no probes, bots or repeats, and no query an editor excluded."""
    excluded_by_editor = ExcludedQuery.objects.filter(query=OuterRef("query"), language=OuterRef("language"))
    return SearchEvent.objects.filter(excluded=SearchEvent.COUNTED).exclude(Exists(excluded_by_editor))


def events(days: int, language: str | None = None, channel: str | None = None) -> QuerySet:
    queryset = counted_events().filter(created_at__gte=timezone.now() - timedelta(days=days))
    if channel:
        queryset = queryset.filter(channel=channel)
    return queryset.filter(language=language) if language else queryset


def channel_figures(queryset: QuerySet) -> list[dict]:
    """Searches, opened results, helpful votes and contacts per channel (help site, storefront
    widget, API), every channel listed even without searches, so editors compare them side by side."""
    rows = {
        row["channel"]: row
        for row in queryset.values("channel").annotate(
            searches=Count("pk"),
            answerless=Count("pk", filter=ANSWERLESS),
            clicks=Count("pk", filter=Q(clicked_page__isnull=False)),
            helpful=Count("pk", filter=Q(rated_helpful=True)),
            contacted=Count("pk", filter=Q(contacted=True)),
        )
    }
    empty = {"searches": 0, "answerless": 0, "clicks": 0, "helpful": 0, "contacted": 0}
    return [
        {**empty, **rows.get(code, {}), "channel": code, "label": label}
        for code, label in SearchEvent.CHANNELS
    ]


def query_figures(queryset: QuerySet) -> QuerySet:
    """One row per (query, language): searches and what followed them."""
    return (
        queryset.values("query", "language")
        .annotate(
            searches=Count("pk"),
            answerless=Count("pk", filter=ANSWERLESS),
            clicks=Count("pk", filter=Q(clicked_page__isnull=False)),
            helpful=Count("pk", filter=Q(rated_helpful=True)),
            unhelpful=Count("pk", filter=Q(rated_helpful=False)),
            contacted=Count("pk", filter=Q(contacted=True)),
        )
        .order_by("-searches", "query")
    )


def top_queries(queryset: QuerySet) -> QuerySet:
    return query_figures(queryset)


def answerless_queries(queryset: QuerySet) -> QuerySet:
    """Searches with no results, or whose best result did not cover the question."""
    return query_figures(queryset.filter(ANSWERLESS))


def unclicked_queries(queryset: QuerySet, min_searches: int = 2) -> QuerySet:
    """Queries that had results, were asked repeatedly, and nobody opened a result."""
    return query_figures(queryset.filter(result_count__gt=0)).filter(clicks=0, searches__gte=min_searches)


@dataclass
class QueryGroup:
    language: str
    queries: Counter = field(default_factory=Counter)

    @property
    def label(self) -> str:
        return self.queries.most_common(1)[0][0]

    @property
    def searches(self) -> int:
        return sum(self.queries.values())

    def examples(self, limit: int = 6) -> list[tuple[str, int]]:
        return self.queries.most_common(limit)


def failing_groups(queryset: QuerySet, limit: int = 50, max_queries: int = 2000) -> list[QueryGroup]:
    """Failing queries (no answer, or results nobody opened) grouped by the words they share.

    "how long is a refund", "refund time" and "refnd how long" are one
    recurring question; the group, not each spelling, is what deserves an
    article. The most searched failing queries are considered first.
    """
    failing = ANSWERLESS | Q(clicked_page__isnull=True)
    rows = (
        queryset.filter(failing)
        .values("query", "language")
        .annotate(searches=Count("pk"))
        .order_by("-searches", "query")[:max_queries]
    )
    groups = group_similar([(row["query"], row["language"], row["searches"]) for row in rows])
    return groups[:limit]


def group_similar(rows: list[tuple[str, str, int]]) -> list[QueryGroup]:
    """Joins queries whose content words overlap by at least half (typos and inflections forgiven)."""
    keys = []
    canonical: dict[str, dict[str, str]] = defaultdict(dict)
    for query, language, _searches in rows:
        keys.append(frozenset(_canonical(word, canonical[language]) for word in _stems(query, language)))
    parent = list(range(len(rows)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_word: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, key in enumerate(keys):
        for word in key:
            by_word[(rows[index][1], word)].append(index)
    for members in by_word.values():
        first = members[0]
        for other in members[1:]:
            a, b = keys[first], keys[other]
            if len(a & b) * 2 >= min(len(a), len(b)) and len(a & b) * 3 >= max(len(a), len(b)):
                parent[find(other)] = find(first)
    grouped: dict[int, QueryGroup] = {}
    for index, (query, language, searches) in enumerate(rows):
        group = grouped.setdefault(find(index), QueryGroup(language=language))
        group.queries[query] += searches
    return sorted(grouped.values(), key=lambda group: (-group.searches, group.label))


_EN_SUFFIXES = ("ing", "ed", "es", "s")
_FA_SUFFIXES = ("هایی", "های", "ها", "ام", "ای", "ی", "م", "ت", "ش")


def _stems(query: str, language: str) -> list[str]:
    suffixes = _FA_SUFFIXES if language == "fa" else _EN_SUFFIXES
    stems = []
    for word in content_words(query, language):
        for suffix in suffixes:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                word = word[: -len(suffix)]
                break
        stems.append(word)
    return stems


def _canonical(word: str, seen: dict[str, str]) -> str:
    """The first spelling met of a word one edit away (5+ letters), so "refnud" joins "refund"."""
    if word in seen:
        return seen[word]
    if len(word) >= 5:
        for known in seen.values():
            if len(known) >= 5 and one_edit(word, known):
                seen[word] = known
                return known
    seen[word] = word
    return word
