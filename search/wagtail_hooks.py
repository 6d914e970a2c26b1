"""Registers the search report (search/admin_views.py) in the admin."""

from wagtail import hooks

from .admin_views import search_report_menu_item, search_report_viewset


@hooks.register("register_admin_viewset")
def register_search_report():
    return search_report_viewset


hooks.register("register_reports_menu_item", search_report_menu_item)
