"""The storefront reports a delivered order; the customer gets one survey invitation for it."""

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from helpcenter.languages import default_language, resolve_language

from ..conf import admin_base_url, surveys_settings
from ..defaults import ensure_default_surveys
from ..models import ApiKey, Customer, Invitation, OutgoingEmail, Survey
from ..tokens import make_token
from .errors import InvalidInvitation, NoActiveSurvey, OrderConflict
from .mail import enqueue_delivery


@dataclass
class DeliveredOrder:
    order_id: str
    customer_id: str
    email: str
    name: str = ""
    language: str = ""
    items: list[dict] = field(default_factory=list)
    delivered: date | datetime | None = None


def normalise_language(code: str) -> str:
    """The site's closest content language ('fa-IR' → 'fa'); an unknown language is refused
    rather than guessed. None given: the site's default language."""
    if not (code or "").strip():
        return default_language()
    language = resolve_language(code)
    if language is None:
        raise InvalidInvitation({"locale": [_("Unknown language %(code)r.") % {"code": code[:20]}]})
    return language


def _aware(value: date | datetime | None) -> datetime:
    if value is None:
        return timezone.now()
    if not isinstance(value, datetime):
        value = datetime.combine(value, time(12, 0))
    if timezone.is_naive(value):
        value = timezone.make_aware(value)
    return value


def _validated(order: DeliveredOrder) -> DeliveredOrder:
    errors: dict[str, list[str]] = {}
    try:
        validate_email(order.email)
    except ValidationError:
        errors["customer.email"] = [_("Enter a valid e-mail address.")]
    for name, value in [("order_id", order.order_id), ("customer.id", order.customer_id)]:
        if not value.strip() or any(ord(char) < 32 for char in value):
            errors[name] = [_("Must be a non-empty identifier without control characters.")]
    try:
        order.language = normalise_language(order.language)
    except InvalidInvitation as error:
        errors.update(error.errors)
    if errors:
        raise InvalidInvitation(errors)
    order.order_id = order.order_id.strip()
    order.customer_id = order.customer_id.strip()
    return order


def survey_url(invitation: Invitation, base_url: str = "") -> str:
    path = reverse("surveys:survey", args=[make_token(invitation.public_id)])
    base = surveys_settings.BASE_URL or base_url or admin_base_url()
    return base.rstrip("/") + path


def register_delivery(
    order: DeliveredOrder, api_key: ApiKey | None = None, base_url: str = ""
) -> tuple[Invitation, bool]:
    """The invitation for this order, created (True) or found (False). Idempotent per order id."""
    order = _validated(order)
    existing = _existing(order)
    if existing is not None:
        return existing, False
    delivered_at = _aware(order.delivered)
    email_due_at = delivered_at + timedelta(days=surveys_settings.INVITATION_DELAY_DAYS)
    expires_at = max(email_due_at, timezone.now()) + timedelta(days=surveys_settings.TOKEN_MAX_AGE_DAYS)
    try:
        with transaction.atomic():
            customer, _created = Customer.objects.update_or_create(
                storefront_id=order.customer_id, defaults={"email": order.email, "name": order.name.strip()}
            )
            invitation = Invitation.objects.create(
                storefront_order_id=order.order_id,
                customer=customer,
                survey=_survey_for(order.language),
                language=order.language,
                items=order.items,
                delivered_at=delivered_at,
                email_due_at=email_due_at,
                expires_at=expires_at,
                api_key=api_key,
            )
            email = _queue_invitation_email(invitation, base_url)
    except IntegrityError:
        # The same order arrived twice at once; the other request created it.
        existing = _existing(order)
        if existing is None:
            raise
        return existing, False
    enqueue_delivery(email)
    return invitation, True


def _survey_for(language: str) -> Survey:
    """The newest active survey in the customer's language. A language with no survey at all gets
    the default one (worded by the translated defaults); one whose surveys are all switched off is
    refused, so that no customer is sent a link that shows no form."""
    survey = Survey.current_for(language)
    if survey is None and ensure_default_surveys([language]):
        survey = Survey.current_for(language)
    if survey is None:
        raise NoActiveSurvey()
    return survey


def _existing(order: DeliveredOrder) -> Invitation | None:
    invitation = (
        Invitation.objects.select_related("customer").filter(storefront_order_id=order.order_id).first()
    )
    if invitation is not None and invitation.customer.storefront_id != order.customer_id:
        raise OrderConflict()
    return invitation


def _queue_invitation_email(invitation: Invitation, base_url: str) -> OutgoingEmail:
    context = {
        "invitation": invitation,
        "customer": invitation.customer,
        "url": survey_url(invitation, base_url),
        "items": invitation.item_names(),
        "site_name": getattr(settings, "WAGTAIL_SITE_NAME", ""),
    }
    with translation.override(invitation.language):
        subject = render_to_string("surveys/emails/invitation_subject.txt", context).strip()
        body = render_to_string("surveys/emails/invitation_body.txt", context)
    return OutgoingEmail.objects.create(
        kind=OutgoingEmail.KIND_INVITATION,
        recipients=[invitation.customer.email],
        subject=subject[:250],
        body=body,
        customer=invitation.customer,
        invitation=invitation,
        next_attempt_at=invitation.email_due_at,
    )


def cancel_invitation(order_id: str) -> bool:
    """Withdraws an order's invitation while its e-mail has not gone out (the order was refunded or
    cancelled before the customer could judge it); True when it was withdrawn. Once the e-mail is
    sent the customer keeps the link: what they have to say about a refund is feedback too."""
    with transaction.atomic():
        invitation = (
            Invitation.objects.select_for_update()
            .filter(storefront_order_id=order_id, cancelled_at=None)
            .first()
        )
        if invitation is None:
            return False
        pending = OutgoingEmail.objects.filter(
            invitation=invitation, kind=OutgoingEmail.KIND_INVITATION, status__in=OutgoingEmail.PENDING
        )
        if not pending.update(status=OutgoingEmail.CANCELLED):
            return False
        invitation.cancelled_at = timezone.now()
        invitation.save(update_fields=["cancelled_at"])
    return True
