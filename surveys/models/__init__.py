from .authoring import DEFAULT_TEXTS, Reason, Survey, SurveyQuestion
from .customers import Customer, Invitation
from .keys import ApiKey
from .moderation import CustomerVisitor, ModerationSettings, Reply, ReplyVersion
from .outbox import OutgoingEmail
from .responses import Response, ResponseAnswer, ResponseReason

__all__ = [
    "DEFAULT_TEXTS",
    "ApiKey",
    "Customer",
    "CustomerVisitor",
    "Invitation",
    "ModerationSettings",
    "OutgoingEmail",
    "Reason",
    "Reply",
    "ReplyVersion",
    "Response",
    "ResponseAnswer",
    "ResponseReason",
    "Survey",
    "SurveyQuestion",
]
