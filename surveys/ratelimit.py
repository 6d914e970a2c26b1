"""The surveys app's rate limits (SURVEYS_RATE_LIMITS), counted by the help center's
``helpcenter.ratelimit`` in the shared cache, so every abuse limit of the plugin is one mechanism."""

import ipaddress

from django.http import HttpRequest

from helpcenter import ratelimit
from helpcenter.ratelimit import Verdict

from .conf import surveys_settings

__all__ = ["SurveyThrottle", "Verdict", "check", "client_address"]


def client_address(request: HttpRequest) -> str:
    return ratelimit.client_address(request, surveys_settings.CLIENT_IP_HEADER or None)


def client_ip_address(request: HttpRequest) -> str | None:
    """The same client address as an IP address, or None when the request carries none that parses;
    for other counters of the site, e.g. django-axes' ``AXES_CLIENT_IP_CALLABLE``."""
    try:
        return str(ipaddress.ip_address(client_address(request)))
    except ValueError:
        return None


def check(scope: str, request: HttpRequest) -> Verdict:
    """Counts one request in ``scope`` ("submit" or "view") for this client."""
    rate = surveys_settings.RATE_LIMITS[scope]
    return ratelimit.check(f"surveys.{scope}", request, rate=rate, client=client_address(request))


class SurveyThrottle(ratelimit.Throttle):
    def verdict(self, request: HttpRequest) -> Verdict:
        return check(self.scope, request)
