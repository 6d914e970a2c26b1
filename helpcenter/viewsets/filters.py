"""Filters for the help-article listing and reports; ``id__in`` subqueries so search still works."""

import django_filters
from django import forms
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.pages.listing import PageFilterSet

from ..conf import helpcenter_settings
from ..models import ArticlePage, PurchaseStage
from .stats import few_votes_ids, helpful_ids, review_due_ids, top_level_categories, unhelpful_ids, voted_ids

# --- Filters ------------------------------------------------------------------------------


class CategoryChoiceField(django_filters.fields.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.title} ({obj.locale.get_display_name()})"


class CategoryFilter(django_filters.ModelMultipleChoiceFilter):
    """Articles anywhere under the chosen top-level categories (sections included)."""

    field_class = CategoryChoiceField

    def get_filter_predicate(self, v):
        return {"path__startswith": v.path}


class StageFilter(django_filters.ChoiceFilter):
    NOT_SET = "none"

    def filter(self, qs, value):
        if value == self.NOT_SET:
            return qs.filter(stage="")
        if value:
            return qs.filter(stage=value)
        return qs


def _unhelpful_label():
    return _("Unhelpful (%(votes)s+ votes, under %(ratio)s helpful)") % {
        "votes": helpcenter_settings.UNHELPFUL_MIN_VOTES,
        "ratio": f"{helpcenter_settings.UNHELPFUL_RATIO:.0%}",
    }


def _helpful_label():
    return _("Helpful (%(votes)s+ votes, %(ratio)s or more helpful)") % {
        "votes": helpcenter_settings.UNHELPFUL_MIN_VOTES,
        "ratio": f"{helpcenter_settings.UNHELPFUL_RATIO:.0%}",
    }


def _review_due_label():
    return _("Not reviewed for %(days)s days, or never") % {"days": helpcenter_settings.REVIEW_AFTER_DAYS}


def _reviewed_label():
    return _("Reviewed in the last %(days)s days") % {"days": helpcenter_settings.REVIEW_AFTER_DAYS}


def _call(function):
    return function()


lazy_str = lazy(_call, str)


class HelpfulnessFilter(django_filters.ChoiceFilter):
    UNHELPFUL, HELPFUL, FEW, NONE = "unhelpful", "helpful", "few", "none"

    def __init__(self, *args, **kwargs):
        kwargs.setdefault(
            "choices",
            [
                (self.UNHELPFUL, lazy_str(_unhelpful_label)),
                (self.HELPFUL, lazy_str(_helpful_label)),
                (self.FEW, _("Too few votes to tell")),
                (self.NONE, _("No votes")),
            ],
        )
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if value == self.UNHELPFUL:
            return qs.filter(id__in=unhelpful_ids())
        if value == self.HELPFUL:
            return qs.filter(id__in=helpful_ids())
        if value == self.FEW:
            return qs.filter(id__in=few_votes_ids())
        if value == self.NONE:
            return qs.exclude(id__in=voted_ids())
        return qs


class ReviewFilter(django_filters.ChoiceFilter):
    DUE, DONE = "due", "done"

    def __init__(self, *args, **kwargs):
        kwargs.setdefault(
            "choices", [(self.DUE, lazy_str(_review_due_label)), (self.DONE, lazy_str(_reviewed_label))]
        )
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if value == self.DUE:
            return qs.filter(id__in=review_due_ids())
        if value == self.DONE:
            return qs.exclude(id__in=review_due_ids())
        return qs


def _category_filter():
    return CategoryFilter(
        label=_("Category"),
        queryset=lambda request: top_level_categories(),
        widget=forms.CheckboxSelectMultiple,
        distinct=False,
    )


def _stage_filter():
    return StageFilter(
        label=_("Purchase stage"),
        choices=[*PurchaseStage.choices, (StageFilter.NOT_SET, _("Not set"))],
        empty_label=_("Any"),
        widget=forms.RadioSelect,
    )


class HelpArticleFilterSet(PageFilterSet):
    """Wagtail's page filters, plus the help center's own. Locale is added by WagtailFilterSet."""

    category = _category_filter()
    stage = _stage_filter()
    helpfulness = HelpfulnessFilter(label=_("Helpfulness"), empty_label=_("Any"), widget=forms.RadioSelect)
    review = ReviewFilter(label=_("Review"), empty_label=_("Any"), widget=forms.RadioSelect)

    class Meta:
        model = ArticlePage
        fields = []


class ArticleReportFilterSet(WagtailFilterSet):
    category = _category_filter()
    stage = _stage_filter()

    class Meta:
        model = ArticlePage
        fields = []


class AttentionReasonFilter(django_filters.ChoiceFilter):
    UNHELPFUL, REVIEW = "unhelpful", "review"

    def filter(self, qs, value):
        if value == self.UNHELPFUL:
            return qs.filter(id__in=unhelpful_ids())
        if value == self.REVIEW:
            return qs.filter(id__in=review_due_ids())
        return qs


class NeedsAttentionFilterSet(ArticleReportFilterSet):
    reason = AttentionReasonFilter(
        label=_("Reason"),
        choices=[
            (AttentionReasonFilter.UNHELPFUL, _("Unhelpful")),
            (AttentionReasonFilter.REVIEW, _("Review due")),
        ],
        empty_label=_("Any"),
        widget=forms.RadioSelect,
    )

    class Meta:
        model = ArticlePage
        fields = []
