import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Page

from helpcenter.importers.zendesk import ZendeskImportError, import_zendesk_export
from helpcenter.models import help_home_models


class Command(BaseCommand):
    help = (
        "Imports a Zendesk Help Center export (JSON with categories, sections and articles) "
        "into the help center. Safe to run again: it updates what changed and creates nothing twice."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="The export, e.g. articles.json")
        parser.add_argument(
            "--help-home",
            type=int,
            metavar="PAGE_ID",
            help="The help home to import under (its translations take the other languages). "
            "Default: the default site's help home, made at /help/ if the site has none.",
        )

    def handle(self, *args, **options):
        data = read_export(options["file"])
        progress = self.stdout if options["verbosity"] >= 2 else None
        help_home = None
        if options["help_home"] is not None:
            help_home = Page.objects.filter(pk=options["help_home"]).type(*help_home_models()).first()
            if help_home is None:
                raise CommandError(f"--help-home {options['help_home']}: no help home has this page id")
            help_home = help_home.specific
        try:
            report = import_zendesk_export(data, stdout=progress, help_home=help_home)
        except ZendeskImportError as exc:
            raise CommandError(f"{options['file']}: {exc}") from exc
        for line in report.lines():
            self.stdout.write(line)
        self.stdout.write(self.style.SUCCESS("Zendesk import finished."))


def read_export(path: Path):
    """The parsed file; every way of not getting there is a CommandError that says where."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise CommandError(f"{path}: no such file") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise CommandError(f"{path}: cannot be read as UTF-8 text ({exc})") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise CommandError(
            f"{path}: not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        ) from exc
