"""The editors' side of help articles: a listing with feedback figures, and two reports.

* "Help articles" (admin menu): every help article with its category, stage,
  helpful share, votes, review date and status; filterable by category,
  locale, stage, helpfulness and review state.
* "Article feedback" (Reports menu): votes and comments per article, with a
  trend over the last 30 days and a per-article page of comments.
* "Needs attention" (Reports menu): articles readers find unhelpful, or that
  nobody has reviewed for HELPCENTER_REVIEW_AFTER_DAYS days.

Every figure comes from annotations on one query; the filters are ``id__in``
subqueries so they also work while searching on Elasticsearch/OpenSearch.
wagtail_hooks.py only registers what is defined here.
"""

from .reports import (
    feedback_report_menu_item,
    help_articles_viewset,
    help_reports_viewset,
    needs_attention_menu_item,
)

__all__ = [
    "feedback_report_menu_item",
    "help_articles_viewset",
    "help_reports_viewset",
    "needs_attention_menu_item",
]
