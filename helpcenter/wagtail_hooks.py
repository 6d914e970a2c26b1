"""Registers the help center's admin views (defined in viewsets.py), its rich text page links and its
dashboard warning about a stalled task queue (dashboard.py)."""

from wagtail import hooks

from .dashboard import add_task_queue_panel
from .rich_text import PublicPageLinkHandler
from .viewsets import (
    feedback_report_menu_item,
    help_articles_viewset,
    help_reports_viewset,
    needs_attention_menu_item,
)


@hooks.register("register_admin_viewset")
def register_help_admin_viewsets():
    return [help_articles_viewset, help_reports_viewset]


hooks.register("register_reports_menu_item", feedback_report_menu_item)
hooks.register("register_reports_menu_item", needs_attention_menu_item)


# After Wagtail's own registration of the "page" link type (a higher order runs later).
@hooks.register("register_rich_text_features", order=100)
def register_public_page_links(features):
    features.register_link_type(PublicPageLinkHandler)


# Superusers and staff see at once when background tasks wait for a worker that is not running.
hooks.register("construct_homepage_panels", add_task_queue_panel)
