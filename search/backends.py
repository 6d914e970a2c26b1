"""The engine backend, with a journal of what it failed to index so the index can catch up.

When the engine is down, modelsearch logs the indexing error and lets the
save go on (the page is published; the database fallback finds it). This
wrapper also writes the object to search.IndexBacklog, and
``search.indexing.catch_up`` replays the backlog once the engine answers
again, so nothing published during an outage stays missing from the index.

Configured by base settings as ``{"BACKEND": "search.backends", "ENGINE": <real backend module>}``.
"""

from functools import cache

from modelsearch.backends import import_backend


class JournalMixin:
    def add(self, obj):
        try:
            super().add(obj)
        except Exception:
            _remember([obj])
            raise

    def add_bulk(self, model, obj_list):
        try:
            super().add_bulk(model, obj_list)
        except Exception:
            _remember(obj_list)
            raise

    def delete(self, obj):
        try:
            super().delete(obj)
        except Exception:
            _remember([obj])
            raise


def _remember(objects) -> None:
    from .indexing import remember

    remember(objects)


@cache
def _journaled(base: type) -> type:
    return type(f"Journaled{base.__name__}", (JournalMixin, base), {})


def SearchBackend(params: dict):
    params = dict(params)
    return _journaled(import_backend(params.pop("ENGINE")))(params)
