"""Imports a Zendesk Help Center export into the help center's page tree.

Zendesk categories become topics (CategoryPage under the help home of their
language), sections become sections (CategoryPage under their topic) and
articles become ArticlePages under their section. The whole file is checked,
and every body converted, before the database is touched; the import then runs
in one transaction, so a bad file or a failure half-way leaves the tree as it
was. Running it again updates what changed and never creates anything twice.

Articles are recognised by ArticlePage.external_id (plus their language).
Topics and sections have no field for a foreign id, so they are recognised by
their slug, the slugified name, under their parent; names shared by several
Zendesk items under one parent get "-<zendesk id>" on all but the lowest id.
"""

import re
from collections import defaultdict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TextIO

from django.db import transaction
from django.utils.dateparse import parse_datetime
from django.utils.text import slugify
from wagtail.blocks import StreamValue
from wagtail.models import Page

from ..languages import content_language_codes, resolve_language
from ..models import AbstractHelpCenterIndexPage, ArticlePage, CategoryPage, PurchaseStage
from ..services import ensure_help_home, ensure_translation
from . import html

KINDS = ("categories", "sections", "articles")
MAX_PROBLEMS_SHOWN = 20
TITLE_MAX_LENGTH = 255  # Page.title
DESCRIPTION_MAX_LENGTH = 300  # CategoryPage.description
SUMMARY_LENGTH = 250  # ArticlePage.summary allows 300: room for the ellipsis and then some
TAG_MAX_LENGTH = 100  # taggit's Tag.name
SLUG_MAX_LENGTH = 80  # leaves room for "-<zendesk id>" within Page.slug's 255

# Words (in English and Persian) that make an article's purchase stage obvious.
STAGE_WORDS = {
    PurchaseStage.DELIVERY: ("deliver", "parcel", "courier", "shipping", "dispatch", "tracking", "ارسال",
                             "مرسوله", "تحویل", "رهگیری", "پیک"),
    PurchaseStage.RETURNS: ("return", "refund", "swap", "money back", "send back", "exchange", "برگشت",
                            "مرجوع", "عودت", "پس دادن"),
    PurchaseStage.PAYMENT: ("pay", "card", "charge", "checkout", "invoice", "پرداخت", "درگاه", "فاکتور"),
    PurchaseStage.WARRANTY: ("warranty", "guarantee", "repair", "گارانتی", "ضمانت", "تعمیر"),
    PurchaseStage.ACCOUNT: ("account", "log in", "login", "sign in", "password", "privacy", "profile",
                            "حساب", "پروفایل", "رمز عبور"),
    PurchaseStage.BEFORE_PURCHASE: ("before you buy", "size guide", "in stock", "pre order", "راهنمای خرید",
                                    "موجودی"),
}  # fmt: skip
STAGE_ICONS = {
    PurchaseStage.DELIVERY: "truck",
    PurchaseStage.RETURNS: "return",
    PurchaseStage.PAYMENT: "card",
    PurchaseStage.WARRANTY: "shield",
    PurchaseStage.ACCOUNT: "user",
    PurchaseStage.BEFORE_PURCHASE: "tag",
}
# Arabic letters often typed for their Persian look-alikes, and word joiners, for matching only.
LETTER_VARIANTS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "\u200c": " ", "_": " ", "-": " "})


class ZendeskImportError(Exception):
    """The export cannot be imported; ``problems`` lists every reason found."""

    def __init__(self, problems: str | list[str]):
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__(_problem_message(self.problems))


@dataclass
class Counts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0

    def __str__(self) -> str:
        return (
            f"{self.created} created, {self.updated} updated, "
            f"{self.unchanged} unchanged, {self.skipped} skipped"
        )


@dataclass
class ImportReport:
    """What an import did, per kind, plus notes a person should read."""

    categories: Counts = field(default_factory=Counts)
    sections: Counts = field(default_factory=Counts)
    articles: Counts = field(default_factory=Counts)
    notes: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [f"{kind}: {getattr(self, kind)}" for kind in KINDS] + [f"note: {n}" for n in self.notes]


@dataclass
class _Item:
    """One valid category, section or article of the export, with what validation worked out."""

    kind: str
    index: int
    data: dict
    language: str = ""  # the Wagtail content language of its Zendesk locale
    body: list[dict] = field(default_factory=list)  # articles: converted StreamField data
    summary: str = ""  # articles: plain-text start of the body

    @property
    def id(self) -> int:
        return self.data["id"]

    @property
    def locale(self) -> str:
        return self.data["locale"]

    @property
    def key(self) -> tuple[str, int, str]:
        """Zendesk shares one id between an item's translations, so the locale is part of the key."""
        return (self.kind, self.id, self.locale)

    @property
    def name(self) -> str:
        return (self.data.get("name") or self.data.get("title")).strip()

    def __str__(self) -> str:
        return _where(self.kind, self.index, self.data)


@dataclass
class _Export:
    categories: list[_Item]
    sections: list[_Item]
    articles: list[_Item]
    # Zendesk locale → how many of its items were left out: not a content language of the site.
    skipped: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class _Check:
    description: str
    test: Callable[[Any], bool]


def _timestamp(value: str) -> datetime | None:
    try:
        return parse_datetime(value)
    except ValueError:
        return None


INTEGER = _Check("an integer", lambda v: isinstance(v, int) and not isinstance(v, bool))
TEXT = _Check("a string", lambda v: isinstance(v, str))
NAME = _Check(
    f"a non-empty string of at most {TITLE_MAX_LENGTH} characters",
    lambda v: isinstance(v, str) and 0 < len(v.strip()) <= TITLE_MAX_LENGTH,
)
OPTIONAL_TEXT = _Check("a string or null", lambda v: v is None or isinstance(v, str))
OPTIONAL_INTEGER = _Check("an integer or null", lambda v: v is None or INTEGER.test(v))
BOOLEAN = _Check("true or false", lambda v: isinstance(v, bool))
LABELS = _Check("a list of strings", lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v))
TIMESTAMP = _Check("an ISO 8601 date and time", lambda v: isinstance(v, str) and _timestamp(v) is not None)

# kind -> (required fields, optional fields); an optional field may also be missing or null.
SCHEMA = {
    "categories": ({"id": INTEGER, "name": NAME, "locale": TEXT}, {"description": OPTIONAL_TEXT}),
    "sections": (
        {"id": INTEGER, "category_id": INTEGER, "name": NAME, "locale": TEXT},
        {"description": OPTIONAL_TEXT},
    ),
    "articles": (
        {"id": INTEGER, "section_id": INTEGER, "title": NAME, "body": OPTIONAL_TEXT, "locale": TEXT},
        {
            "label_names": LABELS,
            "draft": BOOLEAN,
            "updated_at": TIMESTAMP,
            "user_segment_id": OPTIONAL_INTEGER,
        },
    ),
}
# kind -> (the field naming its parent, the parent's kind)
PARENTS = {"sections": ("category_id", "categories"), "articles": ("section_id", "sections")}


def _not_for_everyone(item: _Item) -> str:
    """Why a Zendesk article is not for every visitor, or "" when it is. A user segment limits
    it to signed-in users or agents, whom this help center cannot tell apart from the public."""
    if item.data.get("draft"):
        return "a draft"
    if item.data.get("user_segment_id") is not None:
        return f"visible only to user segment {item.data['user_segment_id']}"
    return ""


def import_zendesk_export(
    data: dict, *, stdout: TextIO | None = None, help_home: AbstractHelpCenterIndexPage | None = None
) -> ImportReport:
    """Check the whole export, then import it in one transaction: all of it or nothing.

    Topics go under ``help_home`` and its translations; without one, under the
    default site's help home, which is made (``/help/``) if the site has none.
    """
    export = validate_export(data)
    with transaction.atomic():
        return _Importer(export, stdout, help_home).run()


# Validation: pure, no database -------------------------------------------------------------------


def validate_export(data: Any) -> _Export:
    """Every problem with the file, found (and bodies converted) before the database is touched."""
    lists = _top_level_lists(data)
    problems: list[str] = []
    items = {kind: _valid_items(kind, lists[kind], problems) for kind in KINDS}
    for kind in KINDS:
        _set_languages(items[kind])
        _check_duplicates(items[kind], problems)
    for kind in PARENTS:
        _check_parents(kind, items[kind], lists, problems)
    skipped = _without_other_languages(items)
    _convert_bodies(items["articles"], problems)
    if problems:
        raise ZendeskImportError(problems)
    return _Export(**items, skipped=skipped)


def _without_other_languages(items: dict[str, list[_Item]]) -> dict[str, int]:
    """Leaves out the items in languages the site does not have (a Zendesk help center in more
    languages than the shop), and returns how many per Zendesk locale. A section or article is in
    its parent's locale (checked before), so whole topics go together."""
    skipped: dict[str, int] = defaultdict(int)
    for kind in KINDS:
        for item in items[kind]:
            if not item.language:
                skipped[item.locale] += 1
        items[kind] = [item for item in items[kind] if item.language]
    return dict(skipped)


def _top_level_lists(data: Any) -> dict[str, list]:
    """Nothing else can be checked without the three lists, so their problems stop here."""
    if not isinstance(data, dict):
        raise ZendeskImportError(
            f"the export must be a JSON object with 'categories', 'sections' and 'articles', "
            f"got {_describe(data)}"
        )
    problems = [f"missing top-level key '{kind}'" for kind in KINDS if kind not in data]
    problems += [
        f"'{kind}' must be a list, got {_describe(data[kind])}"
        for kind in KINDS
        if kind in data and not isinstance(data[kind], list)
    ]
    if problems:
        raise ZendeskImportError(problems)
    return {kind: data[kind] for kind in KINDS}


def _valid_items(kind: str, raw_items: list, problems: list[str]) -> list[_Item]:
    valid = []
    for index, raw in enumerate(raw_items):
        found = _schema_problems(kind, index, raw)
        problems.extend(found)
        if not found:
            valid.append(_Item(kind, index, raw))
    return valid


def _schema_problems(kind: str, index: int, raw: Any) -> list[str]:
    where = _where(kind, index, raw)
    if not isinstance(raw, dict):
        return [f"{where}: must be an object, got {_describe(raw)}"]
    required, optional = SCHEMA[kind]
    problems = [f"{where}: missing '{key}'" for key in required if key not in raw]
    for key, check in (required | optional).items():
        value = raw.get(key)
        if key in raw and not (value is None and key in optional) and not check.test(value):
            problems.append(f"{where}: '{key}' must be {check.description}, got {_describe(value)}")
    return problems


def _check_duplicates(items: list[_Item], problems: list[str]) -> None:
    """An id once per language: two locales of one language (en-us, en-gb) would fight over one page."""
    first: dict[tuple, _Item] = {}
    for item in items:
        key = (item.id, item.language or item.locale)
        if key in first:
            problems.append(f"{item}: duplicate of {first[key]}")
        first.setdefault(key, item)


def _set_languages(items: list[_Item]) -> None:
    for item in items:
        item.language = _language(item.locale)


def _language(zendesk_locale: str) -> str:
    """The content language for a Zendesk locale: an exact match, else the closest (en-us -> en, or
    en -> en-us on a site written in en-us)."""
    return resolve_language(zendesk_locale) or ""


def _check_parents(kind: str, items: list[_Item], lists: dict[str, list], problems: list[str]) -> None:
    """Each section names a category, each article a section, of the export and of its own locale."""
    id_field, parent_kind = PARENTS[kind]
    parent_locales = defaultdict(set)  # from every parent with an id, so one bad field is reported once
    for raw in lists[parent_kind]:
        if isinstance(raw, dict) and INTEGER.test(raw.get("id")):
            parent_locales[raw["id"]].add(raw.get("locale"))
    for item in items:
        parent_id = item.data[id_field]
        if parent_id not in parent_locales:
            problems.append(f"{item}: {id_field} {parent_id} is not in '{parent_kind}'")
        elif item.locale not in parent_locales[parent_id]:
            theirs = ", ".join(repr(locale) for locale in sorted(parent_locales[parent_id], key=str))
            problems.append(
                f"{item}: locale {item.locale!r} does not match {parent_kind} id {parent_id} "
                f"(locale {theirs})"
            )


def _convert_bodies(articles: list[_Item], problems: list[str]) -> None:
    for item in articles:
        if item.data.get("draft"):
            continue
        try:
            item.body = html.html_to_stream(item.data["body"])
            item.summary = html.truncate_words(html.plain_text(item.data["body"]), SUMMARY_LENGTH)
        except RecursionError:
            problems.append(f"{item}: 'body' is nested too deeply to convert")


def _where(kind: str, index: int, raw: Any) -> str:
    has_id = isinstance(raw, dict) and INTEGER.test(raw.get("id"))
    return f"{kind}[{index}]" + (f" (id {raw['id']})" if has_id else "")


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        return repr(value if len(value) <= 40 else value[:40] + "…")
    return "a list" if isinstance(value, list) else "an object"


def _problem_message(problems: list[str]) -> str:
    if len(problems) == 1:
        return problems[0]
    shown = [f"  - {problem}" for problem in problems[:MAX_PROBLEMS_SHOWN]]
    if len(problems) > MAX_PROBLEMS_SHOWN:
        shown.append(f"  ... and {len(problems) - MAX_PROBLEMS_SHOWN} more")
    return "\n".join([f"{len(problems)} problems in the export:", *shown])


# Import: one transaction -----------------------------------------------------------------------


class _Importer:
    """Creates or updates pages for a validated export; pages are published only when they change."""

    def __init__(self, export: _Export, stdout: TextIO | None, help_home: AbstractHelpCenterIndexPage | None):
        self.export = export
        self.stdout = stdout
        self.report = ImportReport()
        self.root = help_home or self._default_home()
        self.homes: dict[str, Page] = {}
        self.pages: dict[tuple[str, int, str], CategoryPage] = {}

    def run(self) -> ImportReport:
        for locale, count in sorted(self.export.skipped.items()):
            self.report.notes.append(
                f"left out {count} item(s) in {locale!r}: not a content language of this site "
                f"(WAGTAIL_CONTENT_LANGUAGES: {', '.join(content_language_codes())})"
            )
        categories, sections = self.export.categories, self.export.sections
        slugs = _topic_slugs(categories, lambda item: item.language)
        slugs |= _topic_slugs(sections, lambda item: (item.data["category_id"], item.locale))
        for item in categories:
            self.pages[item.key] = self._sync_topic(item, self._home(item.language), slugs[item.key])
        for item in sections:
            parent = self.pages[("categories", item.data["category_id"], item.locale)]
            self.pages[item.key] = self._sync_topic(item, parent, slugs[item.key])
        for item in self.export.articles:
            self._sync_article(item)
        return self.report

    def _home(self, language: str) -> Page:
        """The help home of a language: the default site's root, or its translation (made if missing)."""
        if language not in self.homes:
            self.homes[language] = self._translated_home(language)
        return self.homes[language]

    def _default_home(self) -> AbstractHelpCenterIndexPage:
        try:
            home, created = ensure_help_home()
        except ValueError as error:
            raise ZendeskImportError(str(error)) from None
        if created:
            self.report.notes.append(f"created the help home {home.title!r} at {home.url_path}")
        return home

    def _translated_home(self, language: str) -> Page:
        if self.root.locale.language_code == language:
            return self.root
        home, created = ensure_translation(self.root, language)
        if created:
            self.report.notes.append(
                f"created the {language!r} help home as an untranslated copy of {self.root.title!r}"
            )
        return home

    def _sync_topic(self, item: _Item, parent: Page, slugs: tuple[str, str]) -> CategoryPage:
        counts = getattr(self.report, item.kind)
        description = html.truncate_words(_squash(item.data.get("description") or ""), DESCRIPTION_MAX_LENGTH)
        values = {"title": item.name, "description": description}
        slug, page = _find_topic(item, parent, slugs)
        if page is None:
            page = CategoryPage(slug=slug, locale=parent.locale, icon=_icon(item.name), **values)
            self._create(parent, page, counts, item)
        else:
            self._update(page, values, counts, item)
        return page

    def _sync_article(self, item: _Item) -> None:
        counts = self.report.articles
        hidden = _not_for_everyone(item)
        if hidden:
            counts.skipped += 1
            self._withdraw(item, hidden)
            return
        if not item.body:
            counts.skipped += 1
            self.report.notes.append(f"skipped {item}: its body has no text")
            return
        section, page = self._section_and_article(item)
        if page is None:
            self._create_article(item, section)
        else:
            self._update_article(item, section, page)

    def _section_and_article(self, item: _Item) -> tuple[CategoryPage, ArticlePage | None]:
        """The article's section here, and the page imported from it before (by Zendesk id)."""
        section = self.pages[("sections", item.data["section_id"], item.locale)]
        imported = ArticlePage.objects.filter(external_id=str(item.id), locale=section.locale)
        return section, imported.order_by("pk").first()

    def _withdraw(self, item: _Item, reason: str) -> None:
        """An article only some may read in Zendesk is not published here; one imported before it
        became so is unpublished, so that a re-import never leaves it public."""
        _section, page = self._section_and_article(item)
        if page is None or not page.live:
            self._say(f"skipped {item}: {reason}")
            return
        page.unpublish()
        self.report.notes.append(
            f"unpublished {page.title!r}, {item}: it is now {reason} in Zendesk"
            " (publish it in Wagtail should it become public again)"
        )

    def _create_article(self, item: _Item, section: CategoryPage) -> None:
        page = ArticlePage(
            slug=_free_slug(section, _slug_base(item.name, f"article-{item.id}"), item.id),
            locale=section.locale,
            external_id=str(item.id),
            stage=self._guess_stage(item, section),
            **self._article_values(item),
        )
        page.tags.set(_tags(item.data.get("label_names") or []))
        self._create(section, page, self.report.articles, item)

    def _update_article(self, item: _Item, section: CategoryPage, page: ArticlePage) -> None:
        values = self._article_values(item)
        tags = _tags(item.data.get("label_names") or [])
        stage = self._guess_stage(item, section)
        moved = not page.is_child_of(section)
        if moved:
            page = self._move(page, section, item)
        if not page.stage and stage:
            values["stage"] = stage  # only fill it in: an editor's choice wins
        self._update(page, values, self.report.articles, item, tags=tags, moved=moved)

    def _article_values(self, item: _Item) -> dict:
        updated_at = item.data.get("updated_at")
        return {
            "title": item.name,
            "summary": item.summary or item.name,
            "body": item.body,
            "last_reviewed": _timestamp(updated_at).date() if updated_at else None,
        }

    def _guess_stage(self, item: _Item, section: CategoryPage) -> str:
        category = section.get_parent()
        return guess_stage(item.data.get("label_names") or [], section.title, category.title)

    def _move(self, page: ArticlePage, section: CategoryPage, item: _Item) -> ArticlePage:
        """The article moved to another section in Zendesk: move the page (keeping its slug if free)."""
        page.move(section, pos="last-child")
        page = ArticlePage.objects.get(pk=page.pk)
        if section.get_children().filter(slug=page.slug).exclude(pk=page.pk).exists():
            page.slug = _free_slug(section, page.slug, item.id)
        self._say(f"moved {item} to {section.title!r}")
        return page

    def _create(self, parent: Page, page: Page, counts: Counts, item: _Item) -> None:
        parent.add_child(instance=page)
        page.save_revision().publish()
        counts.created += 1
        self._say(f"created {item}: {page.title}")

    def _update(self, page: Page, values: dict, counts: Counts, item: _Item, *, tags=None, moved=False):
        """Publish a new revision only when something changed; leave pages editors unpublished alone."""
        changed = [name for name, value in values.items() if _differs(getattr(page, name), value)]
        if tags is not None and set(page.tags.names()) != set(tags):
            page.tags.set(tags)
            changed.append("tags")
        if not changed and not moved:
            counts.unchanged += 1
            return
        if not page.live:
            counts.skipped += 1
            self.report.notes.append(f"left {item} alone: it is unpublished in Wagtail")
            return
        for name in changed:
            if name != "tags":
                setattr(page, name, values[name])
        page.save_revision().publish()
        counts.updated += 1
        self._say(f"updated {item}: {', '.join(changed) or 'moved'}")

    def _say(self, message: str) -> None:
        if self.stdout is not None:
            self.stdout.write(message + "\n")


def guess_stage(labels: list[str], section_name: str, category_name: str) -> str:
    """The purchase stage when it is obvious: the first of labels, section, category naming just one."""
    for text in (" ".join(labels), section_name, category_name):
        stages = _stages_named(text)
        if len(stages) == 1:
            return stages.pop()
    return ""


def _stages_named(text: str) -> set[str]:
    text = _squash(text.lower().translate(LETTER_VARIANTS))
    return {
        stage
        for stage, words in STAGE_WORDS.items()
        if any(re.search(rf"(?<!\w){re.escape(word)}", text) for word in words)
    }


def _icon(name: str) -> str:
    stages = _stages_named(name)
    return STAGE_ICONS[stages.pop()] if len(stages) == 1 else "box"


def _topic_slugs(items: list[_Item], parent_of: Callable[[_Item], Hashable]) -> dict[tuple, tuple[str, str]]:
    """(preferred, fallback) slug per topic: the name, or name-<id> for all but the lowest id sharing it."""
    groups = defaultdict(list)
    for item in items:
        groups[parent_of(item), _slug_base(item.name, f"topic-{item.id}")].append(item)
    slugs = {}
    for (_, base), group in groups.items():
        for position, item in enumerate(sorted(group, key=lambda i: i.id)):
            fallback = f"{base}-{item.id}"
            slugs[item.key] = (base if position == 0 else fallback, fallback)
    return slugs


def _find_topic(item: _Item, parent: Page, slugs: tuple[str, str]) -> tuple[str, CategoryPage | None]:
    """The slug to use under parent and the topic already there; another kind of page forces the fallback."""
    for slug in dict.fromkeys(slugs):
        page = parent.get_children().filter(slug=slug).first()
        if page is None:
            return slug, None
        if page.specific_class is CategoryPage:
            return slug, page.specific
    raise ZendeskImportError(
        f"{item}: the slugs {' and '.join(dict.fromkeys(slugs))} are taken by other kinds of page "
        f"under {parent.title!r}"
    )


def _slug_base(name: str, fallback: str) -> str:
    return slugify(name, allow_unicode=True)[:SLUG_MAX_LENGTH].strip("-") or fallback


def _free_slug(parent: Page, base: str, zendesk_id: int) -> str:
    """base, or base-<zendesk id> when a sibling has it: the same answer on every run."""
    taken = parent.get_children().filter(slug=base).exists()
    return f"{base}-{zendesk_id}" if taken else base


def _tags(labels: list[str]) -> list[str]:
    """Zendesk labels as tags: underscores read as spaces, duplicates dropped."""
    names = [_squash(label.replace("_", " "))[:TAG_MAX_LENGTH] for label in labels]
    return list(dict.fromkeys(name for name in names if name))


def _differs(current: Any, new: Any) -> bool:
    if isinstance(current, StreamValue):
        return _without_ids(current.get_prep_value()) != _without_ids(new)
    return current != new


def _without_ids(value: Any) -> Any:
    """Stream data minus the block ids Wagtail adds on save, for comparing content only."""
    if isinstance(value, list):
        return [_without_ids(v) for v in value]
    if isinstance(value, dict):
        is_block = "type" in value and "value" in value
        return {k: _without_ids(v) for k, v in value.items() if not (is_block and k == "id")}
    return value


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
