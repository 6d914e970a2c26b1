from django.core.management.base import BaseCommand

from surveys.services import send_due_emails


class Command(BaseCommand):
    help = (
        "Hands every survey e-mail that has come due (first sends and retries) to the tasks framework. "
        "Run it from cron every few minutes when the task backend cannot defer tasks."
    )

    def add_arguments(self, parser):
        parser.add_argument("--retry-failed", action="store_true", help="Give failed e-mails one more try")

    def handle(self, *args, retry_failed: bool = False, **options):
        count = send_due_emails(retry_failed=retry_failed)
        self.stdout.write(f"Enqueued {count} e-mail(s).")
