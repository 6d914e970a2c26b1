"""Registers the search report in the admin, the search page on every help home, the search API,
the search engine's health check and, in setup_helpcenter, the meaning vectors a database-backend
site lacks."""

from wagtail import hooks

from . import api, indexing, views
from .admin_views import search_report_menu_item, search_report_viewset
from .health import SearchEngine


@hooks.register("register_admin_viewset")
def register_search_report():
    return search_report_viewset


hooks.register("register_reports_menu_item", search_report_menu_item)
hooks.register("register_help_home_routes", views.help_home_routes)


@hooks.register("register_helpcenter_api")
def register_search_api():
    return [("/help/", api.router)]


@hooks.register("register_helpcenter_health_checks")
def register_search_engine_health_check():
    return {"search_engine": SearchEngine}


@hooks.register("register_helpcenter_setup")
def store_missing_meanings(languages):
    """Search by meaning on the database backend, for pages published before it was installed."""
    encoded = indexing.store_missing_meanings()
    return [] if encoded is None else [f"{encoded} help page(s) have their meaning stored for search."]
