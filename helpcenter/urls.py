"""Everything the help center serves outside the page tree, for a site's root URLconf.

Put it in front of Wagtail's catch-all (README, "Add to an existing Wagtail site")::

    from helpcenter.urls import urlpatterns as helpcenter_urlpatterns

    urlpatterns = helpcenter_urlpatterns + urlpatterns

Nothing here has a language prefix: pages that exist once per language (the
search, the reviews) are routes of each help home, which is served in its own
language wherever it sits, so the site's own language handling (LocaleMiddleware,
its i18n_patterns and their prefix policy) stays exactly as the site set it.
Other apps add addresses through the ``register_helpcenter_urls`` hook (a
function returning URL patterns) and help home routes through
``register_help_home_routes`` (see AbstractHelpCenterIndexPage).
"""

from django.urls import include, path
from wagtail import hooks

from . import views
from .api import api

own_patterns = [
    # The no-JavaScript path of "Was this helpful?".
    path("articles/<int:article_id>/feedback/", views.feedback, name="feedback"),
]

urlpatterns = [
    path("api/v1/", api().urls),
    path("helpcenter/", include((own_patterns, "helpcenter"))),
    *[pattern for hook in hooks.get_hooks("register_helpcenter_urls") for pattern in hook()],
]
