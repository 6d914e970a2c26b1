"""Index catch-up: objects the engine failed to index are replayed once it answers again. And on
the database backend, which keeps no engine document, help pages' meaning vectors (semantic.py)
stored as they are published, or by setup_helpcenter for pages published before."""

import logging

from django.apps import apps
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F
from django_tasks import task
from modelsearch.index import get_indexed_instance
from wagtail.search.backends import get_search_backend

from . import semantic
from .engine import engine_backend
from .models import IndexBacklog
from .query import HELP_CONTENT_TYPES

logger = logging.getLogger(__name__)
CHECK_EVERY = 30  # seconds between backlog checks after successful searches, per process
BATCH = 200


def remember(objects) -> None:
    """Notes objects whose indexing failed; the current database state decides what catch-up does."""
    for obj in objects:
        key = {"model": obj._meta.label_lower, "object_pk": str(obj.pk)}
        updated = IndexBacklog.objects.filter(**key).update(attempts=F("attempts") + 1)
        if not updated:
            try:
                with transaction.atomic():
                    IndexBacklog.objects.create(**key)
            except IntegrityError:  # a concurrent failure noted it first
                pass


def catch_up(limit: int = BATCH) -> tuple[int, int]:
    """Replays up to ``limit`` noted objects on the engine; returns (done, still waiting).

    Stops at the first failure: the engine is still away, and the rest keep.
    """
    from .backends import engine_is_back

    backend = get_search_backend()
    if not hasattr(backend, "es"):
        IndexBacklog.objects.all().delete()  # the database backend is always current
        return 0, 0
    engine_is_back()  # this is the deliberate attempt; a failure marks the engine away again
    done = 0
    for entry in IndexBacklog.objects.order_by("pk")[:limit]:
        try:
            model = apps.get_model(entry.model)
        except LookupError:
            entry.delete()
            continue
        obj = model._default_manager.filter(pk=entry.object_pk).first()
        indexed = get_indexed_instance(obj) if obj is not None else None
        try:
            if indexed is not None:
                backend.add(indexed)
            else:
                backend.delete(model(pk=entry.object_pk))
        except Exception:
            logger.warning("Search index catch-up paused: the engine still fails", exc_info=True)
            break
        IndexBacklog.objects.filter(pk=entry.pk, attempts=entry.attempts).delete()
        done += 1
    return done, IndexBacklog.objects.count()


@task()
def catch_up_task() -> None:
    done, waiting = catch_up()
    if done:
        logger.info("Search index caught up on %s objects; %s still waiting", done, waiting)
    if done and waiting:
        catch_up_task.enqueue()


def after_engine_answered() -> None:
    """Called after a successful engine search: indexing may use the engine again, and if anything
    is waiting, the catch-up is queued (throttled)."""
    from .backends import engine_is_back

    engine_is_back()
    try:
        due = cache.add("search:backlog-checked", True, CHECK_EVERY)
    except Exception:  # the shared cache is away: the periodic search_catch_up still runs
        logger.warning("Cache unreachable; backlog check skipped", exc_info=True)
        return
    if due and IndexBacklog.objects.exists():
        catch_up_task.enqueue()


def encode_published(sender, instance, **kwargs) -> None:
    """On the database backend, a help page's vector is stored when it is published (an engine's
    indexing stores it as it builds the page's document)."""
    if engine_backend() is not None or instance._meta.label not in HELP_CONTENT_TYPES:
        return
    try:
        semantic.page_vectors([instance])
    except Exception:  # optional: a page is published whether or not its meaning could be stored
        logger.exception("The meaning of page %s could not be stored", instance.pk)


def store_missing_meanings() -> int | None:
    """On the database backend, the vectors of live help pages that have none or an outdated one
    (published before the encoders were installed); how many pages have one now. None where an
    engine's reindex stores them instead, or search by meaning is off."""
    from helpcenter.conf import helpcenter_settings
    from helpcenter.models import ArticlePage, FAQPage

    if engine_backend() is not None or not helpcenter_settings.SEARCH_SEMANTIC:
        return None
    encoded, batch = 0, []
    for model in (ArticlePage, FAQPage):
        for page in model.objects.live().order_by("pk").iterator(chunk_size=BATCH):
            batch.append(page)
            if len(batch) == BATCH:
                encoded += len(semantic.page_vectors(batch))
                batch = []
    return encoded + len(semantic.page_vectors(batch))
