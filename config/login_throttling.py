"""The demo site's lock-out page for django-axes, which throttles sign-in attempts to the admin."""

import math

from axes.helpers import get_cool_off, get_failure_limit
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse

LOCKED_OUT_TEMPLATE = "admin_login_locked_out.html"


def locked_out(request: HttpRequest, original_response=None, credentials=None) -> HttpResponse:
    """AXES_LOCKOUT_CALLABLE: the sign-in page's own lock-out message, 429 Too Many Requests."""
    cool_off = get_cool_off(request)
    response = TemplateResponse(
        request,
        LOCKED_OUT_TEMPLATE,
        {
            "failure_limit": get_failure_limit(request, credentials),
            "minutes": math.ceil(cool_off.total_seconds() / 60) if cool_off else None,
        },
        status=429,
    )
    response["Retry-After"] = str(int(cool_off.total_seconds())) if cool_off else "3600"
    return response.render()
