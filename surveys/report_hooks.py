"""Registers the customer insight report (surveys/report_views.py); imported by wagtail_hooks."""

from wagtail import hooks

from .report_views import insights_menu_item, insights_viewset


@hooks.register("register_admin_viewset")
def register_insights_report():
    return insights_viewset


hooks.register("register_reports_menu_item", insights_menu_item)
