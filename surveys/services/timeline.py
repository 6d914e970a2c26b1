"""A customer's whole story in one list, so nobody asks them to repeat it: orders, survey
answers, article votes from their browser, e-mails, and the shop's public replies."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _

from helpcenter.models import ArticleFeedback
from helpcenter.services import visitor_fingerprint
from helpcenter.visitors import ensure_visitor_id

from ..models import Customer, CustomerVisitor, Invitation, OutgoingEmail, ReplyVersion, Response

# The newest events shown; a customer with more is rare, and the queue page must stay fast.
LIMIT = 200


@dataclass
class Event:
    kind: str
    at: datetime
    label: Any
    obj: Any


def link_visitor(request: HttpRequest, page: HttpResponse, customer_id: int | None) -> None:
    """Remembers the browser that opened the customer's survey link: its article votes (which
    know only the browser's keyed hash) then show on the customer's timeline."""
    if customer_id is None:
        return
    fingerprint = visitor_fingerprint(ensure_visitor_id(request, page))
    CustomerVisitor.objects.get_or_create(customer_id=customer_id, visitor=fingerprint)


def for_customer(customer: Customer | None, limit: int = LIMIT) -> list[Event]:
    if customer is None:
        return []
    events: list[Event] = []
    for invitation in Invitation.objects.filter(customer=customer).order_by("-delivered_at")[:limit]:
        events.append(Event("order", invitation.delivered_at, _("Order delivered"), invitation))
    responses = (
        Response.objects.filter(customer=customer).prefetch_related("reasons").order_by("-submitted_at")
    )
    for response in responses[:limit]:
        events.append(Event("response", response.submitted_at, _("Answered a survey"), response))
    visitors = CustomerVisitor.objects.filter(customer=customer).values("visitor")
    votes = (
        ArticleFeedback.objects.filter(visitor__in=visitors)
        .select_related("article")
        .order_by("-created_at")[:limit]
    )
    for vote in votes:
        label = _("Found an article helpful") if vote.helpful else _("Found an article unhelpful")
        events.append(Event("feedback", vote.created_at, label, vote))
    emails = (
        OutgoingEmail.objects.filter(customer=customer)
        .exclude(kind=OutgoingEmail.KIND_NEGATIVE_ALERT)
        .select_related("sent_by")
        .order_by("-created_at")[:limit]
    )
    for email in emails:
        events.append(Event("email", email.sent_at or email.created_at, email.get_kind_display(), email))
    replies = (
        ReplyVersion.objects.filter(reply__response__customer=customer)
        .select_related("published_by", "reply")
        .order_by("-published_at")[:limit]
    )
    for version in replies:
        events.append(Event("reply", version.published_at, _("The shop replied publicly"), version))
    events.sort(key=lambda event: event.at)
    return events[-limit:]
