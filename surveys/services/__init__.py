"""Operations that span the surveys models; views, the API, tasks and commands call these."""

from .data_rights import erase_customer, export_customer
from .errors import (
    AlreadyAnswered,
    ExpiredLink,
    InvalidInvitation,
    InvalidLink,
    NoActiveSurvey,
    OrderConflict,
    SurveyError,
    SurveyUnavailable,
)
from .invitations import DeliveredOrder, cancel_invitation, register_delivery, survey_url
from .mail import deliver, deliver_due_emails, enqueue_delivery, send_due_emails
from .submissions import is_answered, is_negative, open_invitation, submit, survey_for

__all__ = [
    "AlreadyAnswered",
    "DeliveredOrder",
    "ExpiredLink",
    "InvalidInvitation",
    "InvalidLink",
    "NoActiveSurvey",
    "OrderConflict",
    "SurveyError",
    "SurveyUnavailable",
    "cancel_invitation",
    "deliver",
    "deliver_due_emails",
    "enqueue_delivery",
    "erase_customer",
    "export_customer",
    "is_answered",
    "is_negative",
    "open_invitation",
    "register_delivery",
    "send_due_emails",
    "submit",
    "survey_for",
    "survey_url",
]
