from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HelpSearchConfig(AppConfig):
    name = "search"
    label = "search"
    verbose_name = _("Help search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import (
            analytics,  # noqa: F401 - connects the article_rated receiver
            lookups,
        )

        lookups.connect()
