"""Invitation e-mails through the tasks framework: delayed, retried with backoff when the mail server
fails, recorded on every attempt, never dropped."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from surveys.models import OutgoingEmail
from surveys.services import deliver, send_due_emails
from surveys.services.mail import retry_delay
from tests.surveys.conftest import invite
from tests.surveys.mail_backends import FlakyEmailBackend

pytestmark = pytest.mark.django_db
FLAKY = "tests.surveys.mail_backends.FlakyEmailBackend"
DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.backend.DatabaseBackend"}}


def come_due(email):
    """Time passes: the next attempt is now."""
    OutgoingEmail.objects.filter(pk=email.pk).update(next_attempt_at=timezone.now() - timedelta(seconds=1))


@override_settings(EMAIL_BACKEND=FLAKY)
def test_the_e_mail_waits_for_the_delay_then_goes_through_the_sweeper(english_survey):
    invitation, _token = invite()
    email = invitation.emails.get()
    assert email.status == "scheduled" and email.attempts == 0
    assert send_due_emails() == 0  # not due for another six days
    assert FlakyEmailBackend.attempts == 0
    come_due(email)
    assert send_due_emails() == 1
    email.refresh_from_db()
    assert (email.status, email.attempts, email.sent_at is not None) == ("sent", 1, True)
    assert send_due_emails() == 0  # never twice


@override_settings(EMAIL_BACKEND=FLAKY)
def test_failed_send_is_recorded_retried_with_backoff_and_finally_sent(english_survey, mailoutbox):
    FlakyEmailBackend.failures_left = 2
    invitation, _token = invite()
    email = invitation.emails.get()
    come_due(email)

    send_due_emails()
    email.refresh_from_db()
    assert (email.status, email.attempts) == ("retrying", 1)
    assert "SMTPServerDisconnected" in email.last_error
    first_wait = email.next_attempt_at - email.last_attempt_at
    assert first_wait == timedelta(seconds=60)
    assert send_due_emails() == 0  # waiting for the backoff

    come_due(email)
    send_due_emails()
    email.refresh_from_db()
    assert (email.status, email.attempts) == ("retrying", 2)
    assert email.next_attempt_at - email.last_attempt_at == timedelta(seconds=120)  # doubled

    come_due(email)
    send_due_emails()
    email.refresh_from_db()
    assert (email.status, email.attempts, email.last_error) == ("sent", 3, "")
    assert FlakyEmailBackend.attempts == 3
    (message,) = mailoutbox
    assert message.to == [invitation.customer.email]


@override_settings(EMAIL_BACKEND=FLAKY, SURVEYS_EMAIL_MAX_ATTEMPTS=2)
def test_after_the_last_attempt_it_is_kept_as_failed_and_can_be_retried(english_survey, mailoutbox):
    FlakyEmailBackend.failures_left = 5
    invitation, _token = invite()
    email = invitation.emails.get()
    for _attempt in range(2):
        come_due(email)
        send_due_emails()
    email.refresh_from_db()
    assert (email.status, email.attempts) == ("failed", 2)
    assert send_due_emails() == 0  # failed ones wait for a person
    FlakyEmailBackend.failures_left = 0
    out = StringIO()
    call_command("send_due_emails", "--retry-failed", stdout=out)
    assert "Sent 1 e-mail" in out.getvalue()
    email.refresh_from_db()
    assert (email.status, email.attempts) == ("sent", 3)
    assert len(mailoutbox) == 1


def test_backoff_doubles_up_to_the_maximum(settings):
    settings.SURVEYS_EMAIL_RETRY_MAX_SECONDS = 600
    assert [retry_delay(n).total_seconds() for n in range(1, 7)] == [60, 120, 240, 480, 600, 600]


def test_a_sent_or_cancelled_e_mail_is_never_sent_again(english_survey, mailoutbox):
    invitation, _token = invite()
    email = invitation.emails.get()
    come_due(email)
    assert deliver(email.pk) == "sent"
    assert deliver(email.pk) == "sent"
    OutgoingEmail.objects.filter(pk=email.pk).update(status="cancelled")
    assert deliver(email.pk) == "cancelled"
    assert len(mailoutbox) == 1


def test_a_task_run_early_does_not_send(english_survey, mailoutbox):
    invitation, _token = invite()
    assert deliver(invitation.emails.get().pk) == "not-due"
    assert mailoutbox == []


@pytest.mark.django_db(transaction=True)  # the worker closes the connection, as in production
@override_settings(TASKS=DATABASE_TASKS, EMAIL_BACKEND=FLAKY)
def test_with_the_database_queue_the_e_mail_is_deferred_to_its_due_time_and_retries_are_deferred(
    english_survey, mailoutbox
):
    """Production's backend (django_tasks_db): run_after carries the delay and the backoff."""
    invitation, _token = invite()
    email = invitation.emails.get()
    queued = DBTaskResult.objects.get()
    assert queued.task_path == "surveys.tasks.deliver_email"
    assert queued.args_kwargs == {"args": [email.pk], "kwargs": {}}
    assert queued.run_after == email.next_attempt_at  # seven days after delivery

    # The worker leaves it alone until then.
    call_command("db_worker", "--batch", "--no-startup-delay", stdout=StringIO(), stderr=StringIO())
    email.refresh_from_db()
    assert email.attempts == 0 and FlakyEmailBackend.attempts == 0

    # Due now, with a mail server that fails once.
    FlakyEmailBackend.failures_left = 1
    DBTaskResult.objects.update(run_after=timezone.now() - timedelta(seconds=1))
    OutgoingEmail.objects.filter(pk=email.pk).update(next_attempt_at=timezone.now() - timedelta(seconds=1))
    call_command("db_worker", "--batch", "--no-startup-delay", stdout=StringIO(), stderr=StringIO())
    email.refresh_from_db()
    assert (email.status, email.attempts) == ("retrying", 1)
    retry = DBTaskResult.objects.filter(status="READY").get()
    assert retry.run_after == email.next_attempt_at > timezone.now()

    DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now() - timedelta(seconds=1))
    OutgoingEmail.objects.filter(pk=email.pk).update(next_attempt_at=timezone.now() - timedelta(seconds=1))
    call_command("db_worker", "--batch", "--no-startup-delay", stdout=StringIO(), stderr=StringIO())
    email.refresh_from_db()
    assert (email.status, email.attempts) == ("sent", 2)
    assert len(mailoutbox) == 1


@override_settings(EMAIL_BACKEND=FLAKY)
def test_negative_alert_failure_is_retried_too(client, english_survey, mailoutbox):
    import json

    FlakyEmailBackend.failures_left = 1
    _invitation, token = invite()
    response = client.post(
        "/api/v1/surveys/responses",
        json.dumps({"token": token, "csat": 1, "nps": 0, "answers": {"would_buy_again": "no"}}),
        content_type="application/json",
    )
    assert response.status_code == 201  # the customer is not told about our mail server
    alert = OutgoingEmail.objects.get(kind="negative_alert")
    assert (alert.status, alert.attempts) == ("retrying", 1)
    come_due(alert)
    send_due_emails()
    alert.refresh_from_db()
    assert alert.status == "sent"
    assert [m.to for m in mailoutbox] == [["duty@shop.example"]]


@override_settings(TASKS=DATABASE_TASKS, EMAIL_BACKEND=FLAKY)
def test_the_periodic_job_sends_due_e_mail_when_no_worker_runs_and_fails_loudly(english_survey, mailoutbox):
    """Production's queue with its worker down (or killed while running the task): the e-mail waits
    in the queue, and `manage.py send_due_emails` from cron sends it from its own process."""
    first, _token = invite()
    come_due(first.emails.get())
    assert DBTaskResult.objects.filter(status="READY").exists()  # queued for a worker that is not there
    out = StringIO()
    call_command("send_due_emails", stdout=out)
    assert "Sent 1 e-mail" in out.getvalue()
    assert [message.to for message in mailoutbox] == [[first.customer.email]]
    call_command("send_due_emails", stdout=StringIO())
    assert len(mailoutbox) == 1  # the queued task, run later, finds it sent: never twice

    FlakyEmailBackend.failures_left = 1
    second, _token = invite()
    come_due(second.emails.get())
    with pytest.raises(CommandError, match="1 e-mail\\(s\\) could not be sent"):
        call_command("send_due_emails", stdout=StringIO())
    assert second.emails.get().status == "retrying"  # kept for the next run
