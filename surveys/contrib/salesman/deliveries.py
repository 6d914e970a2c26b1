"""What a django-salesman order tells the surveys app: the default ``ORDER_TO_DELIVERY`` and its lookup."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from django.utils.module_loading import import_string

from helpcenter.languages import default_language, resolve_language

from ...conf import surveys_settings
from ...services import DeliveredOrder

if TYPE_CHECKING:
    from salesman.orders.models import BaseOrder

logger = logging.getLogger("surveys.contrib.salesman")

# The invitation API's limits (surveys/api.py); the service leaves them to its callers.
NAME_MAX_LENGTH = 150
ITEM_NAME_MAX_LENGTH = 200
SKU_MAX_LENGTH = 100
MAX_ITEMS = 200


def order_id(order: BaseOrder) -> str:
    """The survey's order id is salesman's ``ref``: the order number the customer and the shop's staff
    see. The database id means nothing outside the database. A refund withdraws by this id, so a
    custom ``ORDER_TO_DELIVERY`` must use it too."""
    return str(order.ref)


def order_to_delivery(order: BaseOrder) -> DeliveredOrder | None:
    """The default ``ORDER_TO_DELIVERY``. The customer is the user's id, or ``guest:<e-mail>`` for a guest
    checkout, so that a guest's orders share one customer. None for an order with no e-mail address:
    there is nobody to invite."""
    user = order.user if order.user_id is not None else None
    email = (order.email or getattr(user, "email", "") or "").strip()
    if not email:
        logger.info("Order %s has no e-mail address: it gets no survey invitation.", order.ref)
        return None
    extra = order.extra or {}
    return DeliveredOrder(
        order_id=order_id(order),
        customer_id=str(order.user_id) if user is not None else f"guest:{email}",
        email=email,
        name=_customer_name(order, user)[:NAME_MAX_LENGTH],
        language=_language(order, str(extra.get("language") or "")),
        items=[
            {
                "sku": str(item.code)[:SKU_MAX_LENGTH],
                "name": str(item.name)[:ITEM_NAME_MAX_LENGTH],
                "quantity": int(item.quantity),
            }
            for item in order.items.all()[:MAX_ITEMS]
        ],
    )


def _language(order: BaseOrder, asked: str) -> str:
    """The site's closest language to the order's; the default one, said in the log, when the
    site has none close: the customer still gets a survey, in the shop's main language."""
    language = resolve_language(asked) if asked else None
    if language is None:
        if asked:
            logger.warning(
                "Order %s asks for language %r, which the site does not have: its survey is in %s.",
                order.ref,
                asked[:20],
                default_language(),
            )
        language = default_language()
    return language


def _customer_name(order: BaseOrder, user) -> str:
    """The user's full name, else the billing address's first line (salesman keeps addresses as
    free text, which starts with the addressee's name). A shop that formats addresses otherwise
    overrides ``ORDER_TO_DELIVERY``."""
    full_name = user.get_full_name().strip() if user is not None and hasattr(user, "get_full_name") else ""
    if full_name:
        return full_name
    lines = [line.strip() for line in (order.billing_address or "").splitlines()]
    return next((line for line in lines if line), "")


def order_to_delivery_function() -> Callable[[BaseOrder], DeliveredOrder | None]:
    """The configured ``ORDER_TO_DELIVERY``: a dotted path (or, in code and tests, the function)."""
    configured = surveys_settings.SALESMAN["ORDER_TO_DELIVERY"]
    return configured if callable(configured) else import_string(configured)
