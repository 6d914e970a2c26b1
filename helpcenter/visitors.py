"""An anonymous, random visitor id kept in a signed cookie, and the rules that make the signals
built on it (reads, votes, searches) mean "one real visitor".

- The page a visitor reads sets the cookie (``VisitorCookieMiddleware``), so the read beacon, the
  vote buttons and the no-JavaScript vote form that follow all carry it.
- A read or vote without a valid cookie is not counted; the answer sets a cookie, so a real
  browser's next one counts.
- Known bots and scanners get no cookie, and nothing they send is counted.
- One client address adds at most HELPCENTER_SIGNALS_PER_CLIENT_PER_DAY counted signals per
  article (or query) and day, however many cookies it collects. The counters are keyed hashes in
  the shared cache that expire after a day: nothing is stored about who read what.
"""

import hashlib
import hmac
import logging
import re
import uuid

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from . import ratelimit
from .conf import helpcenter_settings

logger = logging.getLogger(__name__)

COOKIE_NAME = "hc_visitor"
COOKIE_SALT = "helpcenter.visitor"
ONE_YEAR = 365 * 24 * 3600
DAY = 24 * 3600

# User agents that say they are programs: crawlers, monitors, HTTP libraries and scanners. A bot
# that lies about its user agent still meets the per-client limits.
AUTOMATED = re.compile(
    r"bot\b|bot/|crawl|spider|slurp|curl/|wget/|python-requests|python-urllib|aiohttp|httpx|"
    r"go-http-client|java/|okhttp|libwww|scrapy|headless|phantomjs|sqlmap|nikto|nmap|wapiti|"
    r"zgrab|masscan|nuclei|acunetix|burp|dirbuster|gobuster|ffuf|wpscan|httpie|postman|"
    r"lighthouse|pagespeed|monitor|uptime|pingdom|facebookexternalhit|preview",
    re.IGNORECASE,
)


def get_visitor_id(request: HttpRequest) -> str | None:
    value = request.get_signed_cookie(COOKIE_NAME, default=None, salt=COOKIE_SALT)
    if value and len(value) == 32 and value.isalnum():
        return value
    return None


def is_automated(request: HttpRequest) -> bool:
    """Whether the request says it comes from a program rather than a person's browser. (A request
    without a user agent is not assumed to be one; the per-client limits still hold for it.)"""
    return bool(AUTOMATED.search(request.META.get("HTTP_USER_AGENT", "")))


def set_visitor_cookie(request: HttpRequest, response: HttpResponse) -> str:
    visitor_id = uuid.uuid4().hex
    response.set_signed_cookie(
        COOKIE_NAME,
        visitor_id,
        salt=COOKIE_SALT,
        max_age=ONE_YEAR,
        httponly=True,
        samesite="Lax",
        secure=request.is_secure(),
    )
    return visitor_id


def ensure_visitor_id(request: HttpRequest, response: HttpResponse) -> str:
    """The request's visitor id, minting one (and setting its cookie) when there is none."""
    return get_visitor_id(request) or set_visitor_cookie(request, response)


def counted_visitor(request: HttpRequest, response: HttpResponse) -> str | None:
    """The visitor whose signal may be counted, or None. A person's browser without the cookie
    gets one in ``response`` (so its next signal counts); a bot gets none."""
    if is_automated(request):
        return None
    visitor_id = get_visitor_id(request)
    if visitor_id is None:
        set_visitor_cookie(request, response)
    return visitor_id


def _hashed(*parts: str) -> str:
    key = f"helpcenter.signals:{settings.SECRET_KEY}".encode()
    return hmac.new(key, "|".join(parts).encode(), hashlib.sha256).hexdigest()[:32]


def first_signal_today(kind: str, subject: str, visitor_id: str, request: HttpRequest) -> bool:
    """Whether this is the visitor's first ``kind`` signal on ``subject`` today, and its client
    address has not used up its share: only then is the signal counted.

    A cache that cannot be reached counts nothing (signals are not worth an outage)."""
    day = timezone.now().date().isoformat()
    client = ratelimit.client_address(request)
    try:
        if not cache.add(f"signal:{_hashed(kind, subject, day, 'visitor', visitor_id)}", 1, timeout=DAY):
            return False
        client_key = f"signal:{_hashed(kind, subject, day, 'client', client)}"
        if cache.add(client_key, 1, timeout=DAY):
            return True
        return cache.incr(client_key) <= helpcenter_settings.SIGNALS_PER_CLIENT_PER_DAY
    except Exception:
        logger.error("Signal cache unreachable; %s on %s not counted", kind, subject, exc_info=True)
        return False


class VisitorCookieMiddleware:
    """Gives a person's browser its visitor cookie on the pages it reads, including pages the page
    cache answers (list it before ``helpcenter.page_cache.PageCacheMiddleware``), so the signals
    that page sends carry it; the no-JavaScript vote form works because its page set the cookie."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if (
            request.method == "GET"
            and response.status_code == 200
            and response.get("Content-Type", "").startswith("text/html")
            and not request.path.startswith("/api/")
            and not getattr(response, "xframe_options_exempt", False)  # framed: a third-party cookie
            and get_visitor_id(request) is None
            and not is_automated(request)
        ):
            set_visitor_cookie(request, response)
        return response
