from django.core.management.base import BaseCommand, CommandError

from surveys.services import erase_customer


class Command(BaseCommand):
    help = (
        "Anonymises a customer (by e-mail address): name, e-mail, ids, order items, free text and "
        "e-mails to them are erased; ratings and reasons stay for statistics."
    )

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, *args, email: str, **options):
        erased = erase_customer(email)
        if not erased:
            raise CommandError(f"No customer with the e-mail address {email!r}.")
        self.stdout.write(f"Anonymised {erased} customer record(s) for {email}.")
