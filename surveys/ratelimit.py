"""A fixed-window rate limit per client address, counted in Django's default cache.

The counter is an atomic ``cache.incr``, so parallel requests cannot slip
past. Counts are shared between processes and machines when the cache is
(Redis from CACHE_URL in production); with the local-memory cache each
worker counts on its own, and ``check --deploy`` says so (surveys.W003).
"""

import ipaddress
import logging
import math
import threading
import time
from dataclasses import dataclass

from django.core.cache import cache
from django.http import HttpRequest
from ninja.throttling import BaseThrottle

from .conf import surveys_settings

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    retry_after: int = 0


def parse_rate(rate: str) -> tuple[int, int]:
    count, _, seconds = rate.partition("/")
    return int(count), int(seconds or 60)


def client_address(request: HttpRequest) -> str:
    header = surveys_settings.CLIENT_IP_HEADER
    if header and request.META.get(header):
        # The last entry is the one our own proxy added; earlier ones are the client's say-so.
        return request.META[header].split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "unknown")


def client_ip_address(request: HttpRequest) -> str | None:
    """The same client address as an IP address, or None when the request carries none that parses;
    for other counters of the site, e.g. django-axes' ``AXES_CLIENT_IP_CALLABLE``."""
    try:
        return str(ipaddress.ip_address(client_address(request)))
    except ValueError:
        return None


def check(scope: str, request: HttpRequest) -> Verdict:
    """Counts one request in ``scope`` for this client and says whether it may proceed."""
    limit, window = parse_rate(surveys_settings.RATE_LIMITS[scope])
    now = time.time()
    window_start = int(now // window) * window
    key = f"surveys:rate:{scope}:{client_address(request)}:{window_start}"
    try:
        count = _count(key, window)
    except Exception:
        # A shared cache that is down must not refuse every customer; the outage is logged.
        logger.error("Rate-limit cache unreachable; %s allowed uncounted", scope, exc_info=True)
        return Verdict(True)
    if count > limit:
        return Verdict(False, max(1, math.ceil(window_start + window - now)))
    return Verdict(True)


def _count(key: str, window: int) -> int:
    try:
        count = cache.incr(key)  # the window's counter usually exists: one cache call
    except ValueError:
        # First request of the window; if another request created the counter meanwhile, count on it.
        if cache.add(key, 1, timeout=window + 1):
            count = 1
        else:
            try:
                count = cache.incr(key)
            except ValueError:  # created and expired in between: this request starts afresh
                cache.set(key, 1, timeout=window + 1)
                count = 1
    return count


class SurveyThrottle(BaseThrottle):
    """The same limit, for django-ninja operations (ninja adds Retry-After to its 429)."""

    def __init__(self, scope: str) -> None:
        self.scope = scope
        self._local = threading.local()  # one instance serves every request thread

    def allow_request(self, request: HttpRequest) -> bool:
        verdict = check(self.scope, request)
        self._local.wait = verdict.retry_after
        return verdict.allowed

    def wait(self) -> float | None:
        return getattr(self._local, "wait", None)
