"""salesman's ``status_changed``, turned into survey invitations once the change is committed.

Nothing here may fail the shop: the signal is sent from inside ``order.save()``, so every error is
logged (logger ``surveys.contrib.salesman``) and swallowed.
"""

from __future__ import annotations

import logging
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.utils import timezone

from ...conf import surveys_settings
from ...services import InvalidInvitation, SurveyError, cancel_invitation, register_delivery, survey_url
from .deliveries import order_id, order_to_delivery_function

if TYPE_CHECKING:
    from salesman.orders.models import BaseOrder

logger = logging.getLogger("surveys.contrib.salesman")


def order_status_changed(sender: Any, order: BaseOrder, new_status: str, **kwargs: Any) -> None:
    """Waits for the commit: a status change that is rolled back neither invites nor withdraws, and
    the invitation's e-mail is never queued for an order the shop did not keep."""
    try:
        config = surveys_settings.SALESMAN
        if new_status == config["INVITE_STATUS"]:
            # Delivered when the status changed, not when the transaction happened to commit.
            callback = partial(invite, order, timezone.now())
        elif new_status in config["CANCEL_STATUSES"]:
            callback = partial(withdraw, order)
        else:
            return
        transaction.on_commit(callback, using=order._state.db, robust=True)
    except Exception:
        logger.exception("Order %s: status %s was not handed to the surveys.", order.pk, new_status)


def invite(order: BaseOrder, delivered: datetime) -> None:
    """Registers the order's invitation (idempotent per order: a second COMPLETED, or the same order
    saved again, finds the first one) and keeps its link in ``order.extra``."""
    try:
        delivery = order_to_delivery_function()(order)
        if delivery is None:
            logger.debug("Order %s: ORDER_TO_DELIVERY returned None, no survey invitation.", order.ref)
            return
        if delivery.delivered is None:
            delivery.delivered = delivered
        invitation, created = register_delivery(delivery)
        keep_survey_url(order, survey_url(invitation))
    except InvalidInvitation as error:
        logger.warning("Order %s: no survey invitation, the order was refused: %s", order.ref, error.errors)
    except SurveyError as error:
        logger.warning("Order %s: no survey invitation (%s): %s", order.ref, error.code, error)
    except Exception:
        logger.exception("Order %s: registering its survey invitation failed.", order.ref)
    else:
        logger.info(
            "Order %s: survey invitation %s; its e-mail is due %s.",
            order.ref,
            "registered" if created else "already registered",
            invitation.email_due_at.isoformat(),
        )


def withdraw(order: BaseOrder) -> None:
    """A refunded or cancelled order's customer is not asked about it, unless the e-mail already went
    out (the service keeps that link open: what they say about a refund is feedback too)."""
    try:
        withdrawn = cancel_invitation(order_id(order))
    except Exception:
        logger.exception("Order %s: withdrawing its survey invitation failed.", order.ref)
        return
    if withdrawn:
        logger.info("Order %s is %s: its survey invitation was withdrawn.", order.ref, order.status)
    else:
        logger.info(
            "Order %s is %s: no pending survey invitation to withdraw (none registered, "
            "already withdrawn, or its e-mail was sent).",
            order.ref,
            order.status,
        )


def keep_survey_url(order: BaseOrder, url: str) -> None:
    """Writes the link into the stored ``extra`` with an UPDATE of that column alone, merged with what
    is stored now. ``order.save()`` would send ``status_changed`` again (salesman compares with the
    status the instance was loaded with) and write back every field of a possibly stale instance."""
    key = surveys_settings.SALESMAN["SURVEY_URL_KEY"]
    manager, database = order._meta.model._default_manager, order._state.db
    with transaction.atomic(using=database):
        stored = (
            manager.using(database)
            .select_for_update()
            .filter(pk=order.pk)
            .values_list("_extra", flat=True)
            .first()
        )
        if isinstance(stored, dict) and stored.get(key) != url:
            manager.using(database).filter(pk=order.pk).update(_extra={**stored, key: url})
    # The shop's instance too, so that its next save() keeps the link rather than dropping it.
    if isinstance(order.extra, dict):
        order.extra[key] = url
