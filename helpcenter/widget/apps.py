from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HelpCenterWidgetConfig(AppConfig):
    name = "helpcenter.widget"
    label = "helpcenter_widget"
    verbose_name = _("Help widget")
    default_auto_field = "django.db.models.BigAutoField"
