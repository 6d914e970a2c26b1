"""Replays what the search engine failed to index while it was down (also queued after searches)."""

from django.core.management.base import BaseCommand, CommandError

from helpcenter.search.indexing import catch_up
from helpcenter.task_queue import worker_missing_message


class Command(BaseCommand):
    help = (
        "Index the pages the search engine missed while it was down. Safe to run from cron. Exits "
        "non-zero while the engine still fails, or while no worker runs (pages published meanwhile "
        "wait in the task queue for their index update)."
    )

    def handle(self, *args, **options):
        done, waiting = 0, None
        while waiting != 0:
            batch, waiting = catch_up()
            done += batch
            if not batch:
                break
        self.stdout.write(f"Indexed {done}; {waiting} waiting.")
        if waiting:
            raise CommandError("The search engine still fails; run again once it is back.")
        missing = worker_missing_message()
        if missing:
            raise CommandError(f"{missing} Pages published meanwhile are not searchable until it runs.")
