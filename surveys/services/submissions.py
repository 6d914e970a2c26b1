"""Opening a survey link and storing the answers: once per invitation, whatever the timing."""

from datetime import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from ..conf import surveys_settings
from ..forms import SurveyResponseForm
from ..models import Invitation, OutgoingEmail, Response, ResponseAnswer, ResponseReason, Survey
from ..tokens import read_token
from .errors import AlreadyAnswered, ExpiredLink, InvalidLink, SurveyUnavailable
from .mail import enqueue_delivery


def open_invitation(token: str, now: datetime | None = None, allow_answered: bool = False) -> Invitation:
    """The invitation behind a survey link, or the reason it cannot be answered.

    A forged or altered link is refused before the database is asked. With ``allow_answered``
    an answered invitation is returned too (the page shows "thank you"; a submission relies on
    the database constraint instead of an extra lookup).
    """
    public_id = read_token(token)
    if public_id is None:
        raise InvalidLink()
    try:
        invitation = Invitation.objects.select_related("survey").get(public_id=public_id)
    except Invitation.DoesNotExist:
        raise InvalidLink() from None
    if not allow_answered and Response.objects.filter(invitation_id=invitation.pk).exists():
        raise AlreadyAnswered()
    if (now or timezone.now()) >= invitation.expires_at:
        raise ExpiredLink()
    return invitation


def survey_for(invitation: Invitation) -> Survey:
    survey = invitation.survey_for_answering()
    if survey is None:
        raise SurveyUnavailable()
    return survey


def is_negative(csat: int | None, nps: int | None) -> bool:
    return (csat is not None and csat <= surveys_settings.NEGATIVE_CSAT_MAX) or (
        nps is not None and nps <= surveys_settings.NEGATIVE_NPS_MAX
    )


def submit(invitation: Invitation, form: SurveyResponseForm, channel: str = "page") -> Response:
    """Stores a validated form's answers. The one-to-one on the invitation, not a prior check,
    guarantees a single response: a second or concurrent submit gets ``AlreadyAnswered``."""
    survey = form.survey
    data = form.cleaned_data
    csat, nps = data.get("csat"), data.get("nps")
    labels = form.reason_labels()
    with translation.override(invitation.language):
        questions = {
            name: survey.text(f"{name}_question")
            for name, asked in [
                ("csat", survey.ask_csat),
                ("nps", survey.ask_nps),
                ("reasons", bool(labels)),
                ("comment", survey.ask_comment),
            ]
            if asked
        }
        questions["consent"] = survey.text("consent_label")
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
    invitation = response.invitation
    context = {
        "response": response,
        "invitation": invitation,
        "customer": invitation.customer,
        "reasons": reasons,
        "admin_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        + f"/admin/snippets/surveys/response/inspect/{response.pk}/",
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
