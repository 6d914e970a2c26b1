"""The "Article feedback" and "Needs attention" reports, and each article's feedback page."""

from collections import OrderedDict
from datetime import datetime, time, timedelta

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, F, Q
from django.db.models.functions import TruncWeek
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.ui.tables import Column, LocaleColumn, NumberColumn, TitleColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.coreutils import get_locales_display_names

from ..conf import helpcenter_settings
from ..models import ArticleFeedback, ArticlePage
from .filters import ArticleReportFilterSet, NeedsAttentionFilterSet
from .listing import (
    AttentionReasonsColumn,
    HelpArticleListingViewSet,
    HelpfulShareColumn,
    LastReviewedColumn,
    TrendColumn,
    _category_column,
    _owner_name,
)
from .stats import (
    ARTICLE_ACTIONS,
    COMMENTS_PER_PAGE,
    DETAIL_WEEKS,
    EDITOR_ACTIONS,
    TREND_DAYS,
    HelpCenterMenuItem,
    attention_reasons,
    can_review_help_articles,
    editable_articles,
    format_share,
    is_unhelpful,
    page_permission_policy,
    review_due_ids,
    trend_figures,
    unhelpful_ids,
    voted_ids,
    with_category_title,
    with_feedback_stats,
)

# --- Reports ------------------------------------------------------------------------------


class HelpReportView(ReportView):
    """A report over the help articles the user may edit; the permission policy is Wagtail's for pages."""

    model = ArticlePage
    any_permission_required = EDITOR_ACTIONS
    default_ordering = "title"

    def dispatch(self, request, *args, **kwargs):
        if not can_review_help_articles(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_base_queryset(self):
        return with_category_title(editable_articles(self.request.user).defer_streamfields())


class ArticleFeedbackReportView(HelpReportView):
    page_title = _("Article feedback")
    header_icon = "comment"
    results_template_name = "helpcenter/admin/feedback_report_results.html"
    index_url_name = "helpcenter_reports:feedback"
    index_results_url_name = "helpcenter_reports:feedback_results"
    filterset_class = ArticleReportFilterSet
    default_ordering = "-unhelpful_votes"
    export_filename = "article-feedback"
    columns = [
        TitleColumn(
            "title",
            label=_("Article"),
            sort_key="title",
            get_url=lambda article: reverse("helpcenter_reports:feedback_detail", args=[article.pk]),
        ),
        _category_column(),
        LocaleColumn(),
        NumberColumn("helpful_votes", label=_("Yes"), sort_key="helpful_votes"),
        NumberColumn("unhelpful_votes", label=_("No"), sort_key="unhelpful_votes"),
        HelpfulShareColumn(),
        NumberColumn("recent_votes", label=_("Last 30 days"), sort_key="recent_votes"),
        NumberColumn("previous_votes", label=_("30 days before"), sort_key="previous_votes"),
        TrendColumn("trend", label=_("Trend"), sort_key="trend"),
        NumberColumn("comment_count", label=_("Comments"), sort_key="comment_count"),
    ]
    list_export = [
        "title",
        "category",
        "locale",
        "yes",
        "no",
        "helpful_percent",
        "last_30_days",
        "previous_30_days",
        "trend",
        "comments",
        "url",
    ]
    export_headings = {
        "title": _("Article"),
        "category": _("Category"),
        "locale": _("Locale"),
        "yes": _("Yes"),
        "no": _("No"),
        "helpful_percent": _("Helpful %"),
        "last_30_days": _("Votes, last 30 days"),
        "previous_30_days": _("Votes, 30 days before"),
        "trend": _("Trend"),
        "comments": _("Comments"),
        "url": _("Feedback page"),
    }

    def get_base_queryset(self):
        # Only articles somebody has voted on; the "Help articles" listing shows the rest.
        articles = super().get_base_queryset().filter(id__in=voted_ids())
        return with_feedback_stats(articles, trend=True)

    def to_row_dict(self, item):
        share = item.helpful_share
        return OrderedDict(
            [
                ("title", item.title),
                ("category", item.category_title or ""),
                ("locale", get_locales_display_names().get(item.locale_id, "")),
                ("yes", item.helpful_votes),
                ("no", item.unhelpful_votes),
                ("helpful_percent", "" if share is None else round(share * 100, 1)),
                ("last_30_days", item.recent_votes),
                ("previous_30_days", item.previous_votes),
                ("trend", item.trend),
                ("comments", item.comment_count),
                (
                    "url",
                    self.request.build_absolute_uri(
                        reverse("helpcenter_reports:feedback_detail", args=[item.pk])
                    ),
                ),
            ]
        )


class NeedsAttentionReportView(HelpReportView):
    page_title = _("Needs attention")
    header_icon = "warning"
    results_template_name = "helpcenter/admin/needs_attention_results.html"
    index_url_name = "helpcenter_reports:attention"
    index_results_url_name = "helpcenter_reports:attention_results"
    filterset_class = NeedsAttentionFilterSet
    default_ordering = "last_reviewed"
    export_filename = "articles-needing-attention"
    columns = [
        TitleColumn(
            "title",
            label=_("Article"),
            sort_key="title",
            get_url=lambda article: reverse("wagtailadmin_pages:edit", args=[article.pk]),
        ),
        _category_column(),
        LocaleColumn(),
        AttentionReasonsColumn("reasons", label=_("Why")),
        HelpfulShareColumn(),
        NumberColumn("votes", label=_("Votes"), sort_key="votes"),
        LastReviewedColumn(),
        Column("content_owner", label=_("Content owner"), accessor=_owner_name),
    ]
    list_export = [
        "title",
        "category",
        "locale",
        "reasons",
        "helpful_percent",
        "votes",
        "last_reviewed",
        "owner",
    ]
    export_headings = {
        "title": _("Article"),
        "category": _("Category"),
        "locale": _("Locale"),
        "reasons": _("Why"),
        "helpful_percent": _("Helpful %"),
        "votes": _("Votes"),
        "last_reviewed": _("Last reviewed"),
        "owner": _("Content owner"),
    }

    @property
    def unhelpful_min_votes(self):
        return helpcenter_settings.UNHELPFUL_MIN_VOTES

    @property
    def unhelpful_ratio(self):
        return f"{helpcenter_settings.UNHELPFUL_RATIO:.0%}"

    @property
    def review_after_days(self):
        return helpcenter_settings.REVIEW_AFTER_DAYS

    def get_base_queryset(self):
        articles = (
            super()
            .get_base_queryset()
            .filter(Q(id__in=unhelpful_ids()) | Q(id__in=review_due_ids()))
            .select_related("content_owner")
        )
        return with_feedback_stats(articles)

    def order_queryset(self, queryset):
        # Never reviewed first when sorting by review date, on every database.
        if self.ordering == "last_reviewed":
            return queryset.order_by(F("last_reviewed").asc(nulls_first=True), "title")
        if self.ordering == "-last_reviewed":
            return queryset.order_by(F("last_reviewed").desc(nulls_last=True), "title")
        return super().order_queryset(queryset)

    def to_row_dict(self, item):
        share = item.helpful_share
        return OrderedDict(
            [
                ("title", item.title),
                ("category", item.category_title or ""),
                ("locale", get_locales_display_names().get(item.locale_id, "")),
                ("reasons", "; ".join(str(reason) for reason in attention_reasons(item))),
                ("helpful_percent", "" if share is None else round(share * 100, 1)),
                ("votes", item.votes),
                ("last_reviewed", item.last_reviewed),
                ("owner", _owner_name(item)),
            ]
        )


class ArticleFeedbackDetailView(WagtailAdminTemplateMixin, TemplateView):
    """One article's votes: totals, the last 12 weeks, and its comments, newest first."""

    template_name = "helpcenter/admin/feedback_detail.html"
    header_icon = "comment"

    def dispatch(self, request, *args, **kwargs):
        if not can_review_help_articles(request.user):
            raise PermissionDenied
        self.article = get_object_or_404(ArticlePage.objects.defer_streamfields(), pk=kwargs["article_id"])
        if not page_permission_policy().user_has_any_permission_for_instance(
            request.user, ARTICLE_ACTIONS, self.article
        ):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Feedback")

    def get_page_subtitle(self):
        return self.article.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("helpcenter_reports:feedback"), "label": _("Article feedback")},
            {"url": "", "label": self.article.get_admin_display_title()},
        ]

    @cached_property
    def header_buttons(self):
        return [
            HeaderButton(
                _("Edit article"),
                url=reverse("wagtailadmin_pages:edit", args=[self.article.pk]),
                icon_name="edit",
            )
        ]

    def get_totals(self):
        now = timezone.now()
        recent_start = now - timedelta(days=TREND_DAYS)
        totals = ArticleFeedback.objects.filter(article=self.article).aggregate(
            votes=Count("pk"),
            helpful_votes=Count("pk", filter=Q(helpful=True)),
            unhelpful_votes=Count("pk", filter=Q(helpful=False)),
            comment_count=Count("pk", filter=Q(comment__gt="")),
            recent_votes=Count("pk", filter=Q(created_at__gte=recent_start)),
            previous_votes=Count(
                "pk",
                filter=Q(
                    created_at__gte=now - timedelta(days=2 * TREND_DAYS),
                    created_at__lt=recent_start,
                ),
            ),
        )
        votes = totals["votes"]
        totals["helpful_share"] = format_share(totals["helpful_votes"] / votes if votes else None)
        totals["unhelpful"] = is_unhelpful(votes, totals["helpful_votes"])
        totals["trend"] = trend_figures(totals["recent_votes"], totals["previous_votes"])
        return totals

    def get_weeks(self):
        """Yes and no votes per calendar week (Monday first), oldest first, this week last."""
        today = timezone.localdate()
        this_monday = today - timedelta(days=today.weekday())
        first_monday = this_monday - timedelta(weeks=DETAIL_WEEKS - 1)
        start = timezone.make_aware(datetime.combine(first_monday, time.min))
        rows = (
            ArticleFeedback.objects.filter(article=self.article, created_at__gte=start)
            .annotate(week=TruncWeek("created_at"))
            .order_by()
            .values("week")
            .annotate(yes=Count("pk", filter=Q(helpful=True)), no=Count("pk", filter=Q(helpful=False)))
        )
        by_week = {}
        for row in rows:
            week = row["week"]
            week = week.date() if isinstance(week, datetime) else week
            by_week[week] = row
        weeks = []
        for offset in range(DETAIL_WEEKS):
            monday = first_monday + timedelta(weeks=offset)
            row = by_week.get(monday, {"yes": 0, "no": 0})
            total = row["yes"] + row["no"]
            weeks.append(
                {
                    "start": monday,
                    "yes": row["yes"],
                    "no": row["no"],
                    "total": total,
                    "helpful_share": format_share(row["yes"] / total if total else None),
                    "current": monday == this_monday,
                }
            )
        return weeks

    def get_comments_page(self):
        comments = (
            ArticleFeedback.objects.filter(article=self.article, comment__gt="")
            .only("helpful", "comment", "created_at")
            .order_by("-created_at", "-pk")
        )
        paginator = Paginator(comments, COMMENTS_PER_PAGE)
        return paginator.get_page(self.request.GET.get("p"))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        comments = self.get_comments_page()
        context.update(
            article=self.article,
            totals=self.get_totals(),
            weeks=self.get_weeks(),
            comments=comments,
            elided_page_range=comments.paginator.get_elided_page_range(comments.number),
            report_url=reverse("helpcenter_reports:feedback"),
            trend_days=TREND_DAYS,
        )
        return context


class HelpReportsViewSet(ViewSet):
    """URLs of the help center's reports, under /admin/reports/help/; menu items are in wagtail_hooks."""

    name = "helpcenter_reports"
    url_prefix = "reports/help"

    def get_urlpatterns(self):
        return [
            path("feedback/", ArticleFeedbackReportView.as_view(), name="feedback"),
            path(
                "feedback/results/",
                ArticleFeedbackReportView.as_view(results_only=True),
                name="feedback_results",
            ),
            path("feedback/<int:article_id>/", ArticleFeedbackDetailView.as_view(), name="feedback_detail"),
            path("attention/", NeedsAttentionReportView.as_view(), name="attention"),
            path(
                "attention/results/",
                NeedsAttentionReportView.as_view(results_only=True),
                name="attention_results",
            ),
        ]


def feedback_report_menu_item():
    return HelpCenterMenuItem(
        _("Article feedback"),
        reverse("helpcenter_reports:feedback"),
        name="article-feedback",
        icon_name="comment",
        order=1300,
    )


def needs_attention_menu_item():
    return HelpCenterMenuItem(
        _("Needs attention"),
        reverse("helpcenter_reports:attention"),
        name="articles-needing-attention",
        icon_name="warning",
        order=1310,
    )


help_articles_viewset = HelpArticleListingViewSet()
help_reports_viewset = HelpReportsViewSet()
