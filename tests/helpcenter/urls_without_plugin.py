"""A host site's URLconf that forgot the help center's addresses (for the system check test)."""

from django.urls import include, path
from wagtail import urls as wagtail_urls

urlpatterns = [path("", include(wagtail_urls))]
