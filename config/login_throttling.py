"""The site's choices for django-axes, which throttles sign-in attempts to the admin.

Axes counts failures per client address: the same address the surveys' rate limits count
(``SURVEYS_CLIENT_IP_HEADER`` behind a proxy, else ``REMOTE_ADDR``), so one proxy setting serves both.
"""

import ipaddress
import math

from axes.helpers import get_cool_off, get_failure_limit
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse

from surveys.ratelimit import client_address

LOCKED_OUT_TEMPLATE = "admin_login_locked_out.html"


def client_ip_address(request: HttpRequest) -> str | None:
    """AXES_CLIENT_IP_CALLABLE: the client's address, or None when the request carries none that
    parses (axes stores it in an IP address column)."""
    address = client_address(request)
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None


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
