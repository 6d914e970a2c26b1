"""Everything the help center serves outside the page tree, for a site's root URLconf.

Put it in front of Wagtail's catch-all (README, "Add to an existing Wagtail site")::

    from helpcenter.urls import urlpatterns as helpcenter_urlpatterns

    urlpatterns = helpcenter_urlpatterns + urlpatterns

The help pages themselves are Wagtail pages (a help home can sit anywhere in
the tree); their search is a route of the help home. Other apps add their own
addresses through the ``register_helpcenter_urls`` hook and, for pages that
exist once per language (``/reviews/``, ``/fa/reviews/``), through
``register_helpcenter_localized_urls``; each returns a list of URL patterns.
"""

from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import hooks

from . import views
from .api import api


def _hooked(name: str) -> list:
    return [pattern for hook in hooks.get_hooks(name) for pattern in hook()]


own_patterns = [
    # The no-JavaScript path of "Was this helpful?".
    path("articles/<int:article_id>/feedback/", views.feedback, name="feedback"),
]

urlpatterns = [
    path("api/v1/", api().urls),
    *_hooked("register_helpcenter_urls"),
    *i18n_patterns(
        path("helpcenter/", include((own_patterns, "helpcenter"))),
        *_hooked("register_helpcenter_localized_urls"),
        prefix_default_language=False,
    ),
]
