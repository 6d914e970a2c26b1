"""Issue 20: when no worker takes tasks from the database queue, operators hear of it.

Nothing fails when ``manage.py db_worker`` is not running: survey e-mails simply never go out. The
age of the oldest due task says so; the admin dashboard shows superusers and staff a warning once it
passes HELPCENTER_TASK_QUEUE_MAX_AGE, and nothing otherwise.
"""

from datetime import timedelta

import pytest
from django.test import override_settings
from django.utils import timezone
from wagtail.users.models import UserProfile

from helpcenter.task_queue import oldest_due_task_age, stale_task_queue_age

pytestmark = pytest.mark.django_db

WARNING = "the worker (manage.py db_worker) is not running"


def page_text(response) -> str:
    return " ".join(response.content.decode().split())


def seconds(age: timedelta | None) -> float | None:
    return None if age is None else age.total_seconds()


def test_with_the_immediate_backend_nothing_can_wait():
    assert oldest_due_task_age() is None
    assert stale_task_queue_age() is None


def test_an_empty_database_queue_has_waited_nothing(database_queue):
    assert oldest_due_task_age() == timedelta(0)


def test_the_oldest_due_task_counts_from_when_it_became_due(database_queue):
    database_queue(timedelta(minutes=3))
    database_queue(timedelta(minutes=20), deferred=True)  # enqueued two days earlier, due 20 minutes ago
    assert seconds(oldest_due_task_age()) == pytest.approx(20 * 60, abs=5)


def test_tasks_deferred_to_later_or_already_taken_do_not_count(database_queue):
    later = database_queue(timedelta(minutes=-30), deferred=True)  # due in half an hour
    assert later.run_after > timezone.now()
    running = database_queue(timedelta(hours=1))
    running.status = "RUNNING"
    running.save(update_fields=["status"])
    finished = database_queue(timedelta(hours=2))
    finished.status = "SUCCESSFUL"
    finished.save(update_fields=["status"])
    assert oldest_due_task_age() == timedelta(0)


def test_the_queue_is_stale_only_past_the_limit(database_queue):
    database_queue(timedelta(minutes=4))
    assert stale_task_queue_age() is None  # the default limit is 300 seconds
    with override_settings(HELPCENTER_TASK_QUEUE_MAX_AGE=120):
        assert seconds(stale_task_queue_age()) == pytest.approx(240, abs=5)


def test_the_dashboard_warns_superusers_when_tasks_wait_for_a_worker(client, admin_user, database_queue):
    database_queue(timedelta(minutes=12))
    client.force_login(admin_user)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "data-task-queue-warning" in response.content.decode()
    assert f"Background tasks have waited 12 minutes: {WARNING}." in page_text(response)


def test_the_dashboard_says_nothing_while_the_worker_keeps_up(client, admin_user, database_queue):
    database_queue(timedelta(minutes=1))
    client.force_login(admin_user)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "data-task-queue-warning" not in response.content.decode()


def test_the_dashboard_says_nothing_with_the_immediate_backend(client, admin_user):
    client.force_login(admin_user)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "data-task-queue-warning" not in response.content.decode()


def test_editors_who_are_not_staff_see_no_warning(client, editor, database_queue):
    database_queue(timedelta(hours=1))
    client.force_login(editor)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "data-task-queue-warning" not in response.content.decode()


def test_staff_see_the_warning_in_their_admin_language(client, editor, database_queue):
    database_queue(timedelta(minutes=7))
    editor.is_staff = True
    editor.save(update_fields=["is_staff"])
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "fa"
    profile.save()
    client.force_login(editor)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "کارهای پس‌زمینه 7 دقیقه است که در صف مانده‌اند: کارگزار (manage.py db_worker) اجرا نمی‌شود." in (
        page_text(response)
    )
