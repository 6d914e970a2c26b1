from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HelpSearchConfig(AppConfig):
    """Help search, its vocabulary and analytics: the plugin's search app, labelled so that it never
    meets a host site's own ``search`` app."""

    name = "helpcenter.search"
    label = "helpcenter_search"
    verbose_name = _("Help search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.contrib.search_promotions.models import SearchPromotion
        from wagtail.signals import page_published

        from helpcenter import lookups

        from . import (
            analytics,  # noqa: F401 - connects the article_rated receiver
            checks,  # noqa: F401 - registers the system checks
            indexing,
        )
        from .models import SynonymGroup

        lookups.forget_on_change(SynonymGroup, SearchPromotion)
        page_published.connect(indexing.encode_published, dispatch_uid="helpcenter-search-meaning")
