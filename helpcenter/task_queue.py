"""How long the oldest due background task has waited: the sign that no worker is running.

With django-tasks-db's database queue, survey e-mails and search catch-up wait in a table until
``manage.py db_worker`` takes them. When no worker runs nothing fails loudly: the tasks just wait.
The health check (helpcenter.health) and the admin dashboard (helpcenter.dashboard) ask this module,
so an operator hears of it within ``HELPCENTER_TASK_QUEUE_MAX_AGE`` seconds.
"""

from datetime import timedelta

from django.apps import apps
from django.conf import settings
from django.db.models import Case, F, Min, When
from django.utils import timezone
from django_tasks import task_backends

from .conf import helpcenter_settings


def database_queue_aliases() -> list[str]:
    """The TASKS aliases whose backend is django-tasks-db's database queue."""
    if not apps.is_installed("django_tasks_db"):
        return []
    from django_tasks_db.backend import DatabaseBackend

    aliases = getattr(settings, "TASKS", None) or {}
    return [alias for alias in aliases if isinstance(task_backends[alias], DatabaseBackend)]


def oldest_due_task_age() -> timedelta | None:
    """How long the oldest due task (ready, and not deferred past now) has waited since it became
    due; ``timedelta(0)`` when none waits; None without a database queue (the immediate backend runs
    every task at once, so nothing can wait).

    One aggregate over the queue's ready rows, which django-tasks-db indexes (a partial index on
    status READY): cheap enough for every health probe and dashboard view.
    """
    aliases = database_queue_aliases()
    if not aliases:
        return None
    from django_tasks_db.models import DBTaskResult, get_date_max

    # A task enqueued without run_after carries the far-future sentinel; it is due since enqueued.
    due_since = Case(When(run_after=get_date_max(), then=F("enqueued_at")), default=F("run_after"))
    oldest = (
        DBTaskResult.objects.filter(backend_name__in=aliases)
        .ready()
        .aggregate(due_since=Min(due_since))["due_since"]
    )
    if oldest is None:
        return timedelta(0)
    return max(timedelta(0), timezone.now() - oldest)


def stale_task_queue_age() -> timedelta | None:
    """The oldest due task's wait when it exceeds ``HELPCENTER_TASK_QUEUE_MAX_AGE``, else None."""
    age = oldest_due_task_age()
    if age is not None and age.total_seconds() > helpcenter_settings.TASK_QUEUE_MAX_AGE:
        return age
    return None


def worker_missing_message() -> str | None:
    """What a periodic job says when due tasks wait too long (no worker runs), else None."""
    age = stale_task_queue_age()
    if age is None:
        return None
    return (
        f"Background tasks have waited {age.total_seconds() / 60:.0f} minutes: no worker is running "
        "(start `manage.py db_worker`, the Procfile's worker)."
    )
