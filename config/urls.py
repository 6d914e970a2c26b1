from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from helpcenter.health import HealthView
from helpcenter.sitemaps import TranslatedSitemap
from helpcenter.urls import urlpatterns as helpcenter_urlpatterns
from home import views as home_views
from search import views as search_views
from surveys.reviews import ReviewsSitemap

# A database that is down answers 503 with Retry-After, not 500 (see the view).
handler500 = "helpcenter.views.server_error"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": {"pages": TranslatedSitemap, "reviews": ReviewsSitemap}},
        name="sitemap",
    ),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    # For load balancers and monitoring: JSON naming each component's state; 503 when one fails.
    path("health/", HealthView.as_view(), name="health"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# The help center: its API, surveys, the no-JavaScript feedback form, /reviews/ and /fa/reviews/.
urlpatterns += helpcenter_urlpatterns

# English at /, Persian at /fa/: every public page exists in both.
urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
