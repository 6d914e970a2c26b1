"""System checks of the surveys app (see helpcenter/checks.py)."""

from django.core.checks import register

from helpcenter.checks import required_apps

SURVEYS_APPS = {
    "helpcenter": "surveys share the help center's languages, page cache and API",
    "wagtail.contrib.settings": "the moderation targets are a site setting",
    "wagtail_modeladmin": "the feedback queue is a wagtail-modeladmin view",
}


@register()
def check_required_apps(app_configs, **kwargs):
    return required_apps("surveys", SURVEYS_APPS, "surveys.E001")
