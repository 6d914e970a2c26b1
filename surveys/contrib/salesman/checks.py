"""A misspelt status or mapping would fail quietly at run time (no invitation, a log line per order):
the system checks say so at start-up instead."""

from django.core import checks
from django.utils.module_loading import import_string

from ...conf import surveys_settings


@checks.register()
def check_salesman_settings(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    config = surveys_settings.SALESMAN
    return _mapping_errors(config["ORDER_TO_DELIVERY"]) + _status_errors(
        config["INVITE_STATUS"], config["CANCEL_STATUSES"]
    )


def _mapping_errors(mapping) -> list[checks.CheckMessage]:
    if callable(mapping):
        return []
    try:
        mapping = import_string(mapping)
    except Exception as error:
        problem = f"cannot be imported ({error})"
    else:
        if callable(mapping):
            return []
        problem = "is not a function"
    return [
        checks.Error(
            f"SURVEYS_SALESMAN['ORDER_TO_DELIVERY'] {problem}.",
            hint="Give the dotted path of a function order -> DeliveredOrder | None.",
            id="surveys_salesman.E001",
        )
    ]


def _status_errors(invite_status, cancel_statuses) -> list[checks.CheckMessage]:
    from salesman.core.utils import get_salesman_model

    if not isinstance(cancel_statuses, list | tuple | set | frozenset):
        return [
            checks.Error(
                "SURVEYS_SALESMAN['CANCEL_STATUSES'] takes a list of statuses.",
                id="surveys_salesman.E002",
            )
        ]
    errors = []
    if invite_status in cancel_statuses:
        errors.append(
            checks.Error(
                f"SURVEYS_SALESMAN: {invite_status!r} is both INVITE_STATUS and one of CANCEL_STATUSES.",
                id="surveys_salesman.E002",
            )
        )
    try:
        known = set(get_salesman_model("Order").Status.values)
    except LookupError:
        return [
            *errors,
            checks.Error(
                "surveys.contrib.salesman needs salesman's order model.",
                hint='Add "salesman.core", "salesman.basket" and "salesman.orders" to INSTALLED_APPS.',
                id="surveys_salesman.E004",
            ),
        ]
    unknown = [str(status) for status in [invite_status, *cancel_statuses] if status not in known]
    if unknown:
        errors.append(
            checks.Error(
                f"SURVEYS_SALESMAN names order statuses salesman does not have: {', '.join(unknown)}.",
                hint=f"The order statuses are: {', '.join(sorted(known))}.",
                id="surveys_salesman.E003",
            )
        )
    return errors
