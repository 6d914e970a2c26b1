"""The admin dashboard's warning that background tasks are waiting for a worker that is not running."""

from datetime import timedelta

from wagtail.admin.ui.components import Component

from .task_queue import stale_task_queue_age


class TaskQueuePanel(Component):
    name = "helpcenter_task_queue"
    template_name = "helpcenter/admin/task_queue_panel.html"
    order = 10  # first: until a worker runs, no survey e-mail goes out

    def __init__(self, age: timedelta):
        self.age = age

    def get_context_data(self, parent_context=None):
        return {"minutes": int(self.age.total_seconds() // 60)}


def add_task_queue_panel(request, panels: list) -> None:
    """Shown to superusers and staff only, and only while a due task has waited too long."""
    user = request.user
    if not (user.is_superuser or user.is_staff):
        return
    age = stale_task_queue_age()
    if age is not None:
        panels.append(TaskQueuePanel(age))
