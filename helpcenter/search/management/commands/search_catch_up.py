"""Replays what the search engine failed to index while it was down (also queued after searches)."""

from django.core.management.base import BaseCommand, CommandError

from helpcenter.search.indexing import catch_up


class Command(BaseCommand):
    help = "Index the pages the search engine missed while it was down. Safe to run from cron."

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
