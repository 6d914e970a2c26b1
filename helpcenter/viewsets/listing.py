"""The "Help articles" listing: every article with its category, stage, feedback and review date."""

from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, LocaleColumn, NumberColumn
from wagtail.admin.ui.tables.pages import BulkActionsColumn, PageStatusColumn, PageTitleColumn
from wagtail.admin.views.pages.listing import IndexView
from wagtail.admin.viewsets.pages import PageListingViewSet

from ..models import ArticlePage
from .filters import HelpArticleFilterSet
from .stats import (
    EDITOR_ACTIONS,
    HelpCenterMenuItem,
    attention_reasons,
    format_share,
    is_unhelpful,
    trend_figures,
    with_category_title,
    with_feedback_stats,
)

# --- Columns ------------------------------------------------------------------------------


class HelpfulShareColumn(Column):
    """The helpful share as a percentage, tagged when the article counts as unhelpful."""

    cell_template_name = "helpcenter/admin/cells/helpful_share.html"

    def __init__(self, name="helpful_share", **kwargs):
        kwargs.setdefault("label", _("Helpful"))
        kwargs.setdefault("sort_key", "helpful_share")
        super().__init__(name, accessor=lambda article: format_share(article.helpful_share), **kwargs)

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["unhelpful"] = is_unhelpful(instance.votes, instance.helpful_votes)
        return context


class LastReviewedColumn(Column):
    """The review date, tagged when the article is due for review."""

    cell_template_name = "helpcenter/admin/cells/last_reviewed.html"

    def __init__(self, name="last_reviewed", **kwargs):
        kwargs.setdefault("label", _("Last reviewed"))
        kwargs.setdefault("sort_key", "last_reviewed")
        super().__init__(name, **kwargs)

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["due"] = instance.needs_review()
        return context


class TrendColumn(Column):
    cell_template_name = "helpcenter/admin/cells/trend.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context.update(trend_figures(instance.recent_votes, instance.previous_votes))
        return context


class AttentionReasonsColumn(Column):
    cell_template_name = "helpcenter/admin/cells/attention_reasons.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["reasons"] = attention_reasons(instance)
        context["unhelpful"] = is_unhelpful(instance.votes, instance.helpful_votes)
        context["feedback_url"] = reverse("helpcenter_reports:feedback_detail", args=[instance.pk])
        return context


def _category_column():
    return Column("category_title", label=_("Category"), sort_key="category_title")


def _owner_name(article) -> str:
    owner = article.content_owner
    if owner is None:
        return ""
    return owner.get_full_name().strip() or owner.get_username()


# --- The "Help articles" listing ----------------------------------------------------------


class HelpArticleIndexView(IndexView):
    any_permission_required = set(EDITOR_ACTIONS)
    # The locale has its own column.
    show_locale_labels = False

    def annotate_queryset(self, pages):
        return super().annotate_queryset(with_category_title(with_feedback_stats(pages)))


class HelpArticleListingViewSet(PageListingViewSet):
    model = ArticlePage
    name = "help_articles"
    url_prefix = "help-articles"
    icon = "help"
    menu_label = _("Help articles")
    menu_name = "help-articles"
    add_to_admin_menu = True
    menu_order = 150
    index_view_class = HelpArticleIndexView
    ordering = "title"
    filterset_class = HelpArticleFilterSet
    columns = [
        BulkActionsColumn("bulk_actions"),
        PageTitleColumn("title", label=_("Title"), sort_key="title", classname="title"),
        _category_column(),
        LocaleColumn(),
        Column("stage", label=_("Stage"), accessor="get_stage_display", sort_key="stage"),
        HelpfulShareColumn(),
        NumberColumn("votes", label=_("Votes"), sort_key="votes"),
        LastReviewedColumn(),
        PageStatusColumn("status", label=_("Status"), sort_key="live"),
    ]

    @cached_property
    def menu_item_class(self):
        return HelpCenterMenuItem
