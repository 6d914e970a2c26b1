"""The figures behind the shop's insight report: satisfaction, recommendation, complaint reasons
and how fast staff answer, over a period and per week or month.

Every figure describes the responses *submitted* in the period (a cohort), so a week's CSAT and
that week's median time to first response are about the same customers. Counting and averaging
happen in SQL; only the ratios are divided in Python. Medians use PostgreSQL's
``percentile_cont``; other databases (SQLite, the embedded default) get the same interpolated
median computed in Python over the period's timestamps, which the period bounds.
"""

import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db import connections
from django.db.models import (
    Aggregate,
    Avg,
    Count,
    DateField,
    DurationField,
    ExpressionWrapper,
    F,
    Q,
    QuerySet,
)
from django.db.models.functions import TruncMonth, TruncWeek
from django.utils import timezone
from django.utils.translation import get_language

from helpcenter.languages import content_language_codes, default_language, resolve_language

from .models import Reason, Response

PERIODS = (30, 90, 365)
DEFAULT_PERIOD = 90
# Up to this many days a week is the unit; beyond it weeks get too many to read, so months.
WEEKLY_UP_TO_DAYS = 90

SATISFIED = Q(csat__gte=4)  # the standard CSAT: the share of 4 and 5 ratings
PROMOTERS = Q(nps__gte=9)
DETRACTORS = Q(nps__lte=6)

FIRST_RESPONSE = ExpressionWrapper(F("first_response_at") - F("submitted_at"), output_field=DurationField())
RESOLUTION = ExpressionWrapper(F("resolved_at") - F("submitted_at"), output_field=DurationField())


class Median(Aggregate):
    """PostgreSQL's ``percentile_cont(0.5)``: interpolates between the two middle values, exactly
    as ``statistics.median`` does, so both databases report the same figure. NULLs are skipped."""

    function = "percentile_cont"
    name = "Median"
    template = "%(function)s(0.5) WITHIN GROUP (ORDER BY %(expressions)s)"
    allow_distinct = False


@dataclass
class Figures:
    """One period's (or one bucket's) figures; ``start`` is None for the whole period."""

    start: date | None = None
    responses: int = 0
    rated: int = 0
    satisfied: int = 0
    csat_average: float | None = None
    nps_answers: int = 0
    promoters: int = 0
    detractors: int = 0
    first_response: timedelta | None = None
    resolution: timedelta | None = None
    reasons: dict[str, int] = field(default_factory=dict)

    @property
    def csat_percent(self) -> float | None:
        return _percent(self.satisfied, self.rated)

    @property
    def promoters_percent(self) -> float | None:
        return _percent(self.promoters, self.nps_answers)

    @property
    def detractors_percent(self) -> float | None:
        return _percent(self.detractors, self.nps_answers)

    @property
    def nps(self) -> float | None:
        """Net Promoter Score, −100 to 100: % promoters (9–10) minus % detractors (0–6)."""
        if not self.nps_answers:
            return None
        return 100 * (self.promoters - self.detractors) / self.nps_answers

    def reason_percent(self, key: str) -> float | None:
        """Responses that ticked the reason, out of all responses in the period."""
        return _percent(self.reasons.get(key, 0), self.responses)


@dataclass
class Insights:
    days: int
    language: str
    bucket: str  # "week" or "month"
    total: Figures
    periods: list[Figures]
    reasons: list[tuple[str, str]]  # (key, label), most ticked first


def _percent(part: int, whole: int) -> float | None:
    return 100 * part / whole if whole else None


def languages() -> list[str]:
    return content_language_codes()


def bucket_for(days: int) -> str:
    return "week" if days <= WEEKLY_UP_TO_DAYS else "month"


def responses(days: int, language: str = "", now=None) -> QuerySet:
    now = now or timezone.now()
    queryset = Response.objects.filter(submitted_at__gte=now - timedelta(days=days), submitted_at__lte=now)
    return queryset.filter(language=language) if language else queryset


def _trunc(bucket: str, field_name: str):
    function = TruncWeek if bucket == "week" else TruncMonth
    # In the current time zone, like bucket_starts below, so empty buckets line up with full ones.
    return function(field_name, output_field=DateField())


def bucket_starts(days: int, bucket: str, now=None) -> list[date]:
    """Every week (Monday) or month (1st) the period touches, so empty ones show as gaps."""
    now = now or timezone.now()
    first = timezone.localtime(now - timedelta(days=days)).date()
    last = timezone.localtime(now).date()
    starts = []
    if bucket == "week":
        current = first - timedelta(days=first.weekday())
        while current <= last:
            starts.append(current)
            current += timedelta(days=7)
    else:
        current = first.replace(day=1)
        while current <= last:
            starts.append(current)
            current = (current + timedelta(days=32)).replace(day=1)
    return starts


def _counts() -> dict:
    return {
        "responses": Count("pk"),
        "rated": Count("csat"),
        "satisfied": Count("pk", filter=SATISFIED),
        "csat_average": Avg("csat"),
        "nps_answers": Count("nps"),
        "promoters": Count("pk", filter=PROMOTERS),
        "detractors": Count("pk", filter=DETRACTORS),
    }


def _aggregates(queryset: QuerySet) -> dict:
    """The counts, and on PostgreSQL the medians too: one pass over the rows for all of them."""
    aggregates = _counts()
    if _has_percentile(queryset):
        aggregates.update(first_response=Median(FIRST_RESPONSE), resolution=Median(RESOLUTION))
    return aggregates


def _has_percentile(queryset: QuerySet) -> bool:
    return connections[queryset.db].vendor == "postgresql"


def python_medians(queryset: QuerySet, bucket: str | None) -> dict:
    """The same medians without percentile_cont: only the timestamps of the responses that were
    answered or resolved come back, for the period (at most a year) the report covers."""
    durations: dict = defaultdict(lambda: ([], []))
    rows = queryset.order_by().filter(Q(first_response_at__isnull=False) | Q(resolved_at__isnull=False))
    fields = ["submitted_at", "first_response_at", "resolved_at"]
    if bucket is not None:
        rows = rows.annotate(bucket=_trunc(bucket, "submitted_at"))
        fields.append("bucket")
    for row in rows.values(*fields):
        first, resolved = durations[row.get("bucket")]
        if row["first_response_at"] is not None:
            first.append(row["first_response_at"] - row["submitted_at"])
        if row["resolved_at"] is not None:
            resolved.append(row["resolved_at"] - row["submitted_at"])
    return {key: (_median(first), _median(resolved)) for key, (first, resolved) in durations.items()}


def _median(values: list[timedelta]) -> timedelta | None:
    return statistics.median(values) if values else None


def _reason_counts(queryset: QuerySet, bucket: str | None) -> dict:
    """{bucket start or None: {reason key: responses that ticked it}}: one join of the period's
    responses with their ticks, one row per key and bucket."""
    ticks = queryset.order_by().filter(reasons__isnull=False)
    values = ["reasons__key"]
    if bucket is not None:
        ticks = ticks.annotate(bucket=_trunc(bucket, "submitted_at"))
        values.insert(0, "bucket")
    # One tick per (response, key) is a database constraint, so counting rows counts responses.
    counts: dict = defaultdict(dict)
    for row in ticks.values(*values).annotate(count=Count("pk")):
        counts[row.get("bucket")][row["reasons__key"]] = row["count"]
    return counts


def reason_labels(keys: list[str]) -> dict[str, str]:
    """Each key's label in the admin's language, else in any language, else the key itself."""
    labels = {key: key for key in keys}
    language = resolve_language(get_language()) or default_language()
    found = Reason.objects.filter(key__in=keys).values_list("key", "label", "locale__language_code")
    for key, label, _code in sorted(found, key=lambda row: row[2] == language):
        labels[key] = label  # the admin's own language sorts last, so it wins
    return labels


def figures(queryset: QuerySet) -> Figures:
    total = Figures(**queryset.order_by().aggregate(**_aggregates(queryset)))
    if not _has_percentile(queryset):
        total.first_response, total.resolution = python_medians(queryset, None).get(None, (None, None))
    total.reasons = _reason_counts(queryset, None).get(None, {})
    return total


def timeline(queryset: QuerySet, days: int, bucket: str, now=None) -> list[Figures]:
    rows = (
        queryset.order_by()
        .annotate(bucket=_trunc(bucket, "submitted_at"))
        .values("bucket")
        .annotate(**_aggregates(queryset))
    )
    by_start = {row.pop("bucket"): Figures(**row) for row in rows}
    medians = {} if _has_percentile(queryset) else python_medians(queryset, bucket)
    reasons = _reason_counts(queryset, bucket)
    periods = []
    for start in bucket_starts(days, bucket, now):
        period = by_start.get(start) or Figures()
        period.start = start
        if start in medians:
            period.first_response, period.resolution = medians[start]
        period.reasons = reasons.get(start, {})
        periods.append(period)
    return periods


def insights(days: int = DEFAULT_PERIOD, language: str = "", now=None) -> Insights:
    """Everything the report shows, for the last ``days`` days and one language (or all)."""
    now = now or timezone.now()
    queryset = responses(days, language, now)
    bucket = bucket_for(days)
    total = figures(queryset)
    keys = sorted(total.reasons, key=lambda key: (-total.reasons[key], key))
    labels = reason_labels(keys)
    return Insights(
        days=days,
        language=language,
        bucket=bucket,
        total=total,
        periods=timeline(queryset, days, bucket, now),
        reasons=[(key, labels[key]) for key in keys],
    )
