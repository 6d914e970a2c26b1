from django.core.management.base import BaseCommand

from home.demo import build_demo


class Command(BaseCommand):
    help = "Builds the demo help site in English and Persian. Safe to run again."

    def handle(self, *args, **options):
        home = build_demo()
        self.stdout.write(self.style.SUCCESS(f"Demo content ready: {home.title} and its translation."))
