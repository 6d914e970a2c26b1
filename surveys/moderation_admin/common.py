"""Small pieces the queue, the response page and the dashboard share."""

from datetime import timedelta
from functools import cache, wraps

from django.conf import settings
from django.contrib.auth import get_user_model, load_backend
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone
from django.utils.timesince import timesince, timeuntil
from django.utils.translation import get_language, gettext

from ..conf import admin_base_url
from ..models import ModerationSettings
from ..models import Response as SurveyResponse
from ..services import moderation

# Every URL of the queue is named like this (modeladmin's scheme for surveys.Response).
URL_PREFIX = "surveys_response_modeladmin_"


def queue_url(name: str, *args) -> str:
    return reverse(f"{URL_PREFIX}{name}", args=args)


def admin_url(response: SurveyResponse) -> str:
    """The response's page in the queue, absolute, for e-mails to staff."""
    return admin_base_url() + queue_url("inspect", response.pk)


def permission_backend() -> str | None:
    """The first authentication backend that can list users by permission (Django's ModelBackend or
    a subclass). ``with_perm`` must be told which when a site has several, as one with django-axes
    (whose backend only refuses locked-out clients) does."""
    return next(
        (path for path in settings.AUTHENTICATION_BACKENDS if hasattr(load_backend(path), "with_perm")),
        None,
    )


def moderators():
    """Active users who hold the moderation permission (through a group, directly, or superuser)."""
    user_model = get_user_model()
    users = user_model.objects.with_perm(moderation.PERMISSION, is_active=True, backend=permission_backend())
    return users.order_by("first_name", "last_name", user_model.USERNAME_FIELD)


@cache
def _choice_labels(model, field_name: str, language: str | None) -> dict:
    return {value: str(label) for value, label in model._meta.get_field(field_name).flatchoices}


def choice_label(obj, field_name: str) -> str:
    """``get_<field>_display()`` without its cost: Django's version hashes, and so translates,
    every choice's lazy label on each call, which dominates a 50-row list."""
    labels = _choice_labels(type(obj), field_name, get_language())
    value = getattr(obj, field_name)
    return labels.get(value, value)


def display_name(user) -> str:
    return (user.get_full_name() or user.get_username()) if user else ""


def moderators_only(view):
    """Checked before the view looks anything up, so an editor cannot even learn which responses
    exist. Wagtail turns the refusal into a redirect to the dashboard with a message (and sends
    anonymous visitors to the login page before this runs)."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not moderation.can_moderate(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


def with_due_dates(responses, now=None, targets=None):
    """Sets ``due_at`` and ``time_left`` (negative when overdue) on each response still waiting
    for its first answer, from the severity's target; ``None`` when there is nothing to meet."""
    now = now or timezone.now()
    targets = targets or ModerationSettings.load()
    for response in responses:
        waiting = response.is_open and response.first_response_at is None
        due = targets.due_at(response) if waiting else None
        response.due_at = due
        response.time_left = (due - now) if due else None
    return responses


def is_late(response) -> bool:
    left = getattr(response, "time_left", None)
    return left is not None and left < timedelta(0)


def time_left_text(response, depth: int = 2) -> str:
    """ "3 hours, 20 minutes left" or "overdue by 1 day, 2 hours", in the admin's language."""
    left = getattr(response, "time_left", None)
    if left is None:
        return ""
    now = timezone.now()
    if left >= timedelta(0):
        return gettext("%(time)s left") % {"time": timeuntil(now + left, now, depth=depth)}
    return gettext("overdue by %(time)s") % {"time": timesince(now + left, now, depth=depth)}
