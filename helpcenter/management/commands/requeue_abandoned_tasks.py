"""Puts back in the queue the tasks a worker was running when it died."""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult


class Command(BaseCommand):
    help = (
        "A worker killed while running a task (SIGKILL, out of memory, a lost machine) leaves it "
        "marked running for ever, so a published page's index update, say, never happens. This marks "
        "tasks running for longer than --minutes ready again, for the next worker. The help center's "
        "tasks (indexing, e-mail, digests) are safe to run twice. Run it every few minutes."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--minutes",
            type=int,
            default=15,
            help="How long a task may run before it counts as abandoned (default 15; ours take seconds)",
        )

    def handle(self, *args, minutes: int, **options):
        now = timezone.now()
        abandoned = DBTaskResult.objects.filter(
            status=TaskResultStatus.RUNNING, started_at__lt=now - timedelta(minutes=minutes)
        )
        count = abandoned.update(status=TaskResultStatus.READY, started_at=None, run_after=now)
        self.stdout.write(f"Requeued {count} abandoned task(s).")
