"""Registers the surveys admin; the views are defined in viewsets.py."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from .viewsets import SurveysGroup, api_key_viewset

register_snippet(SurveysGroup)


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


@hooks.register("register_log_actions")
def register_moderation_log_actions(actions):
    from .services.moderation import LOG_ACTIONS

    for action, (label, message) in LOG_ACTIONS.items():
        actions.register_action(action, label, message)
