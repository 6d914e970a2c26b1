from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from helpcenter import urls as helpcenter_urls
from helpcenter import views as helpcenter_views
from helpcenter.sitemaps import TranslatedSitemap
from search import views as search_views
from surveys import reviews as surveys_reviews
from surveys import urls as surveys_urls

from .api import api

# A database that is down answers 503 with Retry-After, not 500 (see the view).
handler500 = "helpcenter.views.server_error"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": {"pages": TranslatedSitemap, "reviews": surveys_reviews.ReviewsSitemap}},
        name="sitemap",
    ),
    path("robots.txt", helpcenter_views.robots_txt, name="robots_txt"),
    path("api/v1/", api.urls),
    # Surveys: not under /fa/, a survey's language comes from its invitation.
    path("surveys/", include(surveys_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# English at /, Persian at /fa/: every public page exists in both.
urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("search/click/<str:search_id>/<int:page_id>/", search_views.search_click, name="search_click"),
    path("reviews/", surveys_reviews.reviews, name="reviews"),
    path("", include(helpcenter_urls)),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
