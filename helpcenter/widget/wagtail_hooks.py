"""Registration only: the widget's addresses under /helpcenter/widget/ (besides the help center's own)."""

from django.urls import include, path
from wagtail import hooks


@hooks.register("register_helpcenter_urls")
def widget_urls():
    from . import urls

    return [path("helpcenter/widget/", include((urls.urlpatterns, urls.app_name)))]
