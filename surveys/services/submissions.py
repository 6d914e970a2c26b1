"""Opening a survey link and storing the answers: once per invitation, whatever the timing."""

import time
from datetime import datetime
from functools import cache

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import IntegrityError, connection, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from ..conf import surveys_settings
from ..forms import SurveyResponseForm, wording
from ..models import (
    Customer,
    Invitation,
    OutgoingEmail,
    Response,
    ResponseAnswer,
    ResponseReason,
    Survey,
)
from ..models.authoring import PARTS_CACHE_SECONDS
from ..tokens import read_token
from .errors import AlreadyAnswered, ExpiredLink, InvalidLink, SurveyUnavailable
from .mail import enqueue_delivery

# The customer's fields a negative answer's alert shows, in the model's order (as from_db wants).
CUSTOMER_FIELDS = [f.attname for f in Customer._meta.concrete_fields if f.name in {"id", "email", "name"}]


def open_invitation(token: str, now: datetime | None = None, allow_answered: bool = False) -> Invitation:
    """The invitation behind a survey link, or the reason it cannot be answered.

    A forged or altered link is refused before the database is asked. With ``allow_answered``
    an answered invitation is returned too (the page shows "thank you"; a submission relies on
    the database constraint instead of an extra lookup).
    """
    public_id = read_token(token)
    if public_id is None:
        raise InvalidLink()
    invitation = next(iter(Invitation.objects.raw(_invitation_sql(), [public_id])), None)
    if invitation is None:
        raise InvalidLink()
    extra = invitation.__dict__  # the joined columns, set as attributes by raw()
    # The alert's few customer fields; any other is loaded when first read.
    invitation.customer = Customer.from_db(
        invitation._state.db, CUSTOMER_FIELDS, [extra.pop(f"customer__{name}") for name in CUSTOMER_FIELDS]
    )
    survey_updated_at = extra.pop("survey_updated_at")
    if invitation.survey_id is not None:
        invitation.survey = _survey(invitation.survey_id, survey_updated_at)
    if not allow_answered and Response.objects.filter(invitation_id=invitation.pk).exists():
        raise AlreadyAnswered()
    if invitation.cancelled_at is not None or (now or timezone.now()) >= invitation.expires_at:
        raise ExpiredLink()
    return invitation


@cache
def _invitation_sql() -> str:
    """The invitation by public id, with its customer (for a negative answer's alert) and its
    survey's ``updated_at`` (the key of the survey cache), in one query.

    Raw SQL because this runs for every link opened and every answer sent, and building the
    equivalent queryset cost more CPU than running it. Names come from the models, so it keeps
    up with their changes.
    """
    quote = connection.ops.quote_name

    def table(model) -> str:
        return quote(model._meta.db_table)

    def column(model, name: str) -> str:
        return quote(model._meta.get_field(name).column)

    customer_columns = ", ".join(
        f"c.{column(Customer, name)} AS {quote('customer__' + name)}" for name in CUSTOMER_FIELDS
    )
    # Identifiers from the models; the public id is a parameter.
    return (
        f"SELECT i.*, {customer_columns}, s.{column(Survey, 'updated_at')} AS survey_updated_at"  # noqa: S608
        f" FROM {table(Invitation)} i"
        f" JOIN {table(Customer)} c ON c.{column(Customer, 'id')} = i.{column(Invitation, 'customer')}"
        f" LEFT JOIN {table(Survey)} s ON s.{column(Survey, 'id')} = i.{column(Invitation, 'survey')}"
        f" WHERE i.{column(Invitation, 'public_id')} = %s"
    )


# Surveys by (id, updated_at), each kept PARTS_CACHE_SECONDS: every answer needs its survey, which
# rarely changes. An edit saved in the admin changes the key that comes with the invitation, so it
# is used at once; a change made with a bulk update() shows up within those seconds.
_SURVEYS: dict[tuple[int, datetime], tuple[float, Survey]] = {}


def _survey(survey_id: int, updated_at: datetime) -> Survey | None:
    now = time.monotonic()
    cached = _SURVEYS.get((survey_id, updated_at))
    if cached is not None and cached[0] > now:
        return cached[1]
    survey = Survey.objects.filter(pk=survey_id).first()
    if survey is None:  # deleted since the invitation was read
        return None
    if len(_SURVEYS) >= 64:
        _SURVEYS.clear()
    _SURVEYS[survey.pk, survey.updated_at] = (now + PARTS_CACHE_SECONDS, survey)
    return survey


def survey_for(invitation: Invitation) -> Survey:
    survey = invitation.survey_for_answering()
    if survey is None:
        raise SurveyUnavailable()
    return survey


def is_negative(csat: int | None, nps: int | None) -> bool:
    return (csat is not None and csat <= surveys_settings.NEGATIVE_CSAT_MAX) or (
        nps is not None and nps <= surveys_settings.NEGATIVE_NPS_MAX
    )


# The fixed questions' wording by everything it is built from; the same for most answers.
_QUESTIONS: dict[tuple, dict[str, str]] = {}


def _fixed_questions(survey: Survey, language: str, asks_reasons: bool) -> dict[str, str]:
    """The fixed questions as the customer saw them, in their language."""
    key = (wording(survey, language), asks_reasons)
    questions = _QUESTIONS.get(key)
    if questions is None:
        with translation.override(language):
            questions = {
                name: survey.text(f"{name}_question")
                for name, asked in [
                    ("csat", survey.ask_csat),
                    ("nps", survey.ask_nps),
                    ("reasons", asks_reasons),
                    ("comment", survey.ask_comment),
                ]
                if asked
            }
            questions["consent"] = survey.text("consent_label")
        if len(_QUESTIONS) >= 256:
            _QUESTIONS.clear()
        _QUESTIONS[key] = questions
    return dict(questions)


def submit(invitation: Invitation, form: SurveyResponseForm, channel: str = "page") -> Response:
    """Stores a validated form's answers. The one-to-one on the invitation, not a prior check,
    guarantees a single response: a second or concurrent submit gets ``AlreadyAnswered``."""
    survey = form.survey
    data = form.cleaned_data
    csat, nps = data.get("csat"), data.get("nps")
    labels = form.reason_labels()
    questions = _fixed_questions(survey, invitation.language, asks_reasons=bool(labels))
    try:
        with transaction.atomic():
            response = Response.objects.create(
                invitation=invitation,
                customer_id=invitation.customer_id,
                survey=survey,
                language=invitation.language,
                csat=csat,
                nps=nps,
                comment=data.get("comment", ""),
                consent_to_publish=bool(data.get("consent")),
                is_negative=is_negative(csat, nps),
                questions=questions,
                channel=channel,
            )
            reasons = [
                ResponseReason(response=response, key=key, label=labels[key])
                for key in data.get("reasons", [])
            ]
            answers = [
                ResponseAnswer(
                    response=response,
                    key=question.key,
                    question=question.text,
                    value=str(data.get(f"q_{question.key}") or ""),
                    is_free_text=question.kind == question.KIND_TEXT,
                    sort_order=position,
                )
                for position, question in enumerate(form.extra_questions)
                if data.get(f"q_{question.key}")
            ]
            if reasons:
                ResponseReason.objects.bulk_create(reasons)
            if answers:
                ResponseAnswer.objects.bulk_create(answers)
            chosen = [labels[key] for key in data.get("reasons", [])]
            alert = _queue_negative_alert(response, chosen) if response.is_negative else None
    except IntegrityError:
        if Response.objects.filter(invitation_id=invitation.pk).exists():
            raise AlreadyAnswered() from None
        raise
    if alert is not None:
        enqueue_delivery(alert)
    return response


def staff_recipients() -> list[str]:
    configured = list(surveys_settings.STAFF_NOTIFICATION_EMAILS)
    if configured:
        return configured
    users = get_user_model().objects.filter(is_active=True, is_superuser=True).exclude(email="")
    return sorted(set(users.values_list("email", flat=True)))


def _queue_negative_alert(response: Response, reasons: list[str]) -> OutgoingEmail | None:
    recipients = staff_recipients()
    if not recipients:
        return None
    from ..moderation_admin import admin_url  # the admin imports the services: import late

    invitation = response.invitation
    context = {
        "response": response,
        "invitation": invitation,
        "customer": invitation.customer,
        "reasons": reasons,
        "admin_url": admin_url(response),
    }
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string("surveys/emails/negative_alert_subject.txt", context).strip()
        body = render_to_string("surveys/emails/negative_alert_body.txt", context)
    return OutgoingEmail.objects.create(
        kind=OutgoingEmail.KIND_NEGATIVE_ALERT,
        recipients=recipients,
        subject=subject[:250],
        body=body,
        customer_id=invitation.customer_id,
        invitation=None,
        response=response,
        next_attempt_at=timezone.now(),
    )


def is_answered(invitation: Invitation) -> bool:
    return Response.objects.filter(invitation_id=invitation.pk).exists()
