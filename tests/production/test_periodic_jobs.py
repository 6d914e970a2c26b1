"""Issue 20: README's periodic jobs, each run as written, on production's task queue."""

import re
from datetime import timedelta
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from .conftest import DATABASE_TASKS

README = Path(__file__).resolve().parents[2] / "README.md"


def periodic_jobs() -> list[list[str]]:
    """The `manage.py ...` commands of README's periodic jobs table."""
    section = README.read_text().split("**Periodic jobs.**", 1)[1].split("\n\n", 2)[1]
    return [match.split() for match in re.findall(r"^\| [^|]+ \| `manage\.py ([^`]+)`", section, re.M)]


def test_readme_lists_the_jobs_production_needs():
    names = [job[0] for job in periodic_jobs()]
    assert names == [
        "publish_scheduled",
        "send_due_emails",
        "requeue_abandoned_tasks",
        "search_catch_up",
        "learn_search_words",
        "send_overdue_digest",
        "prune_db_task_results",
    ]


@pytest.mark.django_db
@override_settings(TASKS=DATABASE_TASKS)
@pytest.mark.parametrize("job", periodic_jobs(), ids=lambda job: job[0])
def test_each_periodic_job_runs_as_written(job, home):
    call_command(*job, stdout=StringIO(), stderr=StringIO())  # a failure raises: a non-zero exit


@pytest.mark.django_db
@override_settings(TASKS=DATABASE_TASKS)
def test_pruning_removes_finished_task_results_older_than_two_weeks(home):
    from helpcenter.search.indexing import catch_up_task

    old, recent = catch_up_task.enqueue(), catch_up_task.enqueue()
    long_ago = timezone.now() - timedelta(days=15)
    DBTaskResult.objects.filter(pk=old.id).update(status="SUCCESSFUL", finished_at=long_ago)
    DBTaskResult.objects.filter(pk=recent.id).update(status="SUCCESSFUL", finished_at=timezone.now())
    job = next(job for job in periodic_jobs() if job[0] == "prune_db_task_results")
    call_command(*job, stdout=StringIO(), stderr=StringIO())
    assert [str(pk) for pk in DBTaskResult.objects.values_list("pk", flat=True)] == [recent.id]


@pytest.mark.django_db
@override_settings(TASKS=DATABASE_TASKS)
def test_a_task_a_killed_worker_left_running_goes_back_in_the_queue(home):
    from helpcenter.search.indexing import catch_up_task

    abandoned, running = catch_up_task.enqueue(), catch_up_task.enqueue()
    DBTaskResult.objects.filter(pk=abandoned.id).update(
        status="RUNNING", started_at=timezone.now() - timedelta(minutes=20), worker_ids=["killed"]
    )
    DBTaskResult.objects.filter(pk=running.id).update(status="RUNNING", started_at=timezone.now())
    out = StringIO()
    call_command("requeue_abandoned_tasks", stdout=out)
    assert "Requeued 1 abandoned task(s)." in out.getvalue()
    assert DBTaskResult.objects.get(pk=abandoned.id).status == "READY"
    assert DBTaskResult.objects.get(pk=running.id).status == "RUNNING"  # a live worker's, left alone
    assert [str(task.pk) for task in DBTaskResult.objects.ready()] == [abandoned.id]


def test_the_jobs_say_when_no_worker_runs(database_queue, home):
    database_queue(timedelta(minutes=10))  # due ten minutes ago, and nobody took it
    with pytest.raises(CommandError, match=r"no worker is running .*not searchable until it runs"):
        call_command("search_catch_up", stdout=StringIO())
    err = StringIO()
    call_command("send_due_emails", stdout=StringIO(), stderr=err)  # it sent what was due itself
    assert "Background tasks have waited 10 minutes: no worker is running" in err.getvalue()


def test_the_jobs_are_quiet_while_the_worker_keeps_up(database_queue, home):
    database_queue(timedelta(seconds=30))
    call_command("search_catch_up", stdout=StringIO())
    err = StringIO()
    call_command("send_due_emails", stdout=StringIO(), stderr=err)
    assert err.getvalue() == ""
