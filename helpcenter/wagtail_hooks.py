"""Registers the help center's admin views; they are defined in viewsets.py."""

from wagtail import hooks

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
