import json

from django.core.management.base import BaseCommand, CommandError

from surveys.services import export_customer


class Command(BaseCommand):
    help = "Writes everything stored about a customer (by e-mail address) as JSON."

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("-o", "--output", help="Write to this file instead of standard output")

    def handle(self, *args, email: str, output: str | None = None, **options):
        data = export_customer(email)
        if not data["customers"]:
            raise CommandError(f"No customer with the e-mail address {email!r}.")
        text = json.dumps(data, ensure_ascii=False, indent=2)
        if output:
            with open(output, "w", encoding="utf-8") as file:
                file.write(text + "\n")
            self.stderr.write(f"Wrote {output}")
        else:
            self.stdout.write(text)
