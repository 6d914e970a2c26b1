"""Registers the surveys admin; the views are defined in viewsets.py and moderation_admin/."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail_modeladmin.options import modeladmin_register

from . import report_hooks  # noqa: F401  (the customer insight report registers itself there)
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
