from .authoring import DEFAULT_TEXTS, Reason, Survey, SurveyQuestion
from .customers import Customer, Invitation
from .keys import ApiKey
from .outbox import OutgoingEmail
from .responses import Response, ResponseAnswer, ResponseReason

__all__ = [
    "DEFAULT_TEXTS",
    "ApiKey",
    "Customer",
    "Invitation",
    "OutgoingEmail",
    "Reason",
    "Response",
    "ResponseAnswer",
    "ResponseReason",
    "Survey",
    "SurveyQuestion",
]
