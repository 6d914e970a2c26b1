from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SurveysSalesmanConfig(AppConfig):
    name = "surveys.contrib.salesman"
    label = "surveys_salesman"
    verbose_name = _("Surveys for django-salesman orders")

    def ready(self) -> None:
        from salesman.orders.signals import status_changed

        from . import checks  # noqa: F401  (registers the system checks)
        from .receivers import order_status_changed

        # Any sender: the order model is swappable (SALESMAN_ORDER_MODEL).
        status_changed.connect(order_status_changed, dispatch_uid="surveys.contrib.salesman")
