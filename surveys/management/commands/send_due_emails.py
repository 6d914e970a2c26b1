from django.core.management.base import BaseCommand, CommandError

from helpcenter.task_queue import worker_missing_message
from surveys.models import OutgoingEmail
from surveys.services import deliver_due_emails, send_due_emails


class Command(BaseCommand):
    help = (
        "Sends every survey e-mail that has come due (first sends and retries) from this process, "
        "so e-mail goes out even when no worker runs or a worker lost a task. Run it from cron every "
        "few minutes. Exits non-zero when an attempt failed (the e-mail is kept and retried later)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--retry-failed", action="store_true", help="Give failed e-mails one more try")
        parser.add_argument(
            "--enqueue", action="store_true", help="Hand them to the worker (manage.py db_worker) instead"
        )

    def handle(self, *args, retry_failed: bool = False, enqueue: bool = False, **options):
        if enqueue:
            count = send_due_emails(retry_failed=retry_failed)
            self.stdout.write(f"Enqueued {count} e-mail(s) for the worker.")
            return
        counts = deliver_due_emails(retry_failed=retry_failed)
        sent = counts.get(OutgoingEmail.SENT, 0)
        failed = counts.get(OutgoingEmail.RETRYING, 0) + counts.get(OutgoingEmail.FAILED, 0)
        self.stdout.write(f"Sent {sent} e-mail(s).")
        missing = worker_missing_message()
        if missing:  # the e-mail is out; the rest of the worker's tasks are not
            self.stderr.write(self.style.WARNING(missing))
        if failed:
            raise CommandError(f"{failed} e-mail(s) could not be sent; they are kept (see the log).")
