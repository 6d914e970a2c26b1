from django.core.management.base import BaseCommand

from surveys.models import ApiKey


class Command(BaseCommand):
    help = "Creates a storefront API key and prints it once; only its hash is stored."

    def add_arguments(self, parser):
        parser.add_argument("name", help="Which storefront or system will use the key")

    def handle(self, *args, name: str, **options):
        key, raw_key = ApiKey.generate(name)
        self.stderr.write(
            f"Created API key {key.prefix}… for {name!r}. Store it now; it cannot be shown again."
        )
        self.stdout.write(raw_key)
