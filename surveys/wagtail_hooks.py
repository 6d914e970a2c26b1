"""Registers the surveys admin (defined in viewsets.py and moderation_admin/), and the surveys'
addresses, API and footer link with the help center."""

from django.urls import include, path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail_modeladmin.options import modeladmin_register

from . import (
    api,
    report_hooks,  # noqa: F401  (the customer insight report registers itself there)
    reviews,
    reviews_api,
)
from .defaults import ensure_default_surveys
from .moderation_admin import ResponseQueueAdmin
from .moderation_admin.dashboard import add_queue_panel, add_queue_summary_item, register_log_actions
from .viewsets import SurveysGroup, api_key_viewset

register_snippet(SurveysGroup)
modeladmin_register(ResponseQueueAdmin)
hooks.register("construct_homepage_panels", add_queue_panel)
hooks.register("construct_homepage_summary_items", add_queue_summary_item)
hooks.register("register_log_actions", register_log_actions)


@hooks.register("register_admin_viewset")
def register_api_key_viewset():
    return api_key_viewset


@hooks.register("register_settings_menu_item")
def register_api_key_menu_item():
    return MenuItem(
        _("Storefront API keys"),
        reverse(api_key_viewset.get_url_name("index")),
        icon_name="key",
        order=900,
    )


@hooks.register("register_helpcenter_urls")
def register_survey_urls():
    return [path("surveys/", include("surveys.urls"))]


hooks.register("register_help_home_routes", reviews.review_routes)


@hooks.register("register_helpcenter_api")
def register_surveys_api():
    return [("/surveys/", api.router), ("/reviews", reviews_api.router)]


@hooks.register("register_help_footer_links")
def register_reviews_link(help_home):
    return [(gettext("Customer reviews"), help_home.route_url(reviews.ROUTE))]


@hooks.register("register_helpcenter_setup")
def set_up_default_surveys(languages):
    made = ensure_default_surveys(languages)
    return [f"Created {made} default survey(s)." if made else "Every language has a survey."]
