"""A fixed-window rate limit per client address, counted in Django's default cache.

Every abuse limit of the plugin uses it: the help center's signals (reads,
votes, searches: HELPCENTER_RATE_LIMITS) and the surveys app's pages and API
(SURVEYS_RATE_LIMITS, through ``surveys.ratelimit``).

The counter is an atomic ``cache.incr``, so parallel requests cannot slip
past. Counts are shared between processes and machines when the cache is
(Redis from CACHE_URL in production); with the local-memory cache each
worker counts on its own, and ``check --deploy`` says so (surveys.W003).
"""

import logging
import math
import threading
import time
from dataclasses import dataclass

from django.core.cache import cache
from django.http import HttpRequest
from ninja.throttling import BaseThrottle

from .conf import helpcenter_settings

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    retry_after: int = 0


def parse_rate(rate: str) -> tuple[int, int]:
    count, _, seconds = rate.partition("/")
    return int(count), int(seconds or 60)


def client_address(request: HttpRequest, header: str | None = None) -> str:
    """The client's address: REMOTE_ADDR, or behind a proxy the last entry of ``header``
    (default HELPCENTER_CLIENT_IP_HEADER)."""
    header = helpcenter_settings.CLIENT_IP_HEADER if header is None else header
    if header and request.META.get(header):
        # The last entry is the one our own proxy added; earlier ones are the client's say-so.
        return request.META[header].split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "unknown")


def check(scope: str, request: HttpRequest, rate: str | None = None, client: str | None = None) -> Verdict:
    """Counts one request in ``scope`` for this client and says whether it may proceed.

    ``rate`` ("count/seconds") defaults to HELPCENTER_RATE_LIMITS[scope]; ``client`` to the
    request's client address."""
    limit, window = parse_rate(rate or helpcenter_settings.RATE_LIMITS[scope])
    now = time.time()
    window_start = int(now // window) * window
    client = client or client_address(request)
    key = f"rate:{scope}:{client}:{window_start}"
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


class Throttle(BaseThrottle):
    """The same limit, for django-ninja operations (ninja adds Retry-After to its 429)."""

    def __init__(self, scope: str) -> None:
        self.scope = scope
        self._local = threading.local()  # one instance serves every request thread

    def verdict(self, request: HttpRequest) -> Verdict:
        return check(self.scope, request)

    def allow_request(self, request: HttpRequest) -> bool:
        verdict = self.verdict(request)
        self._local.wait = verdict.retry_after
        return verdict.allowed

    def wait(self) -> float | None:
        return getattr(self._local, "wait", None)
