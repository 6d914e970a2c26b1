"""Registers the help center's admin views (defined in viewsets.py) and its rich text page links."""

from wagtail import hooks

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
