"""Builds the demo site idempotently: run it twice and nothing is duplicated."""

from django.db import transaction
from wagtail.models import Locale, Page, Site

from helpcenter.demo import build_help_content
from search.demo import build_synonyms
from surveys.demo import build_demo_surveys

from .models import HomePage

HOME_CONTENT = {
    "en": {
        "title": "Help Center",
        "search_prompt": "How can we help?",
        "intro": "Answers about orders, delivery, returns, payment and your account.",
    },
    "fa": {
        "title": "مرکز راهنما",
        "search_prompt": "چطور می‌توانیم کمک کنیم؟",
        "intro": "پاسخ پرسش‌ها درباره سفارش، ارسال، مرجوعی، پرداخت و حساب کاربری.",
    },
}


@transaction.atomic
def build_site() -> HomePage:
    """Locales, the home page in English and Persian, and the default Site."""
    english, _ = Locale.objects.get_or_create(language_code="en")
    persian, _ = Locale.objects.get_or_create(language_code="fa")

    home = HomePage.objects.filter(locale=english).first()
    if home is None:
        # A flushed database (transactional tests) has lost the root Wagtail's migration made.
        root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root"))
        _remove_welcome_placeholder(root)
        home = HomePage(slug="home", **HOME_CONTENT["en"])
        root.add_child(instance=home)
        home.save_revision().publish()
    else:
        _update(home, HOME_CONTENT["en"])

    site = Site.objects.filter(is_default_site=True).first() or Site(
        hostname="localhost", port=80, is_default_site=True
    )
    site.root_page = home
    site.site_name = "Help Center"
    site.save()

    persian_home = home.get_translation_or_none(persian)
    if persian_home is None:
        persian_home = home.copy_for_translation(persian)
    _update(persian_home.specific, HOME_CONTENT["fa"])
    return home


def build_demo() -> HomePage:
    """The whole demo: the site, then the help content under it."""
    home = build_site()
    build_help_content(home)
    build_synonyms()
    build_demo_surveys()
    return home


def _remove_welcome_placeholder(root: Page) -> None:
    """Wagtail's first migration adds a bare "Welcome" page with the slug we want."""
    for child in root.get_children().filter(slug="home"):
        if child.specific_class is Page and child.is_leaf():
            Site.objects.filter(root_page=child).delete()
            child.delete()


def _update(page: HomePage, values: dict) -> None:
    changed = any(getattr(page, field) != value for field, value in values.items())
    if changed or not page.live:
        for field, value in values.items():
            setattr(page, field, value)
        page.save_revision().publish()
