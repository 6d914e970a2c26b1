"""Outgoing e-mail through the tasks framework, with retries that are recorded and never dropped.

Each message is an ``OutgoingEmail`` row written in the same transaction as
the thing it is about, so a crash cannot lose it. ``enqueue_delivery`` hands
it to the tasks framework: at once when due, deferred with ``run_after`` on
backends that support it (django_tasks_db). On backends that cannot defer
(the immediate backend), and whenever the worker is down or lost a task (a worker killed
while running one leaves it unfinished), ``manage.py send_due_emails`` - run from cron - sends
whatever has come due from its own process (``deliver_due_emails``).
"""

import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import timezone

from ..conf import surveys_settings
from ..models import OutgoingEmail

logger = logging.getLogger(__name__)


def retry_delay(attempts: int) -> timedelta:
    """Doubling waits: 1 min, 2 min, 4 min… up to the configured maximum."""
    base = surveys_settings.EMAIL_RETRY_BASE_SECONDS
    return timedelta(seconds=min(base * 2 ** max(attempts - 1, 0), surveys_settings.EMAIL_RETRY_MAX_SECONDS))


def enqueue_delivery(email: OutgoingEmail) -> None:
    """Gives the e-mail to the task backend; never raises (the row stays and the sweeper finds it)."""
    from ..tasks import deliver_email

    try:
        if email.next_attempt_at <= timezone.now():
            deliver_email.enqueue(email.pk)
        elif deliver_email.get_backend().supports_defer:
            deliver_email.using(run_after=email.next_attempt_at).enqueue(email.pk)
    except Exception:
        logger.exception("Could not enqueue e-mail %s; send_due_emails will pick it up", email.pk)


def deliver(email_id: int, now: datetime | None = None) -> str:
    """One attempt to send one e-mail; returns its status afterwards.

    The row is locked while sending, so a task and the sweeper never send the same message twice.
    """
    now = now or timezone.now()
    with transaction.atomic():
        email = OutgoingEmail.objects.select_for_update(skip_locked=True).filter(pk=email_id).first()
        if email is None:
            return "busy-or-missing"
        if email.status not in OutgoingEmail.PENDING:
            return email.status
        if email.next_attempt_at > now:
            return "not-due"
        email.attempts += 1
        email.last_attempt_at = now
        try:
            EmailMessage(
                subject=email.subject,
                body=email.body,
                from_email=settings.DEFAULT_FROM_EMAIL,
                to=email.recipients,
            ).send()
        except Exception as error:
            email.last_error = f"{type(error).__name__}: {error}"[:2000]
            if email.attempts >= surveys_settings.EMAIL_MAX_ATTEMPTS:
                email.status = OutgoingEmail.FAILED
                logger.error("E-mail %s failed %s times; kept as failed: %s", email.pk, email.attempts, error)
            else:
                email.status = OutgoingEmail.RETRYING
                email.next_attempt_at = now + retry_delay(email.attempts)
                logger.warning("E-mail %s failed (attempt %s), retrying: %s", email.pk, email.attempts, error)
        else:
            email.status = OutgoingEmail.SENT
            email.sent_at = now
            email.last_error = ""
        email.save()
    if email.status == OutgoingEmail.RETRYING:
        enqueue_delivery(email)
    return email.status


def due_emails(now: datetime, retry_failed: bool = False) -> list[int]:
    """The ids of every e-mail that has come due, oldest first; with ``retry_failed``, failed ones
    are given one more try first."""
    if retry_failed:
        OutgoingEmail.objects.filter(status=OutgoingEmail.FAILED).update(
            status=OutgoingEmail.RETRYING, next_attempt_at=now
        )
    return list(
        OutgoingEmail.objects.filter(status__in=OutgoingEmail.PENDING, next_attempt_at__lte=now)
        .order_by("next_attempt_at")
        .values_list("pk", flat=True)
    )


def deliver_due_emails(now: datetime | None = None, retry_failed: bool = False) -> dict[str, int]:
    """Sends every due e-mail from this process, whether or not a worker runs; returns how many
    ended in each status. A task delivering the same e-mail meanwhile holds its row, and
    ``deliver`` skips it, so nothing goes out twice."""
    counts: dict[str, int] = {}
    for email_id in due_emails(now or timezone.now(), retry_failed):
        status = deliver(email_id)
        counts[status] = counts.get(status, 0) + 1
    return counts


def send_due_emails(now: datetime | None = None, retry_failed: bool = False) -> int:
    """Enqueues every e-mail that has come due, for the worker; returns how many."""
    due = due_emails(now or timezone.now(), retry_failed)
    from ..tasks import deliver_email

    for email_id in due:
        try:
            deliver_email.enqueue(email_id)
        except Exception:
            logger.exception("Could not enqueue e-mail %s", email_id)
    return len(due)
