"""Who may see help-article figures, and the figures themselves, as queryset annotations."""

from datetime import timedelta

from django.db.models import Count, Exists, F, FloatField, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Cast, Length, NullIf, Substr
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.models import Page
from wagtail.permissions import policy_registry

from ..conf import helpcenter_settings
from ..models import ArticleFeedback, ArticlePage, CategoryPage

# Page permissions that let someone look after help articles.
EDITOR_ACTIONS = ("add", "change", "publish")
# Page permissions on an article that let someone read its feedback.
ARTICLE_ACTIONS = ("change", "publish")
TREND_DAYS = 30
DETAIL_WEEKS = 12
COMMENTS_PER_PAGE = 50


# --- Who may look -------------------------------------------------------------------------


def page_permission_policy():
    return policy_registry.get_by_type(ArticlePage)


def can_review_help_articles(user) -> bool:
    """Admin users who may edit pages see the help article listing and reports."""
    return (
        user.is_active
        and user.has_perm("wagtailadmin.access_admin")
        and page_permission_policy().user_has_any_permission(user, EDITOR_ACTIONS)
    )


def editable_articles(user) -> QuerySet:
    """The help articles this user may edit or publish."""
    articles = ArticlePage.objects.all()
    if user.is_superuser:
        return articles
    pages = page_permission_policy().instances_user_has_any_permission_for(user, ARTICLE_ACTIONS)
    return articles.filter(id__in=pages.values("id"))


class HelpCenterMenuItem(MenuItem):
    def is_shown(self, request):
        return can_review_help_articles(request.user)


# --- Figures ------------------------------------------------------------------------------


def is_unhelpful(votes: int, helpful_votes: int) -> bool:
    """Enough votes, and too few of them say the article helped (same rule as ``unhelpful_ids``)."""
    return (
        votes >= helpcenter_settings.UNHELPFUL_MIN_VOTES
        and helpful_votes < helpcenter_settings.UNHELPFUL_RATIO * votes
    )


def format_share(share) -> str:
    return "" if share is None else f"{share:.0%}"


def review_cutoff():
    """Articles last reviewed before this date (or never) are due for review.

    The same day count as ``ArticlePage.needs_review``, which counts from today's date in UTC.
    """
    return timezone.now().date() - timedelta(days=helpcenter_settings.REVIEW_AFTER_DAYS)


def with_feedback_stats(queryset: QuerySet, *, trend: bool = False) -> QuerySet:
    """Votes, helpful votes and helpful share (0–1, None without votes) on each article.

    With ``trend``: also no votes, comments, and votes in the last 30 days and
    the 30 days before (``recent_votes``, ``previous_votes``, ``trend``).
    """
    # Only counted votes (helpcenter.visitors): a script's uncounted ones keep their comments for
    # editors but move no share.
    counted = Q(feedback__counted=True)
    stats = {
        "votes": Count("feedback", filter=counted),
        "helpful_votes": Count("feedback", filter=counted & Q(feedback__helpful=True)),
    }
    if trend:
        now = timezone.now()
        recent_start = now - timedelta(days=TREND_DAYS)
        previous_start = now - timedelta(days=2 * TREND_DAYS)
        stats.update(
            unhelpful_votes=Count("feedback", filter=counted & Q(feedback__helpful=False)),
            comment_count=Count("feedback", filter=Q(feedback__comment__gt="")),
            recent_votes=Count("feedback", filter=counted & Q(feedback__created_at__gte=recent_start)),
            previous_votes=Count(
                "feedback",
                filter=counted
                & Q(
                    feedback__created_at__gte=previous_start,
                    feedback__created_at__lt=recent_start,
                ),
            ),
        )
    queryset = queryset.annotate(**stats).annotate(
        helpful_share=Cast("helpful_votes", FloatField()) / NullIf(F("votes"), 0),
    )
    if trend:
        queryset = queryset.annotate(trend=F("recent_votes") - F("previous_votes"))
    return queryset


def with_category_title(queryset: QuerySet) -> QuerySet:
    """``category_title``: the title of the article's top-level category (its shallowest one)."""
    ancestors = CategoryPage.objects.filter(path=Substr(OuterRef("path"), 1, Length("path")))
    return queryset.annotate(
        category_title=Subquery(ancestors.order_by("depth").values("title")[:1]),
    )


def top_level_categories() -> QuerySet:
    """Categories directly under a help home, not sections of another category."""
    parent_is_category = CategoryPage.objects.filter(
        path=Substr(OuterRef("path"), 1, (OuterRef("depth") - 1) * Page.steplen),
    )
    return (
        CategoryPage.objects.exclude(Exists(parent_is_category))
        .select_related("locale")
        .order_by("title", "locale__language_code")
    )


def _votes_per_article():
    return (
        ArticleFeedback.objects.order_by()
        .values("article")
        .annotate(n=Count("pk"), yes=Count("pk", filter=Q(helpful=True)))
    )


def unhelpful_ids():
    """Articles with at least UNHELPFUL_MIN_VOTES votes and a helpful share below UNHELPFUL_RATIO."""
    return (
        _votes_per_article()
        .filter(
            n__gte=helpcenter_settings.UNHELPFUL_MIN_VOTES,
            yes__lt=F("n") * helpcenter_settings.UNHELPFUL_RATIO,
        )
        .values("article")
    )


def helpful_ids():
    """Articles with at least UNHELPFUL_MIN_VOTES votes and a helpful share of UNHELPFUL_RATIO or more."""
    return (
        _votes_per_article()
        .filter(
            n__gte=helpcenter_settings.UNHELPFUL_MIN_VOTES,
            yes__gte=F("n") * helpcenter_settings.UNHELPFUL_RATIO,
        )
        .values("article")
    )


def few_votes_ids():
    """Articles with some votes, but fewer than UNHELPFUL_MIN_VOTES: too early to tell."""
    return _votes_per_article().filter(n__lt=helpcenter_settings.UNHELPFUL_MIN_VOTES).values("article")


def voted_ids():
    return ArticleFeedback.objects.order_by().values("article")


def review_due_ids():
    """Articles never reviewed, or not reviewed for REVIEW_AFTER_DAYS days."""
    return ArticlePage.objects.filter(
        Q(last_reviewed__isnull=True) | Q(last_reviewed__lt=review_cutoff())
    ).values("id")


def trend_figures(recent: int, previous: int) -> dict:
    difference = recent - previous
    if difference > 0:
        arrow, label = "↑", _("Up")
    elif difference < 0:
        arrow, label = "↓", _("Down")
    else:
        arrow, label = "→", _("Steady")
    return {"arrow": arrow, "label": label, "difference": f"{difference:+d}" if difference else "±0"}


def attention_reasons(article) -> list[str]:
    """Why an article is in the "Needs attention" report, in words."""
    reasons = []
    if is_unhelpful(article.votes, article.helpful_votes):
        reasons.append(
            _("Unhelpful: %(helpful)s of %(votes)s votes said it helped (%(share)s)")
            % {
                "helpful": article.helpful_votes,
                "votes": article.votes,
                "share": format_share(article.helpful_share),
            }
        )
    if article.needs_review():
        if article.last_reviewed is None:
            reasons.append(_("Never reviewed"))
        else:
            days = (timezone.now().date() - article.last_reviewed).days
            reasons.append(_("Not reviewed for %(days)s days") % {"days": days})
    return reasons
