"""Background work for surveys, on Django's tasks framework (django_tasks)."""

from django_tasks import task

from .services import mail


@task()
def deliver_email(email_id: int) -> str:
    """One attempt at one outgoing e-mail; failures are recorded on the row and retried later."""
    return mail.deliver(email_id)
