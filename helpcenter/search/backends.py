"""The engine backend, with a journal of what it failed to index so the index can catch up.

When the engine is down, modelsearch logs the indexing error and lets the
save go on (the page is published; the database fallback finds it). This
wrapper also writes the object to helpcenter_search.IndexBacklog, and
``indexing.catch_up`` replays the backlog once the engine answers
again, so nothing published during an outage stays missing from the index.

Configured as ``{"BACKEND": "helpcenter.search.backends", "ENGINE": <real backend module>, ...}``.
Its index settings add the analysis of the site's content languages to the
deployment's own ``INDEX_SETTINGS``, and its mapping analyses help pages' text
per language (``with_language_fields`` in analysis.py).

Wagtail builds a new backend for every ``get_search_backend()`` call; for an
engine that means a new client, a deep copy of the index settings and a new
HTTP connection per search. One backend per configuration is kept instead, so
searches reuse the client's connection pool (the clients are thread-safe).
"""

import copy
import json
import os
import threading
import time
from functools import cache

from modelsearch.backends import import_backend
from modelsearch.utils import deep_update
from wagtail.models import Page

from . import semantic
from .analysis import analysis_languages, index_settings, with_language_fields
from .query import HELP_CONTENT_TYPES
from .semantic import VECTOR_FIELD


class EngineAway(ConnectionError):
    """Raised instead of calling an engine that could not be reached moments ago."""


# After the engine cannot be reached, index calls skip it this long (per process) and are noted for
# catch-up at once: an editor publishing while the engine hangs waits one timeout, not one per call.
BREAK_SECONDS = 30
UNREACHABLE = {"ConnectionError", "ConnectionTimeout", "TimeoutError"}


class JournalMixin:
    away_until = 0.0  # time.monotonic() before which the engine is not called for indexing

    def add(self, obj):
        self._guarded([obj], lambda: super(JournalMixin, self).add(obj))

    def add_bulk(self, model, obj_list):
        self._guarded(obj_list, lambda: super(JournalMixin, self).add_bulk(model, obj_list))

    def delete(self, obj):
        self._guarded([obj], lambda: super(JournalMixin, self).delete(obj))

    @staticmethod
    def _guarded(objects, call) -> None:
        if time.monotonic() < JournalMixin.away_until:
            _remember(objects)
            raise EngineAway("The search engine could not be reached moments ago; noted for catch-up.")
        try:
            call()
        except Exception as error:
            if UNREACHABLE & {cls.__name__ for cls in type(error).__mro__}:
                JournalMixin.away_until = time.monotonic() + BREAK_SECONDS
            _remember(objects)
            raise


def engine_is_back() -> None:
    """A search the engine answered: indexing may call it again."""
    JournalMixin.away_until = 0.0


def _remember(objects) -> None:
    from .indexing import remember

    remember(objects)


@cache
def _journaled(base: type) -> type:
    return type(
        f"Journaled{base.__name__}",
        (JournalMixin, base),
        {"mapping_class": _mapping(base.mapping_class), "index_class": _index(base.index_class)},
    )


def _is_help_page(model: type) -> bool:
    return model._meta.label in HELP_CONTENT_TYPES


def _mapping(base: type) -> type:
    """The engine's mapping, with help pages' text analysed per language (analysis.py) and their
    meaning's vector (semantic.py) stored unsearched."""

    def get_mapping(self):
        mapping = base.get_mapping(self)
        if issubclass(self.model, Page):
            mapping = with_language_fields(mapping, analysis_languages())
            mapping["properties"][VECTOR_FIELD] = {"type": "binary"}
        return mapping

    def get_document(self, obj):
        document = base.get_document(self, obj)
        if _is_help_page(type(obj)):
            if "_help_vector" in obj.__dict__:  # encoded with its batch (add_items), or found not to be
                vector = obj.__dict__["_help_vector"]
            else:
                vector = semantic.page_vectors([obj]).get(obj.pk)
            if vector:
                document[VECTOR_FIELD] = vector
        return document

    return type(
        f"HelpCenter{base.__name__}", (base,), {"get_mapping": get_mapping, "get_document": get_document}
    )


def _index(base: type) -> type:
    """The engine's index, encoding a batch of help pages at once (semantic.py) rather than one by one."""

    def add_items(self, model, items):
        items = list(items)
        if _is_help_page(model):
            vectors = semantic.page_vectors(items)
            for item in items:
                item.__dict__["_help_vector"] = vectors.get(item.pk)
        return base.add_items(self, model, items)

    return type(f"HelpCenter{base.__name__}", (base,), {"add_items": add_items})


# Engines whose analysis lacks persian_stem (Elasticsearch 7; early 8.x releases): analysis.py
# builds the same stemming from pattern filters for them.
WITHOUT_PERSIAN_STEM = ("elasticsearch7", "elasticsearch8")


def has_persian_stem(engine: str) -> bool:
    return engine.rsplit(".", 1)[-1] not in WITHOUT_PERSIAN_STEM


# OpenSearch 3 scores with Lucene's BM25, without the (k1 + 1) factor that OpenSearch 2 and
# Elasticsearch 7 keep: the same match scores 2.2 times less. The older formula keeps scores, and
# the match strength that judges confidence (query.py), the same on every engine.
LEGACY_SCORES = {"settings": {"index": {"similarity": {"default": {"type": "LegacyBM25"}}}}}
WITH_LUCENE_BM25 = ("opensearch3",)


def engine_settings(engine: str, languages: list[str]) -> dict:
    """The index settings the help search needs on this engine: its analysis, and its scoring."""
    settings = index_settings(languages, persian_stem=has_persian_stem(engine))
    if engine.rsplit(".", 1)[-1] in WITH_LUCENE_BM25:
        settings = deep_update(settings, LEGACY_SCORES)
    return settings


_backends: dict[str, object] = {}
_backends_lock = threading.Lock()


def SearchBackend(params: dict):
    """The journaled engine backend for this configuration, built once per process."""
    # Per process too: a client built before a fork must not share its sockets with the children;
    # and per set of languages, whose analysis the index settings carry.
    languages = analysis_languages()
    key = f"{os.getpid()}:{languages}:{json.dumps(params, sort_keys=True, default=repr)}"
    backend = _backends.get(key)
    if backend is None:
        with _backends_lock:
            backend = _backends.get(key)
            if backend is None:
                params = copy.deepcopy(params)  # the backend pops and updates what it is given
                engine = params["ENGINE"]
                params["INDEX_SETTINGS"] = deep_update(
                    engine_settings(engine, languages), params.get("INDEX_SETTINGS", {})
                )
                backend = _backends[key] = _journaled(import_backend(params.pop("ENGINE")))(params)
    return backend
