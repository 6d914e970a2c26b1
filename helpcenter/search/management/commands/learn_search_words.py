"""Learns the words customers find articles by from their helpful searches (run daily)."""

from django.core.management.base import BaseCommand

from helpcenter.conf import helpcenter_settings
from helpcenter.search.learning import learn


class Command(BaseCommand):
    help = (
        "Recompute the words learned from customers' helpful searches of the last "
        "HELPCENTER_SEARCH_LEARNING_DAYS (search/learning.py says which count). Safe to run from cron."
    )

    def handle(self, *args, **options):
        if not helpcenter_settings.SEARCH_LEARNING:
            self.stdout.write("Learning from searches is off (HELPCENTER_SEARCH_LEARNING = False).")
            return
        learned = learn()
        self.stdout.write(
            f"Learned {learned.words} words for {learned.pages} articles "
            f"from {learned.searches} rated searches."
        )
