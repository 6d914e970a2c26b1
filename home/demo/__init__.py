"""Builds the demo site idempotently: run it twice and nothing is duplicated.

The words live in ``data/*.json``. Django models are imported inside the
builders so that ``home.demo.data`` can be read before Django is set up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import transaction

from .data import load

if TYPE_CHECKING:
    from wagtail.models import Page

    from ..models import HomePage


@transaction.atomic
def build_site() -> HomePage:
    """Locales, the home page in English and Persian, and the default Site."""
    from wagtail.models import Locale, Page, Site

    from ..models import HomePage

    content = load("home")
    english, _ = Locale.objects.get_or_create(language_code="en")
    persian, _ = Locale.objects.get_or_create(language_code="fa")

    home = HomePage.objects.filter(locale=english).first()
    if home is None:
        # A flushed database (transactional tests) has lost the root Wagtail's migration made.
        root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root"))
        _remove_welcome_placeholder(root)
        home = HomePage(slug="home", **content["home_page"]["en"])
        root.add_child(instance=home)
        home.save_revision().publish()
    else:
        _update(home, content["home_page"]["en"])

    site = Site.objects.filter(is_default_site=True).first() or Site(
        hostname="localhost", port=80, is_default_site=True
    )
    site.root_page = home
    site.site_name = content["site_name"]
    site.save()

    persian_home = home.get_translation_or_none(persian)
    if persian_home is None:
        persian_home = home.copy_for_translation(persian)
    _update(persian_home.specific, content["home_page"]["fa"])
    return home


def build_demo() -> HomePage:
    """The whole demo: the site, then the help content under it."""
    from .help import build_help_content
    from .surveys import build_demo_surveys
    from .synonyms import build_synonyms
    from .widget import build_demo_widget

    home = build_site()
    build_help_content(home)
    build_demo_widget(home)
    build_synonyms()
    build_demo_surveys()
    return home


def _remove_welcome_placeholder(root: Page) -> None:
    """Wagtail's first migration adds a bare "Welcome" page with the slug we want."""
    from wagtail.models import Page, Site

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
