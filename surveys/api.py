"""The surveys' part of /api/v1/: invitations from the storefront, answers from customers."""

import hmac
from datetime import date, datetime

from django.http import HttpRequest
from django.utils import translation
from django.utils.translation import gettext
from ninja import Field, Router, Schema
from ninja.responses import Status
from ninja.security import HttpBearer

from helpcenter.conf import helpcenter_settings

from . import services
from .forms import SurveyResponseForm
from .models import ApiKey
from .ratelimit import SurveyThrottle

router = Router(tags=["surveys"])


class StorefrontKey(HttpBearer):
    """``Authorization: Bearer <key>``: a key made in the admin or by create_api_key, or one of
    HELPCENTER_API_KEYS in the site's settings."""

    def authenticate(self, request: HttpRequest, token: str):
        key = ApiKey.authenticate(token)
        if key is not None:
            return key
        for configured in helpcenter_settings.API_KEYS:
            if hmac.compare_digest(configured.encode(), token.encode()):
                return "environment"
        return None


class Error(Schema):
    detail: str
    code: str = ""


class FieldErrors(Schema):
    detail: str
    errors: dict[str, list[str]]


class CustomerIn(Schema):
    id: str = Field(..., min_length=1, max_length=100, description="The storefront's customer id")
    email: str = Field(..., max_length=254)
    name: str = Field("", max_length=150)


class ItemIn(Schema):
    sku: str = Field("", max_length=100)
    name: str = Field(..., min_length=1, max_length=200)
    quantity: int = Field(1, ge=1, le=10000)


class InvitationIn(Schema):
    order_id: str = Field(..., min_length=1, max_length=100, description="The storefront's order id")
    customer: CustomerIn
    locale: str = Field("en", max_length=10, description="The customer's language, e.g. 'en' or 'fa'")
    items: list[ItemIn] = Field(default_factory=list, max_length=200)
    delivered_at: datetime | date | None = Field(None, description="Delivery date or time; default now")


class InvitationOut(Schema):
    order_id: str
    survey_url: str
    locale: str
    email_due_at: datetime
    expires_at: datetime
    created: bool


@router.post(
    "/invitations",
    auth=StorefrontKey(),
    response={200: InvitationOut, 201: InvitationOut, 409: Error, 422: FieldErrors},
    summary="Register a delivered order and get its survey link",
)
def create_invitation(request: HttpRequest, payload: InvitationIn):
    """201 with a new invitation; 200 with the same invitation when the order was registered before."""
    order = services.DeliveredOrder(
        order_id=payload.order_id,
        customer_id=payload.customer.id,
        email=payload.customer.email,
        name=payload.customer.name,
        language=payload.locale,
        items=[item.dict() for item in payload.items],
        delivered=payload.delivered_at,
    )
    api_key = request.auth if isinstance(request.auth, ApiKey) else None
    try:
        invitation, created = services.register_delivery(
            order, api_key=api_key, base_url=request.build_absolute_uri("/")
        )
    except services.InvalidInvitation as error:
        return Status(422, {"detail": str(error), "errors": error.errors})
    except services.SurveyError as error:
        return Status(error.status, {"detail": str(error), "code": error.code})
    return Status(
        201 if created else 200,
        {
            "order_id": invitation.storefront_order_id,
            "survey_url": services.survey_url(invitation, request.build_absolute_uri("/")),
            "locale": invitation.language,
            "email_due_at": invitation.email_due_at,
            "expires_at": invitation.expires_at,
            "created": created,
        },
    )


class ResponseIn(Schema):
    token: str = Field(..., max_length=200, description="The token from the survey link")
    csat: int | None = Field(None, description="1-5, when the survey asks for stars")
    nps: int | None = Field(None, description="0-10, when the survey asks how likely a recommendation is")
    reasons: list[str] = Field(default_factory=list, max_length=50, description="Reason keys")
    answers: dict[str, str] = Field(default_factory=dict, description="Extra questions by key")
    comment: str = ""
    consent: bool = False
    channel: str = Field("api", pattern="^(api|widget|page)$")


class ResponseOut(Schema):
    id: int
    negative: bool
    message: str


@router.post(
    "/responses",
    response={201: ResponseOut, 404: Error, 409: Error, 410: Error, 422: FieldErrors, 429: Error, 503: Error},
    throttle=[SurveyThrottle("submit")],
    summary="Answer a survey",
)
def create_response(request: HttpRequest, payload: ResponseIn):
    """Validated like the survey page: per-field errors in ``errors`` (422); 404 for a forged
    or unknown link, 410 when it has expired, 409 when this survey was already answered."""
    try:
        invitation = services.open_invitation(payload.token, allow_answered=True)
        survey = services.survey_for(invitation)
    except services.SurveyError as error:
        return Status(error.status, {"detail": str(error), "code": error.code})
    data: dict = {"reasons": payload.reasons, "comment": payload.comment}
    if payload.csat is not None:
        data["csat"] = str(payload.csat)
    if payload.nps is not None:
        data["nps"] = str(payload.nps)
    if payload.consent:
        data["consent"] = "on"
    data.update({f"q_{key}": value for key, value in payload.answers.items()})
    with translation.override(invitation.language):
        form = SurveyResponseForm(survey, data)
        valid = form.is_valid()
        unknown = {
            f"answers.{key}": [gettext("There is no such question in this survey.")]
            for key in payload.answers
            if f"q_{key}" not in form.fields
        }
        if not valid or unknown:
            if services.is_answered(invitation):
                error = services.AlreadyAnswered()
                return Status(error.status, {"detail": str(error), "code": error.code})
            errors = {**form.error_dict(), **unknown}
            return Status(
                422, {"detail": gettext("Please check the answers marked below."), "errors": errors}
            )
        try:
            response = services.submit(invitation, form, channel=payload.channel)
        except services.SurveyError as error:
            return Status(error.status, {"detail": str(error), "code": error.code})
        return Status(
            201, {"id": response.pk, "negative": response.is_negative, "message": survey.text("thank_you")}
        )
