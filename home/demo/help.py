"""Builds the demo help center from ``data/help.json`` and ``data/topics/*.json``, idempotently.

The site's load_demo_content command calls build_help_content with its help
home page; running it again updates pages in place and never duplicates.
"""

import random
from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from helpcenter.models import (
    ArticleFeedback,
    ArticlePage,
    ArticleReadCount,
    CategoryPage,
    ContactSettings,
    FAQPage,
)
from helpcenter.services import visitor_fingerprint

from .data import help_topics, load

SOURCE_LANGUAGE = "en"


@transaction.atomic
def build_help_content(home: Page) -> dict[str, int]:
    """Categories, sections, articles and FAQs under ``home`` and its translations."""
    categories = help_topics()
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    articles: dict[str, ArticlePage] = {}
    for category_data in categories:
        category = _upsert(CategoryPage, home, category_data, locales, _category_fields)
        faq = category_data.get("faq")
        if faq:
            _upsert(FAQPage, category, faq, locales, _faq_fields)
        for section_data in category_data["sections"]:
            section = _upsert(CategoryPage, category, section_data, locales, _category_fields)
            for article_data in section_data["articles"]:
                articles[article_data["key"]] = _upsert(
                    ArticlePage, section, article_data, locales, _article_fields
                )
    _link_related(articles, locales, categories)
    _add_contact_settings(home, load("help")["contact"])
    _add_demo_activity(articles, locales)
    return {"articles": len(articles), "categories": len(categories)}


def _upsert(model, parent: Page, data: dict, locales: dict, fields_for) -> Page:
    """The source-language page under ``parent`` and its translations, created or updated."""
    page = model.objects.child_of(parent).filter(slug=data["key"]).first()
    values = fields_for(data, SOURCE_LANGUAGE)
    if page is None:
        page = model(slug=data["key"], **_plain(values))
        parent.add_child(instance=page)
        _apply(page, values, force=True)
    else:
        _apply(page, values)
    for language, locale in locales.items():
        if language == SOURCE_LANGUAGE or language not in data["title"]:
            continue
        translation = page.get_translation_or_none(locale)
        if translation is None:
            translation = page.copy_for_translation(locale)
            _apply(translation.specific, fields_for(data, language), force=True)
        else:
            _apply(translation.specific, fields_for(data, language))
    return page


def _plain(values: dict) -> dict:
    return {key: value for key, value in values.items() if key != "tags"}


def _apply(page: Page, values: dict, force: bool = False) -> None:
    """Saves and publishes a revision only when something changed."""
    changed = force or not page.live
    for field, value in values.items():
        if field == "tags":
            if sorted(tag.name for tag in page.tags.all()) != sorted(value):
                page.tags.set(value, clear=True)
                changed = True
        elif field == "body":
            if _without_ids(list(page.body.raw_data)) != _without_ids(value):
                page.body = value
                changed = True
        elif getattr(page, field) != value:
            setattr(page, field, value)
            changed = True
    if changed:
        page.save_revision().publish()


def _without_ids(data):
    """StreamField raw data minus the block ids Wagtail adds, for comparing content."""
    if isinstance(data, dict):
        return {key: _without_ids(value) for key, value in data.items() if key != "id"}
    if isinstance(data, list | tuple):
        return [_without_ids(item) for item in data]
    return data


def _category_fields(data: dict, language: str) -> dict:
    fields = {"title": data["title"][language], "description": data["description"][language]}
    if "icon" in data:
        fields["icon"] = data["icon"]
    return fields


def _faq_fields(data: dict, language: str) -> dict:
    return {
        "title": data["title"][language],
        "intro": data["intro"][language],
        "body": [
            {"type": "question", "value": {"question": question, "answer": answer}}
            for question, answer in data["questions"][language]
        ],
    }


def _article_fields(data: dict, language: str) -> dict:
    return {
        "title": data["title"][language],
        "summary": data["summary"][language],
        "stage": data["stage"],
        "body": data["body"][language],
        "tags": data["tags"][language],
        "last_reviewed": timezone.now().date() - timedelta(days=30),
    }


def _link_related(articles: dict[str, ArticlePage], locales: dict, categories: list) -> None:
    """Related links point at the article of the same language."""
    related_by_key = {
        article["key"]: article.get("related", [])
        for category in categories
        for section in category["sections"]
        for article in section["articles"]
    }
    for key, page in articles.items():
        wanted = [articles[other] for other in related_by_key[key] if other in articles]
        for locale in locales.values():
            source = page if locale.language_code == SOURCE_LANGUAGE else page.get_translation_or_none(locale)
            if source is None:
                continue
            source = source.specific
            targets = [
                target if locale.language_code == SOURCE_LANGUAGE else target.get_translation_or_none(locale)
                for target in wanted
            ]
            targets = [target.specific for target in targets if target is not None]
            if [link.page_id for link in source.related_links.all()] != [target.pk for target in targets]:
                source.related_links.all().delete()
                for target in targets:
                    source.related_links.create(page=target)


def _add_contact_settings(home: Page, data: dict) -> None:
    site = Site.objects.filter(root_page=home).first() or Site.objects.get(is_default_site=True)
    contact = ContactSettings.for_site(site)
    contact.email, contact.phone, contact.chat_url = data["email"], data["phone"], data["chat_url"]
    contact.opening_hours.all().delete()
    for language, text in data["opening_hours"].items():
        contact.opening_hours.create(language=language, text=text)
    contact.save()


def _add_demo_activity(articles: dict[str, ArticlePage], locales: dict) -> None:
    """Votes and reads so "most read" and "most helpful" have something to show.

    Seeded, so a second run produces the same rows (and get_or_create keeps them single).
    """
    rng = random.Random(2026)  # noqa: S311 - demo data, not security
    comments = load("help")["feedback_comments"]  # an empty string is a vote left without a comment
    today = timezone.now().date()
    pages = []
    for page in articles.values():
        pages.append(page)
        pages.extend(
            translation.specific
            for code, locale in locales.items()
            if code != SOURCE_LANGUAGE and (translation := page.get_translation_or_none(locale))
        )
    for page in pages:
        for number in range(rng.randint(0, 12)):
            helpful = rng.random() < 0.8
            comment = "" if helpful else rng.choice(comments[page.locale.language_code])
            ArticleFeedback.objects.get_or_create(
                article=page,
                visitor=visitor_fingerprint(f"demo-visitor-{number}"),
                defaults={"helpful": helpful, "comment": comment},
            )
        for days_ago in range(14):
            ArticleReadCount.objects.update_or_create(
                article=page, day=today - timedelta(days=days_ago), defaults={"count": rng.randint(0, 40)}
            )
