"""Why an operation could not be done; the message is safe to show to whoever asked."""

from django.utils.translation import gettext_lazy as _


class SurveyError(Exception):
    status = 400
    code = "error"
    default_message = _("Something went wrong.")

    def __init__(self, message=None):
        self.message = message or self.default_message
        super().__init__(str(self.message))

    def __str__(self) -> str:
        return str(self.message)


class InvalidLink(SurveyError):
    status = 404
    code = "invalid_link"
    default_message = _(
        "This survey link is not valid. Please open the link from your e-mail or order page again."
    )


class ExpiredLink(SurveyError):
    status = 410
    code = "expired"
    default_message = _("This survey has closed. Thank you for shopping with us!")


class AlreadyAnswered(SurveyError):
    status = 409
    code = "already_answered"
    default_message = _("You have already answered this survey. Thank you!")


class SurveyUnavailable(SurveyError):
    status = 503
    code = "no_survey"
    default_message = _("This survey is not available right now. Please try again later.")


class NoActiveSurvey(SurveyError):
    status = 409
    code = "no_active_survey"
    default_message = _(
        "There is no active survey in this language: an editor switched them all off. "
        "Switch one on under Surveys → Surveys, then send the order again."
    )


class InvalidInvitation(SurveyError):
    status = 422
    code = "invalid"
    default_message = _("The invitation has errors; see the fields named in 'errors'.")

    def __init__(self, errors: dict[str, list[str]]):
        self.errors = errors
        super().__init__()


class OrderConflict(SurveyError):
    status = 409
    code = "order_conflict"
    default_message = _("This order is already registered for a different customer.")
