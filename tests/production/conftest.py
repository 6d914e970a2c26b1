"""Fixtures for the production tests: a real database task queue with tasks waiting in it."""

from datetime import timedelta

import pytest
from django.test import override_settings
from django.utils import timezone
from django_tasks import task
from django_tasks_db.models import DBTaskResult

from tests.surveys.conftest import editor  # noqa: F401  (pytest finds fixtures by name)

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.backend.DatabaseBackend"}}


@task()
def wait_in_the_queue() -> None:
    """A task that only ever waits: no worker runs in these tests."""


@pytest.fixture
def database_queue(db):
    """Production's task backend (django-tasks-db), and a way to put a task in it that became due
    ``waited`` ago (enqueued then, or enqueued earlier and deferred until then)."""

    def enqueue(waited: timedelta, *, deferred: bool = False) -> DBTaskResult:
        result = wait_in_the_queue.enqueue()
        now = timezone.now()
        rows = DBTaskResult.objects.filter(pk=result.id)
        if deferred:
            rows.update(enqueued_at=now - waited - timedelta(days=2), run_after=now - waited)
        else:
            rows.update(enqueued_at=now - waited)
        return rows.get()

    with override_settings(TASKS=DATABASE_TASKS):
        yield enqueue
