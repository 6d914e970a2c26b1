from django.core.management.base import BaseCommand

from helpcenter.models import ArticlePage, FAQPage
from home.demo import build_demo


class Command(BaseCommand):
    help = "Builds the demo help site in English and Persian. Safe to run again."

    def handle(self, *args, **options):
        build_demo()
        articles = ArticlePage.objects.live().count()
        faqs = FAQPage.objects.live().count()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo help center ready: {articles} articles and {faqs} FAQ pages in English and Persian."
            )
        )
