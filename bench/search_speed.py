"""Search speed on 10,000 generated help articles (English and Persian), engine against database.

Measures the "Speed" quality bar of the search issue on the real services:

- full reindex (``update_index``) of the engine backend, and of Wagtail's
  database backend separately (its index emptied first, so every run starts
  from the same state);
- ``GET /api/v1/help/search`` and ``GET /api/v1/help/autocomplete``, timed
  server-side in-process through Django's test client after a warm-up: a
  fixed, seeded set of queries per language (single words, multi-word
  questions, phrases, typos, Persian spelling variants, long stories, a few questions the
  help center cannot answer) and, for autocomplete, prefixes of them as typed
  (2-12 characters); p50/p95/p99/mean for the engine and for the database
  backend on the same data in the same run, with the ratio database/engine;
- publish-to-searchable: an article with a unique word is published through
  Wagtail (``revision.publish()``) and the search API polled until it shows.

Every engine request is checked to have been answered by the engine: calls
that fell back to the database are counted and reported, as is ``degraded``
in the API response.

The data set: the demo site (``build_demo``) plus 5,000 English articles and
their 5,000 Persian translations, written by a word-bigram model of the demo
content and the public sample (``../shared/eval/sample/articles.json``), so
terms repeat with the distribution of real help text, spread over the demo's
sections. The pages are real live ArticlePages (tree paths, URL paths,
translation keys, tags) that Wagtail serves, but they are bulk-inserted
without revisions, which is fast; the database is kept between runs and
rebuilt only when the data fingerprint (generator, sizes, seed, sources,
wagtail version) changes or ``--rebuild`` is given; every run migrates it first.

Run it with the services started (each start prints its URL):

    scripts/postgres start
    scripts/search-engine start
    .venv/bin/python bench/search_speed.py [--write-results] [--rebuild]

Environment: DATABASE_URL names the PostgreSQL server and credentials
(default: ``scripts/postgres url``); the benchmark always works in its own
database on it, ``helpcenter_bench_speed`` (``--database``), which it creates,
migrates and may drop. SEARCH_URLS is the engine (default:
``scripts/search-engine url``) and SEARCH_BACKEND_ENGINE its Wagtail backend
(default ``opensearch2``); indexes are prefixed ``helpcenter_bench_``
(``--index-prefix``). ``--write-results`` replaces the "Search speed" section
of bench/RESULTS.md. A run takes about 15 minutes on 2 cores (most of it the
database backend's searches and reindex), plus about 2.5 minutes when the data
set has to be generated.
"""

import argparse
import hashlib
import html
import inspect
import json
import logging
import os
import platform
import random
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter, defaultdict
from pathlib import Path

from common import ROOT, log, percentiles, script_url, with_database, write_section

sys.path.insert(0, str(ROOT))
SAMPLE = ROOT.parent / "shared" / "eval" / "sample"
SECTION = "## Search speed (`bench/search_speed.py`)"

ARTICLES_PER_LANGUAGE = 5000
QUERIES_PER_LANGUAGE = 200
WARMUP_PER_LANGUAGE = 15
PUBLISH_TRIALS = 10
SEED = 20261123
GENERATOR_VERSION = 1
LANGUAGES = ("en", "fa")
LOCALE = {"en-us": "en", "en": "en", "fa": "fa"}
GOALS = {"search_p95_ms": 50.0, "autocomplete_p95_ms": 20.0, "reindex_s": 60.0, "searchable_s": 2.0}
SKIP_KEYS = {"key", "type", "icon", "stage", "related", "kind", "image"}
ZWNJ = "\u200c"
_STOP_EN = """a an and are as at be but by can do does for from has have how i if in into is it its my no not
of on or our so than that the their then there these this to up was we what when where which who why will
with you your yours dont cant well youll im ive whats theres isnt didnt doesnt"""
_STOP_FA = """و در به از که را با این آن است برای تا یا اگر هم می نمی شود شد کنید کنیم کرد کند ما شما یک
هر بر پس اما نه ها های ای هست بود باشد خود"""
STOPWORDS = {"en": set(_STOP_EN.split()), "fa": set(_STOP_FA.split())}
NO_ANSWER = {
    "en": [
        "banana bread recipe",
        "football scores today",
        "cheap flights to paris",
        "how to fix a bike chain",
        "python list comprehension",
        "weather tomorrow",
        "who won the election",
    ],
    "fa": [
        "دستور پخت قورمه سبزی",
        "نتایج فوتبال امروز",
        "قیمت بلیط هواپیما",
        "آب و هوای فردا",
        "یادگیری زبان آلمانی",
        "فال حافظ",
    ],
}
LETTERS = {"en": "abcdefghijklmnopqrstuvwxyz", "fa": "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی"}
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
LATIN_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")


# --- Text model: the corpus and a word-bigram generator ------------------------------------------


def _plain(text: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())


def _sentences(text: str) -> list[list[str]]:
    return [s.split() for s in re.split(r"(?<=[.!?؟])\s+", _plain(text)) if len(s.split()) >= 3]


def corpus() -> dict[str, dict[str, list]]:
    """Per language: body sentences, titles (and headings, FAQ questions), tags, real questions."""
    from home.demo.data import help_topics

    categories = help_topics()

    found = {lang: {"sentences": [], "titles": [], "tags": [], "questions": []} for lang in LANGUAGES}

    def texts(value, lang: str, key: str = ""):
        if isinstance(value, dict):
            if set(value) & set(LANGUAGES) and set(value) <= {*LANGUAGES, "en-us"}:
                yield from texts(value.get(lang, ""), lang, key)
                return
            for name, item in value.items():
                if name not in SKIP_KEYS:
                    yield from texts(item, lang, name)
        elif isinstance(value, list | tuple):
            for item in value:
                yield from texts(item, lang, key)
        elif isinstance(value, str) and value.strip():
            yield key, value

    for lang in LANGUAGES:
        for key, text in texts(categories, lang):
            if key in ("title", "heading"):
                found[lang]["titles"].append(_plain(text).split())
            elif key == "tags":
                found[lang]["tags"].append(text)
            elif key == "questions" and len(text) < 160 and text.rstrip().endswith(("?", "؟")):
                found[lang]["titles"].append(_plain(text).split())
                found[lang]["questions"].append(_plain(text))
            else:
                found[lang]["sentences"].extend(_sentences(text))
        for key, text in texts(categories, lang):
            if key == "title":
                found[lang]["questions"].append(_plain(text))
    articles_file = SAMPLE / "articles.json"
    if articles_file.exists():
        for article in json.loads(articles_file.read_text())["articles"]:
            lang = LOCALE.get(article["locale"])
            if lang is None or str(article.get("draft")).lower() == "true":
                continue
            found[lang]["titles"].append(_plain(article["title"]).split())
            found[lang]["questions"].append(_plain(article["title"]))
            found[lang]["sentences"].extend(_sentences(article["body"]))
            found[lang]["tags"].extend(name.replace("_", " ") for name in article.get("label_names") or [])
    queries_file = SAMPLE / "queries.json"
    if queries_file.exists():
        for query in json.loads(queries_file.read_text())["queries"]:
            lang = LOCALE.get(query["locale"])
            if lang:
                found[lang]["questions"].append(query["q"])
    for lang in LANGUAGES:
        found[lang]["tags"] = sorted({tag.strip()[:100] for tag in found[lang]["tags"] if tag.strip()})
    return found


class Bigrams:
    """A first-order word chain: generated text keeps the source's word frequencies and local order."""

    START, END = "\x02", "\x03"

    def __init__(self, sequences: list[list[str]]):
        self.next: dict[str, list[str]] = defaultdict(list)
        for tokens in sequences:
            previous = self.START
            for token in tokens:
                self.next[previous].append(token)
                previous = token
            self.next[previous].append(self.END)

    def make(self, rng: random.Random, shortest: int, longest: int) -> list[str]:
        words: list[str] = []
        for _ in range(20):
            words, current = [], self.START
            while len(words) < longest:
                current = rng.choice(self.next[current])
                if current == self.END:
                    break
                words.append(current)
            if len(words) >= shortest:
                break
        return words


class Writer:
    """Titles, summaries and StreamField bodies for one language."""

    def __init__(self, lang: str, source: dict[str, list]):
        self.lang = lang
        self.body = Bigrams(source["sentences"])
        self.titles = Bigrams(source["titles"])
        self.tags = source["tags"]

    def sentence(self, rng: random.Random) -> str:
        words = self.body.make(rng, 6, 30)
        text = " ".join(words)
        return text if text[-1] in ".!?؟:" else text.rstrip(",;،") + "."

    def title(self, rng: random.Random) -> str:
        if rng.random() < 0.6:
            words = self.titles.make(rng, 2, 9)
        else:  # the opening words of a sentence, as many real titles are
            words = self.body.make(rng, 3, 8)[: rng.randint(3, 7)]
        return " ".join(words).rstrip(".,:;،")[:120]

    def paragraph(self, rng: random.Random, shortest: int, longest: int) -> str:
        sentences = " ".join(self.sentence(rng) for _ in range(rng.randint(shortest, longest)))
        return f"<p>{html.escape(sentences, quote=False)}</p>"

    def article(self, rng: random.Random) -> dict:
        summary = self.sentence(rng)
        if len(summary) < 120:
            summary += " " + self.sentence(rng)
        blocks = [{"type": "paragraph", "value": self.paragraph(rng, 1, 3)}]
        for _ in range(rng.randint(2, 5)):
            kind = rng.choices(["section", "steps", "callout", "paragraph"], weights=[5, 2, 2, 2])[0]
            if kind == "section":
                value = {"heading": self.title(rng)[:120], "body": self.paragraph(rng, 2, 4)}
            elif kind == "steps":
                steps = [{"text": self.paragraph(rng, 1, 1), "image": None} for _ in range(rng.randint(3, 5))]
                value = {"title": self.title(rng)[:120], "steps": steps}
            elif kind == "callout":
                value = {"kind": rng.choice(["tip", "note", "warning"]), "text": self.paragraph(rng, 1, 2)}
            else:
                value = self.paragraph(rng, 2, 4)
            blocks.append({"type": kind, "value": value})
        return {
            "title": self.title(rng),
            "summary": summary[:300],
            "body": blocks,
            "tags": rng.sample(self.tags, k=min(len(self.tags), rng.randint(1, 3))),
        }


# --- Queries --------------------------------------------------------------------------------------


def _words(text: str, lang: str) -> list[str]:
    cleaned = re.sub(rf"[^\w{ZWNJ}]+", " ", re.sub(r"['’]", "", text.lower())).split()
    return [w for w in cleaned if not w.isdigit()]


def _typo(word: str, rng: random.Random, lang: str) -> str:
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    edit = rng.choice(["drop", "swap", "replace", "double"])
    if edit == "drop":
        return word[:i] + word[i + 1 :]
    if edit == "swap":
        return word[: i - 1] + word[i] + word[i - 1] + word[i + 1 :]
    if edit == "replace":
        return word[:i] + rng.choice(LETTERS[lang]) + word[i + 1 :]
    return word[:i] + word[i] + word[i:]


def _persian_variant(text: str, rng: random.Random) -> str:
    """The same words as customers type them: Arabic letter forms, ZWNJ missing or a space, digits."""
    variants = []
    if "ی" in text or "ک" in text:
        variants.append(text.replace("ی", "ي").replace("ک", "ك"))
    if ZWNJ in text:
        variants += [text.replace(ZWNJ, ""), text.replace(ZWNJ, " ")]
    if re.search(r"[0-9]", text):
        variants.append(text.translate(PERSIAN_DIGITS))
    if re.search(r"[۰-۹]", text):
        variants.append(text.translate(LATIN_DIGITS))
    return rng.choice(variants) if variants else text.replace("ی", "ي")


def make_queries(count: int, seed: int) -> list[dict]:
    """A fixed, seeded mix of realistic queries per language, ready for both endpoints."""
    source = corpus()
    queries = []
    for lang in LANGUAGES:
        rng = random.Random(f"{seed}-{lang}")  # noqa: S311 - seeded test data
        writer = Writer(lang, source[lang])
        unigrams = [
            w
            for tokens in source[lang]["sentences"]
            for w in _words(" ".join(tokens), lang)
            if w not in STOPWORDS[lang] and len(w) >= (3 if lang == "en" else 2)
        ]
        questions = [q for q in source[lang]["questions"] if 3 <= len(q) <= 200]

        def question(rng=rng, questions=questions, writer=writer, lang=lang) -> str:
            if rng.random() < 0.5:
                return rng.choice(questions)
            return " ".join(_words(writer.title(rng), lang))

        def phrase(rng=rng, writer=writer, lang=lang) -> str:
            words = _words(writer.sentence(rng), lang)
            for _ in range(10):
                start = rng.randrange(max(1, len(words) - 1))
                chunk = words[start : start + rng.randint(2, 4)]
                if any(w not in STOPWORDS[lang] for w in chunk):
                    return " ".join(chunk)
            return " ".join(words[:3])

        def typo(rng=rng, lang=lang, unigrams=unigrams, question=question, phrase=phrase) -> str:
            roll = rng.random()
            text = rng.choice(unigrams) if roll < 0.5 else question() if roll < 0.75 else phrase()
            words = text.split()
            candidates = [i for i, w in enumerate(words) if len(w) >= 4 and w not in STOPWORDS[lang]]
            if candidates:
                i = rng.choice(candidates)
                words[i] = _typo(words[i], rng, lang)
            return " ".join(words)

        makers = {
            "word": lambda rng=rng, unigrams=unigrams: rng.choice(unigrams),
            "question": question,
            "phrase": phrase,
            "typo": typo,
            "no-answer": lambda rng=rng, lang=lang: rng.choice(NO_ANSWER[lang]),
            # A customer's whole story (two sentences, up to 30 words): the long-question path,
            # whose first 20 results are reranked.
            "long": lambda rng=rng, writer=writer, lang=lang: " ".join(
                _words(f"{writer.sentence(rng)} {writer.sentence(rng)}", lang)[:30]
            ),
        }
        weights = {"word": 20, "question": 30, "phrase": 20, "typo": 25, "no-answer": 5, "long": 10}
        if lang == "fa":
            makers["variant"] = lambda rng=rng: _persian_variant(
                question() if rng.random() < 0.6 else phrase(), rng
            )
            weights.update(question=25, typo=18, variant=17)
        kinds = list(weights)
        for _ in range(count):
            kind = rng.choices(kinds, weights=[weights[k] for k in kinds])[0]
            text = " ".join(makers[kind]().split())[:200] or rng.choice(unigrams)
            prefix = text[: rng.randint(2, max(2, min(12, len(text))))]
            queries.append({"q": text, "prefix": prefix, "locale": lang, "kind": kind})
    random.Random(seed).shuffle(queries)  # noqa: S311
    return queries


# --- Data set: bulk-built live article pages ------------------------------------------------------


def insert_articles(per_language: int, seed: int) -> int:
    """``per_language`` English articles and their Persian translations, spread over the demo sections."""
    from datetime import timedelta

    from django.contrib.contenttypes.models import ContentType
    from django.utils import timezone
    from django.utils.text import slugify
    from taggit.models import Tag
    from wagtail.models import Locale, Page

    from helpcenter.models import ArticlePage, ArticlePageTag, CategoryPage

    source = corpus()
    writers = {lang: Writer(lang, source[lang]) for lang in LANGUAGES}
    rng = random.Random(seed)  # noqa: S311
    locales = {lang: Locale.objects.get(language_code=lang) for lang in LANGUAGES}
    sections = list(CategoryPage.objects.filter(locale=locales["en"], depth=4).order_by("path"))
    translated = {s.translation_key: s for s in CategoryPage.objects.filter(locale=locales["fa"], depth=4)}
    stages = {}
    next_step = {}
    for section in [*sections, *translated.values()]:
        children = ArticlePage.objects.child_of(section)
        stages[section.translation_key] = Counter(children.values_list("stage", flat=True)).most_common(1)
        last = section.get_last_child()
        next_step[section.pk] = (ArticlePage._str2int(last.path[-ArticlePage.steplen :]) if last else 0) + 1
    tags = {}
    for lang in LANGUAGES:
        for name in writers[lang].tags:
            tags[name] = Tag.objects.filter(name=name).first() or Tag.objects.create(name=name)
    content_type = ContentType.objects.get_for_model(ArticlePage)
    now = timezone.now()
    pages: list[ArticlePage] = []
    page_tags: list[tuple[ArticlePage, list[str]]] = []
    for number in range(1, per_language + 1):
        section = rng.choice(sections)
        key = uuid.UUID(int=rng.getrandbits(128), version=4)
        stage = stages[section.translation_key]
        for lang, parent in (("en", section), ("fa", translated[section.translation_key])):
            text = writers[lang].article(rng)
            slug = f"{slugify(text['title'], allow_unicode=True)[:60].strip('-') or 'article'}-{number}"
            page = ArticlePage(
                title=text["title"],
                draft_title=text["title"],
                slug=slug,
                content_type=content_type,
                path=ArticlePage._get_path(parent.path, parent.depth + 1, next_step[parent.pk]),
                depth=parent.depth + 1,
                numchild=0,
                url_path=f"{parent.url_path}{slug}/",
                live=True,
                has_unpublished_changes=False,
                first_published_at=now,
                last_published_at=now,
                locale=locales[lang],
                translation_key=key,
                summary=text["summary"],
                body=text["body"],
                stage=stage[0][0] if stage else "",
                last_reviewed=(now - timedelta(days=rng.randint(0, 400))).date(),
            )
            next_step[parent.pk] += 1
            pages.append(page)
            page_tags.append((page, text["tags"]))
    base_fields = [f for f in Page._meta.concrete_fields if not f.primary_key]
    for start in range(0, len(pages), 1000):
        batch = pages[start : start + 1000]
        bases = Page.objects.bulk_create(
            [Page(**{f.attname: getattr(p, f.attname) for f in base_fields}) for p in batch]
        )
        for page, base in zip(batch, bases, strict=True):
            page.id = page.page_ptr_id = base.pk
        # Multi-table inheritance has no bulk_create: insert the ArticlePage rows as Model.save would.
        ArticlePage._base_manager._insert(
            batch, fields=ArticlePage._meta.local_concrete_fields, using="default"
        )
    ArticlePageTag.objects.bulk_create(
        [
            ArticlePageTag(tag=tags[name], content_object_id=page.pk)
            for page, names in page_tags
            for name in names
        ],
        batch_size=2000,
    )
    for section in [*sections, *translated.values()]:
        Page.objects.filter(pk=section.pk).update(numchild=section.get_children().count())
    return len(pages)


# --- Children: one process per backend, so settings are read fresh --------------------------------


class Recorder(logging.Handler):
    """Wraps the service's engine call and database fallbacks to see what answered each request,
    and counts what the search service logs as failed (a failed correction still answers 200)."""

    def __init__(self):
        from helpcenter.search import autocomplete, engine

        super().__init__(logging.WARNING)
        logging.getLogger("helpcenter.search").addHandler(self)
        self.logged = 0
        self.engine: list[tuple[float, float | None]] = []
        self.fallbacks = Counter()
        self._original = engine.engine_search
        engine.engine_search = self._engine_search
        for module, name in ((engine, "search_database"), (autocomplete, "_autocomplete_database")):
            setattr(module, name, self._counted(name, getattr(module, name)))

    def emit(self, record):
        self.logged += 1

    def _engine_search(self, backend, body, **options):
        start = time.perf_counter()
        took = None
        try:
            response = self._original(backend, body, **options)
            took = response.get("took")
            return response
        finally:
            self.engine.append(((time.perf_counter() - start) * 1000, took))

    def _counted(self, name, function):
        def wrapper(*args, **kwargs):
            self.fallbacks[name] += 1
            return function(*args, **kwargs)

        return wrapper


def _timed_requests(client, path: str, items: list[tuple[str, str, str]], recorder: Recorder) -> list[dict]:
    from django.db import connection

    rows = []
    for lang, text, kind in items:
        statements = [0]

        def count(execute, sql, params, many, context, statements=statements):
            statements[0] += 1
            return execute(sql, params, many, context)

        engine_before, fallback_before = len(recorder.engine), sum(recorder.fallbacks.values())
        logged_before = recorder.logged
        with connection.execute_wrapper(count):
            start = time.perf_counter()
            response = client.get(path, {"q": text, "locale": lang})
            elapsed = (time.perf_counter() - start) * 1000
        data = response.json() if response.status_code == 200 else {}
        engine_calls = recorder.engine[engine_before:]
        rows.append(
            {
                "lang": lang,
                "kind": kind,
                "ms": elapsed,
                "status": response.status_code,
                "sql": statements[0],
                "engine_ms": sum(ms for ms, _ in engine_calls) if engine_calls else None,
                "took": sum(t or 0 for _, t in engine_calls) if engine_calls else None,
                "fallback": sum(recorder.fallbacks.values()) > fallback_before,
                "logged": recorder.logged - logged_before,
                "degraded": bool(data.get("degraded")),
                "results": len(data.get("results", [])),
                "low_confidence": bool(data.get("low_confidence")),
            }
        )
    return rows


def _query_runs(queries: list[dict], recorder: Recorder) -> dict:
    from django.test import Client

    from helpcenter.search.models import SearchEvent

    client = Client(HTTP_HOST="localhost")
    warmup = make_queries(WARMUP_PER_LANGUAGE, SEED + 1)
    out = {}
    for name, path, field in (
        ("search", "/api/v1/help/search", "q"),
        ("autocomplete", "/api/v1/help/autocomplete", "prefix"),
    ):
        _timed_requests(client, path, [(q["locale"], q[field], q["kind"]) for q in warmup], recorder)
        log(f"  {name}: {len(queries)} requests")
        out[name] = _timed_requests(
            client, path, [(q["locale"], q[field], q["kind"]) for q in queries], recorder
        )
    SearchEvent.objects.all().delete()
    return out


def _reindex(backend_name: str) -> dict:
    from io import StringIO

    from django.core.management import call_command
    from django.db import connection

    statements = [0]

    def count(execute, sql, params, many, context):
        statements[0] += 1
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        start = time.perf_counter()
        call_command("update_index", backend_name=backend_name, stdout=StringIO(), stderr=StringIO())
        seconds = time.perf_counter() - start
    return {"seconds": seconds, "sql": statements[0]}


def _encode_pages() -> dict:
    """The pages' meaning vectors (search/semantic.py) that are not stored yet: made once, as
    publishing makes them, so that the timed reindex measures reindexing."""
    from helpcenter.conf import helpcenter_settings
    from helpcenter.models import ArticlePage, FAQPage
    from helpcenter.search import semantic
    from helpcenter.search.models import PageVector

    if all(semantic.encoder(language) is None for language in helpcenter_settings.SEARCH_SEMANTIC_LANGUAGES):
        return {"on": False}
    start, pages = time.perf_counter(), 0
    for model in (ArticlePage, FAQPage):
        stored = PageVector.objects.values_list("pk", flat=True)
        missing = list(model.objects.live().exclude(pk__in=stored).select_related("locale"))
        log(f"engine: encoding {len(missing)} {model.__name__} pages without a stored vector")
        for first in range(0, len(missing), 256):
            pages += len(semantic.page_vectors(missing[first : first + 256]))
    return {
        "on": True,
        "seconds": time.perf_counter() - start,
        "pages": pages,
        "stored": PageVector.objects.count(),
    }


def _publish_trials(trials: int) -> dict:
    """Publish an article with a unique word through Wagtail, then poll the search API for it."""
    from django.test import Client
    from wagtail.models import Locale

    from helpcenter.models import ArticlePage, CategoryPage

    client = Client(HTTP_HOST="localhost")
    rng = random.Random()  # noqa: S311 - fresh words every run, nothing left over from a previous one
    rows = []
    for trial in range(trials):
        lang = LANGUAGES[trial % 2]
        locale = Locale.objects.get(language_code=lang)
        section = CategoryPage.objects.filter(locale=locale, depth=4).order_by("path")[trial % 5]
        word = "".join(rng.choice(LETTERS[lang]) for _ in range(9))
        if lang == "en":
            word = "zq" + word
        page = ArticlePage(
            title=f"{word} speed trial",
            slug=f"speed-trial-{uuid.uuid4().hex[:12]}",
            summary=f"A benchmark article about {word}.",
            body=[{"type": "paragraph", "value": f"<p>Published by bench/search_speed.py: {word}.</p>"}],
            live=False,
        )
        section.add_child(instance=page)
        revision = page.save_revision()
        time.sleep(1.5)  # the draft's indexing settles, as it would while an editor reviews the page
        start = time.perf_counter()
        revision.publish()
        published = time.perf_counter() - start
        polls, found, degraded = 0, None, 0
        while time.perf_counter() - start < 30:
            polls += 1
            data = client.get("/api/v1/help/search", {"q": word, "locale": lang}).json()
            degraded += bool(data.get("degraded"))
            if any(page.slug in result["url"] for result in data["results"]):
                found = time.perf_counter() - start
                break
            time.sleep(0.02)
        ArticlePage.objects.get(pk=page.pk).delete()
        rows.append(
            {
                "lang": lang,
                "publish_s": published,
                "searchable_s": found,
                "polls": polls,
                "degraded": degraded,
            }
        )
        log(
            f"  trial {trial + 1}: publish {published:.3f} s,"
            f" searchable {'never' if found is None else f'{found:.3f}'} s"
        )
    return {"trials": rows}


def child_engine(queries: list[dict]) -> dict:
    from django.core.management import call_command
    from wagtail.models import Page
    from wagtail.search.backends import get_search_backend

    from helpcenter.models import ArticlePage

    call_command("migrate", verbosity=0)
    backend = get_search_backend()
    encoding = _encode_pages()
    log("engine: update_index --backend default")
    reindex = _reindex("default")
    backend.refresh_indexes()
    index = backend.get_index_for_model(Page).name
    es = backend.es
    counts = {
        "documents": es.count(index=index)["count"],
        "articles": es.count(
            index=index, body={"query": {"term": {"_django_content_type": "helpcenter.ArticlePage"}}}
        )["count"],
        "articles_in_db": ArticlePage.objects.live().count(),
    }
    settings = es.indices.get_settings(index=index, include_defaults=True)
    index_settings = next(iter(settings.values()))
    refresh = index_settings["settings"]["index"].get("refresh_interval") or index_settings["defaults"][
        "index"
    ].get("refresh_interval")
    recorder = Recorder()
    log("engine: queries")
    runs = _query_runs(queries, recorder)
    log("engine: publish-to-searchable")
    publish = _publish_trials(PUBLISH_TRIALS)
    return {
        "version": es.info()["version"]["number"],
        "distribution": es.info()["version"].get("distribution", "elasticsearch"),
        "reindex": reindex,
        "encoding": encoding,
        "counts": counts,
        "refresh_interval": refresh,
        "runs": runs,
        "publish": publish,
        "fallbacks": dict(recorder.fallbacks),
    }


def child_database(queries: list[dict]) -> dict:
    from django.core.management import call_command
    from django.db import connection
    from modelsearch.backends.database.postgres.postgres import IndexEntry

    call_command("migrate", verbosity=0)
    IndexEntry.objects.all()._raw_delete(using="default")
    log("database: update_index (index emptied first)")
    reindex = _reindex("default")
    recorder = Recorder()
    log("database: queries")
    runs = _query_runs(queries, recorder)
    return {
        "version": f"PostgreSQL {connection.connection.info.server_version // 10000}",
        "reindex": reindex,
        "entries": IndexEntry.objects.count(),
        "runs": runs,
    }


def child_prepare(fingerprint: str) -> dict:
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.test import Client

    from helpcenter.models import ArticlePage
    from home.demo import build_demo

    start = time.perf_counter()
    call_command("migrate", verbosity=0)
    build_demo()
    log(f"prepare: demo site built in {time.perf_counter() - start:.0f} s; generating articles")
    with transaction.atomic():
        created = insert_articles(ARTICLES_PER_LANGUAGE, SEED)
    log(f"prepare: {created} articles inserted after {time.perf_counter() - start:.0f} s")
    client = Client(HTTP_HOST="localhost")
    for lang in LANGUAGES:
        for page in ArticlePage.objects.live().filter(locale__language_code=lang).order_by("-pk")[:3]:
            response = client.get(page.url)
            if response.status_code != 200 or html.escape(page.title) not in response.content.decode():
                raise SystemExit(f"generated page {page.url} is not served: {response.status_code}")
    with connection.cursor() as cursor:
        cursor.execute("CREATE TABLE IF NOT EXISTS search_speed_fingerprint (value text NOT NULL)")
        cursor.execute("DELETE FROM search_speed_fingerprint")
        cursor.execute("INSERT INTO search_speed_fingerprint (value) VALUES (%s)", [fingerprint])
    sample = ArticlePage.objects.filter(locale__language_code="en").order_by("-pk").first()
    log(f"prepare: sample title {sample.title!r}; summary {sample.summary[:160]!r}")
    return {"articles": created, "seconds": time.perf_counter() - start}


def child(mode: str, argument: str) -> None:
    import logging
    import warnings

    import django

    warnings.filterwarnings("ignore", message="No directory at")
    django.setup()
    logging.getLogger("opensearch").setLevel(logging.ERROR)  # 404s for documents already removed
    if mode == "prepare":
        result = child_prepare(argument)
    else:
        queries = json.loads(Path(argument).read_text())
        result = child_engine(queries) if mode == "engine" else child_database(queries)
    print(json.dumps(result))


# --- Parent: services, database, children, report -------------------------------------------------


def fingerprint() -> str:
    digest = hashlib.sha256()
    digest.update(f"{GENERATOR_VERSION}:{ARTICLES_PER_LANGUAGE}:{SEED}".encode())
    for function in (corpus, Bigrams, Writer, insert_articles, child_prepare):
        digest.update(inspect.getsource(function).encode())
    demo_data = ROOT / "home" / "demo" / "data"
    for path in [
        demo_data / "help.json",
        *sorted((demo_data / "topics").glob("*.json")),
        SAMPLE / "articles.json",
    ]:
        digest.update(path.read_bytes() if path.exists() else b"-")
    import wagtail

    digest.update(wagtail.__version__.encode())
    return digest.hexdigest()[:16]


def ensure_database(server_url: str, name: str, wanted: str, rebuild: bool) -> bool:
    """True when the database holds the wanted data set; otherwise it is (re)created empty."""
    import psycopg
    from psycopg import sql

    with psycopg.connect(server_url, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
    if exists and not rebuild:
        try:
            with psycopg.connect(with_database(server_url, name)) as conn:
                row = conn.execute("SELECT value FROM search_speed_fingerprint").fetchone()
            if row and row[0] == wanted:
                return True
        except psycopg.errors.UndefinedTable:
            pass
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return False


def run_child(mode: str, argument: str, env: dict) -> dict:
    log(f"--- {mode} (SEARCH_BACKEND={env['SEARCH_BACKEND']})")
    out = subprocess.run(
        [sys.executable, __file__, "--child", mode, argument],
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
        text=True,
        check=False,
    )
    if out.returncode != 0:
        raise SystemExit(f"{mode} failed (exit {out.returncode}); see the output above")
    return json.loads(out.stdout.strip().splitlines()[-1])


class LoadSampler(threading.Thread):
    """The 1-minute load average every few seconds: was the machine busy with other work?"""

    def __init__(self):
        super().__init__(daemon=True)
        self.samples: list[float] = []
        self.stopped = threading.Event()

    def run(self):
        while not self.stopped.wait(5):
            self.samples.append(os.getloadavg()[0])


def summarise(rows: list[dict]) -> dict:
    out = {"all": percentiles([r["ms"] for r in rows])}
    for lang in LANGUAGES:
        out[lang] = percentiles([r["ms"] for r in rows if r["lang"] == lang])
    engine = [r["engine_ms"] for r in rows if r["engine_ms"] is not None]
    took = [r["took"] for r in rows if r["took"] is not None]
    out["engine_ms"] = percentiles(engine) if len(engine) > 1 else None
    out["took_ms"] = percentiles(took) if len(took) > 1 else None
    out["sql_mean"] = statistics.fmean(r["sql"] for r in rows)
    out["errors"] = sum(r["status"] != 200 for r in rows)
    out["fallbacks"] = sum(r["fallback"] for r in rows)
    out["logged"] = sum(r["logged"] for r in rows)
    out["degraded"] = sum(r["degraded"] for r in rows)
    out["empty"] = sum(r["results"] == 0 for r in rows)
    out["by_kind"] = {
        kind: percentiles([r["ms"] for r in rows if r["kind"] == kind])
        for kind in sorted({r["kind"] for r in rows})
        if sum(r["kind"] == kind for r in rows) > 1
    }
    return out


def machine() -> str:
    memory = next(
        (
            int(line.split()[1])
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        ),
        0,
    )
    os_name = platform.platform()
    release = Path("/etc/os-release")
    if release.exists():
        os_name = next(
            (
                line.split("=", 1)[1].strip('"')
                for line in release.read_text().splitlines()
                if line.startswith("PRETTY_NAME")
            ),
            os_name,
        )
    cores = f"{os.cpu_count()} cores ({len(os.sched_getaffinity(0))} usable)"
    return f"{cores}, {memory / 1024 / 1024:.0f} GiB RAM, {os_name}, Python {platform.python_version()}"


def report(engine: dict, database: dict, meta: dict) -> tuple[str, str]:
    """The printed table, and the Markdown section for RESULTS.md."""
    runs = {
        name: {
            backend: summarise(result["runs"][name])
            for backend, result in (("engine", engine), ("database", database))
        }
        for name in ("search", "autocomplete")
    }
    trials = engine["publish"]["trials"]
    found = [t["searchable_s"] for t in trials if t["searchable_s"] is not None]
    searchable = statistics.median(found) if len(found) == len(trials) else None
    publish_call = statistics.median(t["publish_s"] for t in trials)

    def verdict(value, goal):
        return "not measured" if value is None else ("met" if value < goal else "MISSED")

    def ratio(d, e):
        return f"{d / e:.1f}x" if e else "-"

    rows = []
    for name, label, goal_key in (
        ("search", "search API", "search_p95_ms"),
        ("autocomplete", "autocomplete API", "autocomplete_p95_ms"),
    ):
        stats = runs[name]
        for metric in ("p50", "p95", "p99", "mean"):
            e, d = stats["engine"]["all"][metric], stats["database"]["all"][metric]
            goal = f"< {GOALS[goal_key]:g} ms" if metric == "p95" else ""
            status = verdict(e, GOALS[goal_key]) if metric == "p95" else ""
            rows.append((f"{label} {metric} (ms)", f"{e:.1f}", f"{d:.1f}", ratio(d, e), goal, status))
        for lang in LANGUAGES:
            e, d = stats["engine"][lang]["p95"], stats["database"][lang]["p95"]
            rows.append((f"{label} p95 {lang} (ms)", f"{e:.1f}", f"{d:.1f}", ratio(d, e), "", ""))
    er, dr = engine["reindex"]["seconds"], database["reindex"]["seconds"]
    goal = GOALS["reindex_s"]
    rows.append(
        ("full reindex (s)", f"{er:.1f}", f"{dr:.1f}", ratio(dr, er), f"< {goal:g} s", verdict(er, goal))
    )
    goal = GOALS["searchable_s"]
    shown = "-" if searchable is None else f"{searchable:.2f}"
    rows.append(
        ("publish -> searchable, median (s)", shown, "", "", f"< {goal:g} s", verdict(searchable, goal))
    )

    header = ("metric", "engine", "database", "db/engine", "goal", "")
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(6)]
    counts = engine["counts"]
    lines = [
        f"Search speed: {counts['articles_in_db']} live articles ({counts['articles']} in the engine index),"
        f" {QUERIES_PER_LANGUAGE} queries per language, {meta['date']}",
        f"engine: {engine['distribution']} {engine['version']}; database backend: {database['version']}",
        "  ".join(str(h).ljust(w) for h, w in zip(header, widths, strict=True)),
        *("  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows),
    ]
    notes = []
    for name, stats in runs.items():
        e, d = stats["engine"], stats["database"]
        notes.append(
            f"{name}, engine run: engine round trip p50 {e['engine_ms']['p50']:.1f}"
            f" / p95 {e['engine_ms']['p95']:.1f} ms, of which the engine's own 'took'"
            f" p50 {e['took_ms']['p50']:.0f} / p95 {e['took_ms']['p95']:.0f} ms;"
            f" SQL statements per request {e['sql_mean']:.1f} (database run {d['sql_mean']:.1f})"
        )
        notes.append(
            f"{name}: engine requests that fell back to the database {e['fallbacks']},"
            f" degraded {e['degraded']}, failures logged {e['logged']},"
            f" non-200 {e['errors']} (database run non-200 {d['errors']}); requests with no results: engine"
            f" {e['empty']}, database {d['empty']} of {e['all']['n']}"
        )
        kinds = ", ".join(
            f"{kind} {v['p95']:.0f}/{d['by_kind'][kind]['p95']:.0f}"
            for kind, v in e["by_kind"].items()
            if kind in d["by_kind"]
        )
        notes.append(f"{name} p95 by kind of query, engine/database (ms): {kinds}")
    encoding = engine["encoding"]
    notes.append(
        f"reindex: engine {er:.1f} s ({engine['reindex']['sql']} SQL statements), database {dr:.1f} s"
        f" ({database['reindex']['sql']} SQL statements, {database['entries']} index entries); "
        + (
            f"search by meaning on: pages encoded before it (once, as publishing does)"
            f" {encoding['pages']} in {encoding['seconds']:.0f} s, {encoding['stored']} vectors stored"
            if encoding["on"]
            else "search by meaning off (HELPCENTER_SEARCH_SEMANTIC, or its packages missing)"
        )
    )
    per_trial = ", ".join(
        "never" if t["searchable_s"] is None else f"{t['searchable_s']:.2f}" for t in trials
    )
    notes.append(
        f"publish -> searchable per trial (s, from the publish() call; en and fa alternately): {per_trial};"
        f" publish() itself median {publish_call:.2f} s; index refresh_interval {engine['refresh_interval']}"
    )
    text = "\n".join([*lines, "", *notes, f"machine: {meta['machine']}; {meta['load']}"])

    engine_name = "OpenSearch" if engine["distribution"] == "opensearch" else "Elasticsearch"
    md = [
        f"{counts['articles_in_db']:,} live articles: the demo's plus 5,000 generated English articles and"
        " their 5,000 Persian translations (text from a word-bigram model of the demo content and the public"
        " sample),"
        f" spread over the demo's sections. {engine_name} {engine['version']} (one node on the same machine)"
        f" against Wagtail's database backend on {database['version']}, same data, same run.",
        f"{QUERIES_PER_LANGUAGE} seeded queries per language (words, questions, phrases, typos, Persian"
        " spelling variants, customers' stories of up to 30 words, a few unanswerable) timed server-side,"
        " in-process through Django's test client,"
        f" after {WARMUP_PER_LANGUAGE} warm-up queries per language; autocomplete with 2-12 character"
        f" prefixes of the same queries. Machine: {meta['machine']}.",
        "",
        "| metric | engine | database | database/engine | goal | |",
        "|---|---|---|---|---|---|",
        *(f"| {' | '.join(str(c) for c in r)} |" for r in rows),
        "",
        *(f"- {note}" for note in notes),
        f"- {meta['shared']}",
    ]
    return text, "\n".join(md)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", nargs=2, metavar=("MODE", "ARGUMENT"), help=argparse.SUPPRESS)
    parser.add_argument("--database", default="helpcenter_bench_speed", help="database created on the server")
    parser.add_argument("--index-prefix", default="helpcenter_bench_")
    parser.add_argument(
        "--rebuild", action="store_true", help="regenerate the data set even if it is current"
    )
    parser.add_argument(
        "--write-results", action="store_true", help="replace the section in bench/RESULTS.md"
    )
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    started = time.perf_counter()
    load_start = os.getloadavg()
    sampler = LoadSampler()
    sampler.start()
    server = script_url("postgres", "DATABASE_URL")
    engine_url = script_url("search-engine", "SEARCH_URLS")
    common = {
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": with_database(server, args.database),
        "SEARCH_URLS": engine_url,
        "SEARCH_INDEX_PREFIX": args.index_prefix,
        "LOG_LEVEL": "WARNING",
    }
    wanted = fingerprint()
    if ensure_database(server, args.database, wanted, args.rebuild):
        log(f"data set {wanted} is current in database {args.database}")
    else:
        run_child("prepare", wanted, {**common, "SEARCH_BACKEND": "database"})
    with tempfile.TemporaryDirectory() as tmp:
        queries_file = Path(tmp) / "queries.json"
        queries_file.write_text(json.dumps(make_queries(QUERIES_PER_LANGUAGE, SEED)))
        engine_backend = os.environ.get("SEARCH_BACKEND_ENGINE", "opensearch2")
        engine = run_child("engine", str(queries_file), {**common, "SEARCH_BACKEND": engine_backend})
        database = run_child("database", str(queries_file), {**common, "SEARCH_BACKEND": "database"})
    sampler.stopped.set()
    samples = sampler.samples or [os.getloadavg()[0]]
    load = (
        f"1-minute load average {load_start[0]:.2f} at the start, then mean {statistics.fmean(samples):.2f},"
        f" max {max(samples):.2f}"
    )
    busy = load_start[0] > 0.5 or max(samples) > (os.cpu_count() or 1) + 0.5
    shared = (
        f"The machine was shared with other work during the run ({load}, on {os.cpu_count()} cores;"
        " the benchmark itself keeps about 2 busy): the figures are pessimistic."
        if busy
        else f"The machine was otherwise idle at the start of the run ({load})."
    )
    meta = {"date": time.strftime("%Y-%m-%d"), "machine": machine(), "load": load, "shared": shared}
    text, section = report(engine, database, meta)
    print(text)
    print(f"\n(whole run {time.perf_counter() - started:.0f} s)")
    if args.write_results:
        write_section(SECTION, section)
        print("wrote the 'Search speed' section of bench/RESULTS.md")


if __name__ == "__main__":
    main()
