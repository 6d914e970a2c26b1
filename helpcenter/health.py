"""A health endpoint for load balancers and monitoring, built on django-health-check.

``HealthView`` answers every GET with JSON naming each component and its state, 200 when all are
fine and 503 naming what failed::

    {"status": "unavailable", "failing": ["task_queue"],
     "components": {"database": {"state": "ok", "seconds": 0.002}, ...,
                    "task_queue": {"state": "unavailable", "detail": "...", "oldest_due_seconds": 912}}}

By default it checks the database, the default cache, the background task queue and whatever the
other help center apps register through the ``register_helpcenter_health_checks`` hook (the search
app adds the search engine); a site passes its own ``components`` to ``as_view`` to change that.
``?only=database,cache`` checks those alone: a load balancer that takes a server out on 503 asks
only what that server needs to serve, since the search engine and the task worker are shared and
visitors are still served while either is away (searches answered from the database).
Details never carry addresses or credentials: the checks word their own messages, and
django-health-check reports anything unexpected as "unknown error".
"""

import asyncio
import dataclasses
from typing import Any

from asgiref.sync import sync_to_async
from django.db import DatabaseError
from django.http import JsonResponse
from django.utils.module_loading import import_string
from health_check.base import HealthCheck, HealthCheckResult
from health_check.checks import Cache, Database
from health_check.exceptions import ServiceReturnedUnexpectedResult, ServiceUnavailable, ServiceWarning
from health_check.views import HealthCheckView
from wagtail import hooks

from .conf import helpcenter_settings
from .task_queue import oldest_due_task_age

# A component's check: a HealthCheck class, its dotted path, or either with its options as a pair.
CheckSpec = type[HealthCheck] | str | tuple[type[HealthCheck] | str, dict[str, Any]]


@dataclasses.dataclass
class TaskQueue(HealthCheck):
    """Fails when a due task has waited longer than ``max_age`` seconds (default
    HELPCENTER_TASK_QUEUE_MAX_AGE) in the database queue: no worker is taking tasks. Always fine
    with a backend that runs tasks at once."""

    max_age: int | None = None
    oldest_due_seconds: int | None = dataclasses.field(default=None, init=False, repr=False)

    async def run(self) -> None:
        try:
            # In the request's own thread (and database connection), like the rest of the request.
            age = await sync_to_async(oldest_due_task_age)()
        except DatabaseError as error:
            raise ServiceUnavailable("the task queue cannot be read") from error
        if age is None:
            return
        self.oldest_due_seconds = int(age.total_seconds())
        limit = helpcenter_settings.TASK_QUEUE_MAX_AGE if self.max_age is None else self.max_age
        if self.oldest_due_seconds > limit:
            raise ServiceUnavailable(
                f"a due task has waited {self.oldest_due_seconds} seconds (limit {limit}): "
                "is the worker (manage.py db_worker) running?"
            )

    def details(self) -> dict[str, Any]:
        return {"oldest_due_seconds": self.oldest_due_seconds}


def default_components() -> dict[str, CheckSpec]:
    """The database, the default cache, the task queue, and the checks other apps register."""
    components: dict[str, CheckSpec] = {"database": Database, "cache": Cache}
    for hook in hooks.get_hooks("register_helpcenter_health_checks"):
        components.update(hook())
    components["task_queue"] = TaskQueue
    return components


def build_check(spec: CheckSpec) -> HealthCheck:
    check, options = spec if isinstance(spec, tuple) else (spec, {})
    if isinstance(check, str):
        check = import_string(check)
    return check(**options)


STATES = {
    ServiceWarning: "warning",
    ServiceUnavailable: "unavailable",
    ServiceReturnedUnexpectedResult: "unexpected",
}


def component_report(result: HealthCheckResult) -> dict[str, Any]:
    report: dict[str, Any] = {"state": "ok", "seconds": round(result.time_taken, 3)}
    if result.error is not None:
        report["state"] = next(
            (state for kind, state in STATES.items() if isinstance(result.error, kind)), "error"
        )
        report["detail"] = result.error.message
    details = getattr(result.check, "details", None)
    if details is not None:
        report.update(details())
    return report


class HealthView(HealthCheckView):
    """JSON only, whatever the client accepts; never cached (django-health-check's dispatch)."""

    components: dict[str, CheckSpec] | None = None

    def get_components(self, only: list[str] | None = None) -> dict[str, HealthCheck]:
        specs = default_components() if self.components is None else self.components
        return {name: build_check(spec) for name, spec in specs.items() if only is None or name in only}

    async def get(self, request, *args, **kwargs):
        only = [name.strip() for name in request.GET["only"].split(",")] if "only" in request.GET else None
        components = self.get_components(only)
        if only is not None and (unknown := sorted(set(only) - set(components))):
            return JsonResponse({"detail": f"Unknown components: {', '.join(unknown)}."}, status=400)
        with self.get_executor() as executor:
            results = await asyncio.gather(*(check.get_result(executor) for check in components.values()))
        reports = {name: component_report(result) for name, result in zip(components, results, strict=True)}
        failing = [name for name, report in reports.items() if report["state"] != "ok"]
        return JsonResponse(
            {"status": "unavailable" if failing else "ok", "failing": failing, "components": reports},
            status=503 if failing else 200,
        )
