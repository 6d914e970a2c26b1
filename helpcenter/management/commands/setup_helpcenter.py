from django.core.management.base import BaseCommand, CommandError
from wagtail import hooks

from helpcenter.languages import content_language_codes, default_language, resolve_language
from helpcenter.services import ensure_help_home, ensure_translation


class Command(BaseCommand):
    help = (
        "Makes what a fresh install needs: a help home (/help/ under the default site's root page) in "
        "each content language, and whatever the other help center apps add (a default survey per "
        "language). Safe to run again: it only makes what is missing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--language",
            action="append",
            dest="languages",
            help="Only this content language (repeat for several). Default: every content language.",
        )

    def handle(self, *args, **options):
        languages = [self._language(code) for code in options["languages"] or content_language_codes()]
        first = default_language() if default_language() in languages else languages[0]
        try:
            home, created = ensure_help_home(language=first)
        except ValueError as error:
            raise CommandError(str(error)) from None
        self._report(home, created)
        for language in languages:
            if language != home.locale.language_code:
                self._report(*ensure_translation(home, language))
        for hook in hooks.get_hooks("register_helpcenter_setup"):
            for line in hook(languages):
                self.stdout.write(line)
        self.stdout.write(self.style.SUCCESS("The help center is ready."))

    def _language(self, code: str) -> str:
        language = resolve_language(code)
        if language is None:
            raise CommandError(
                f"{code!r} is not one of the site's content languages: {content_language_codes()}"
            )
        return language

    def _report(self, home, created: bool) -> None:
        verb = "Created" if created else "Found"
        self.stdout.write(f"{verb} the {home.locale.language_code} help home {home.title!r} at {home.url}")
