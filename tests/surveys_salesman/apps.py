"""salesman's apps as the test settings install them. salesman 1.3 declares no ``default_auto_field``
and its migrations made ``AutoField`` ids: under this project's ``BigAutoField`` default,
``makemigrations`` would otherwise want a migration inside site-packages."""

from salesman.basket.apps import SalesmanBasketApp
from salesman.orders.apps import SalesmanOrdersApp


class SalesmanBasketConfig(SalesmanBasketApp):
    default_auto_field = "django.db.models.AutoField"


class SalesmanOrdersConfig(SalesmanOrdersApp):
    default_auto_field = "django.db.models.AutoField"
