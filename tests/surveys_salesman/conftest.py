from decimal import Decimal
from itertools import count

import pytest
from salesman.core.utils import get_salesman_model
from salesman.orders.signals import status_changed

_refs = count(1)


@pytest.fixture(autouse=True)
def surveys_settings(settings):
    settings.SURVEYS_BASE_URL = "https://help.example.com"
    settings.SURVEYS_RATE_LIMITS = {"submit": "1000/60", "view": "1000/60"}
    settings.ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
    return settings


@pytest.fixture
def customer(django_user_model, db):
    return django_user_model.objects.create_user(
        username="sara", email="sara@example.com", first_name="Sara", last_name="Karimi", password="pw"
    )


@pytest.fixture
def make_order(home):
    """A real salesman order, paid and being processed, with one line; ``home`` gives the site its
    locales (en, fa), which the invitations need."""
    Order = get_salesman_model("Order")
    OrderItem = get_salesman_model("OrderItem")

    def make(*, status="PROCESSING", items=(("MUG-1", "Blue mug", 2),), extra=None, **fields):
        number = next(_refs)
        fields.setdefault("ref", f"2026-{number:05d}")
        # salesman stores extra (and its price rows) in _extra; .extra is read from it.
        fields["_extra"] = {**(extra or {}), "rows": []}
        order = Order.objects.create(status=status, total=Decimal("24.00"), **fields)
        for code, name, quantity in items:
            OrderItem.objects.create(
                order=order,
                product_type="shop.Product",
                product_data={"code": code, "name": name},
                unit_price=Decimal("12.00"),
                subtotal=Decimal("24.00"),
                total=Decimal("24.00"),
                quantity=quantity,
            )
        return order

    return make


@pytest.fixture
def status_signals():
    """Every status_changed salesman sends during the test, as (ref, new status)."""
    sent = []

    def record(sender, order, new_status, **kwargs):
        sent.append((order.ref, new_status))

    status_changed.connect(record, dispatch_uid="tests.surveys_salesman.record")
    yield sent
    status_changed.disconnect(dispatch_uid="tests.surveys_salesman.record")
