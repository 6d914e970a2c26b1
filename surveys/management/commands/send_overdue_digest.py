"""Today's digest of overdue responses for support staff."""

from django.core.management.base import BaseCommand
from django_tasks import task

from surveys.services import moderation


@task()
def send_overdue_digest_task() -> int | None:
    """The same digest as a task (``send_overdue_digest_task.enqueue()``), for a scheduler that
    enqueues tasks rather than running commands. Returns the queued e-mail's id, if any."""
    email = moderation.queue_overdue_digest()
    return email.pk if email else None


class Command(BaseCommand):
    help = (
        "Queues today's e-mail to support staff listing the responses past their response-time "
        "target (recipients and targets: Settings → Response-time targets). At most one digest a day "
        "and none when nothing is overdue, so it is safe to run more often. Schedule it daily, e.g. "
        "with cron: `0 8 * * * cd /srv/helpcenter && .venv/bin/python manage.py send_overdue_digest`. "
        "With --enqueue it is handed to the tasks framework (run by `manage.py db_worker`) instead."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--enqueue",
            action="store_true",
            help="Hand the work to the tasks framework instead of doing it now",
        )

    def handle(self, *args, enqueue: bool = False, **options):
        if enqueue:
            result = send_overdue_digest_task.enqueue()
            self.stdout.write(f"Enqueued task {result.id}.")
            return
        email = moderation.queue_overdue_digest()
        if email is None:
            self.stdout.write("No digest today: nothing overdue, no recipients, or already sent.")
        else:
            self.stdout.write(f"Digest queued for {', '.join(email.recipients)}.")
