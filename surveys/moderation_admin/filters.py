"""The queue's filters and search. Each filter is a single-table condition or an EXISTS
subquery (never a join), so filtering a million responses needs no DISTINCT; unknown values are
ignored rather than failing the page."""

import json

from django.contrib.admin import SimpleListFilter
from django.db import connection
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail_modeladmin.helpers.search import DjangoORMSearchHandler

from helpcenter.languages import default_language, language_choices, resolve_language

from ..models import Invitation, ModerationSettings, Reason, ResponseAnswer, ResponseReason
from ..models import Response as SurveyResponse


class ChoiceFilter(SimpleListFilter):
    def selected(self) -> str | None:
        value = self.value()
        return value if value in {str(key) for key, _label in self.lookup_choices} else None


class StateFilter(ChoiceFilter):
    title = _("state")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [("open", _("Open (new or in review)")), *SurveyResponse.STATES]

    def queryset(self, request, queryset):
        value = self.selected()
        if value == "open":
            return queryset.filter(state__in=SurveyResponse.OPEN_STATES)
        return queryset.filter(state=value) if value else queryset


class NegativeFilter(ChoiceFilter):
    title = _("negative")
    parameter_name = "negative"

    def lookups(self, request, model_admin):
        return [("1", _("Negative only"))]

    def queryset(self, request, queryset):
        return queryset.filter(is_negative=True) if self.selected() else queryset


class OverdueFilter(ChoiceFilter):
    title = _("response-time target")
    parameter_name = "overdue"

    def lookups(self, request, model_admin):
        return [("1", _("Overdue"))]

    def queryset(self, request, queryset):
        if not self.selected():
            return queryset
        return queryset.filter(ModerationSettings.load(request_or_site=request).overdue_q(timezone.now()))


class AssignedFilter(ChoiceFilter):
    title = _("assigned to")
    parameter_name = "assigned"

    def lookups(self, request, model_admin):
        return [("me", _("Me")), ("none", _("Nobody")), ("anyone", _("Anyone"))]

    def queryset(self, request, queryset):
        value = self.selected()
        if value == "me":
            return queryset.filter(assigned_to=request.user)
        if value == "none":
            return queryset.filter(assigned_to__isnull=True)
        if value == "anyone":
            return queryset.filter(assigned_to__isnull=False)
        return queryset


class SeverityFilter(ChoiceFilter):
    title = _("severity")
    parameter_name = "severity"

    def lookups(self, request, model_admin):
        return [(str(value), label) for value, label in SurveyResponse.SEVERITIES]

    def queryset(self, request, queryset):
        value = self.selected()
        return queryset.filter(severity=int(value)) if value else queryset


class RatingFilter(ChoiceFilter):
    title = _("rating")
    parameter_name = "rating"

    def lookups(self, request, model_admin):
        return [
            (str(stars), ngettext("%(stars)d star", "%(stars)d stars", stars) % {"stars": stars})
            for stars in range(1, 6)
        ]

    def queryset(self, request, queryset):
        value = self.selected()
        return queryset.filter(csat=int(value)) if value else queryset


class ReasonFilter(ChoiceFilter):
    """By the reason's key, the same in every language; labelled in the admin's language."""

    title = _("reason")
    parameter_name = "reason"

    def lookups(self, request, model_admin):
        language = resolve_language(get_language()) or default_language()
        labels: dict[str, str] = {}
        rows = Reason.objects.order_by("sort_order", "key").values_list(
            "key", "label", "locale__language_code"
        )
        for key, label, code in rows:
            if key not in labels or code == language:
                labels[key] = label
        return list(labels.items())

    def queryset(self, request, queryset):
        value = self.selected()
        if not value:
            return queryset
        return queryset.filter(Exists(ResponseReason.objects.filter(response=OuterRef("pk"), key=value)))


class LanguageFilter(ChoiceFilter):
    title = _("language")
    parameter_name = "language"

    def lookups(self, request, model_admin):
        return language_choices()

    def queryset(self, request, queryset):
        value = self.selected()
        return queryset.filter(language=value) if value else queryset


class FollowUpFilter(ChoiceFilter):
    title = _("follow-up")
    parameter_name = "follow_up"

    def lookups(self, request, model_admin):
        return [(key, label) for key, label in SurveyResponse.FOLLOW_UPS if key]

    def queryset(self, request, queryset):
        value = self.selected()
        return queryset.filter(follow_up=value) if value else queryset


QUEUE_FILTERS = (
    StateFilter,
    NegativeFilter,
    OverdueFilter,
    AssignedFilter,
    SeverityFilter,
    RatingFilter,
    ReasonFilter,
    LanguageFilter,
    FollowUpFilter,
)


# A word found in at most this many responses is looked up by id; a broader word filters the list
# instead, and the queue then counts its matches only this far ("more than 1,000").
SEARCH_ID_LIMIT = 1000


def _estimated_matches(word: str) -> int:
    """The planner's row estimate for the word in comments plus free-text answers (0 where the
    database gives none: SQLite's tables are the embedded demo's, small enough for either way)."""
    if connection.vendor != "postgresql":
        return 0
    estimate = 0
    for queryset in (
        SurveyResponse.objects.filter(comment__icontains=word),
        ResponseAnswer.objects.filter(is_free_text=True, value__icontains=word),
    ):
        plan = json.loads(queryset.order_by().explain(format="json"))
        estimate += plan[0]["Plan"]["Plan Rows"]
    return estimate


class QueueSearchHandler(DjangoORMSearchHandler):
    """Every word must appear in the comment or in a free-text answer, or be the order number.

    A rare word is the slow case for a filter: the list would read the whole table to fill a page
    and to count. So each word's matches are collected from the trigram indexes (one UNION ALL,
    stopped after ``SEARCH_ID_LIMIT``) and the list is filtered by those ids. A common word is the
    slow case for that (its trigram bitmaps are large) but fills a page from the first rows in
    queue order, so it stays a filter, and ``count_limit`` tells the view to count less far.
    Which case a word is comes from PostgreSQL's own estimate, a millisecond's planning."""

    count_limit: int | None = None

    def search_queryset(self, queryset, search_term, **kwargs):
        for word in search_term.split()[:10]:
            if _estimated_matches(word) <= SEARCH_ID_LIMIT:
                ids = self._matching_ids(word)
                if len(ids) <= SEARCH_ID_LIMIT:
                    queryset = queryset.filter(pk__in=ids)
                    continue
            self.count_limit = SEARCH_ID_LIMIT
            answers = ResponseAnswer.objects.filter(
                response=OuterRef("pk"), is_free_text=True, value__icontains=word
            )
            order = Invitation.objects.filter(storefront_order_id=word).values("pk")
            queryset = queryset.filter(
                Q(comment__icontains=word) | Exists(answers) | Q(invitation_id__in=order)
            )
        return queryset

    @staticmethod
    def _matching_ids(word: str) -> set[int]:
        matches = (
            SurveyResponse.objects.filter(comment__icontains=word)
            .order_by()
            .values_list("pk", flat=True)
            .union(
                ResponseAnswer.objects.filter(is_free_text=True, value__icontains=word)
                .order_by()
                .values_list("response_id", flat=True),
                SurveyResponse.objects.filter(invitation__storefront_order_id=word)
                .order_by()
                .values_list("pk", flat=True),
                all=True,
            )
        )
        # Duplicates (a word in the comment and in an answer) may push this past the limit with
        # fewer distinct matches; that only makes the word count as broad.
        return set(matches[: SEARCH_ID_LIMIT + 1])
