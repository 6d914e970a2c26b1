"""The surveys app's own settings (SURVEYS_*), read lazily with defaults.

Read them as ``surveys_settings.INVITATION_DELAY_DAYS``; override in the
site's settings as ``SURVEYS_INVITATION_DELAY_DAYS = 3``.
"""

from typing import Any

from django.conf import settings

DEFAULTS: dict[str, Any] = {
    # The invitation e-mail goes out this many days after delivery, once the
    # customer has used the product.
    "INVITATION_DELAY_DAYS": 7,
    # A survey link stays valid this many days after its e-mail is due.
    "TOKEN_MAX_AGE_DAYS": 30,
    # Who is told about a negative response. Empty: active superusers with an e-mail address.
    "STAFF_NOTIFICATION_EMAILS": [],
    # Origins (scheme://host[:port]) allowed to embed the survey in a frame.
    "STOREFRONT_ORIGINS": [],
    # Absolute base of the links in e-mails and API answers, e.g. https://help.example.com.
    # Empty: WAGTAILADMIN_BASE_URL for e-mails, the request's own host for API answers.
    "BASE_URL": "",
    # Per client IP, "count/seconds", counted in the default cache.
    "RATE_LIMITS": {"submit": "30/60", "view": "120/60"},
    # Behind a reverse proxy: the META key holding the client address (its last entry is used),
    # e.g. "HTTP_X_FORWARDED_FOR". Empty: REMOTE_ADDR.
    "CLIENT_IP_HEADER": "",
    # A response is negative at or below these ratings.
    "NEGATIVE_CSAT_MAX": 2,
    "NEGATIVE_NPS_MAX": 6,
    # E-mail retries: the wait doubles from EMAIL_RETRY_BASE_SECONDS up to EMAIL_RETRY_MAX_SECONDS;
    # after EMAIL_MAX_ATTEMPTS the message is marked failed (and kept) for staff to retry.
    "EMAIL_MAX_ATTEMPTS": 12,
    "EMAIL_RETRY_BASE_SECONDS": 60,
    "EMAIL_RETRY_MAX_SECONDS": 6 * 3600,
    # The longest free-text answer.
    "COMMENT_MAX_LENGTH": 2000,
    # The django-salesman connector (surveys.contrib.salesman); keys left out keep these defaults.
    "SALESMAN": {
        # The order status that means "the customer has the goods": it registers the invitation.
        "INVITE_STATUS": "COMPLETED",
        # Statuses that withdraw the invitation while its e-mail has not gone out yet.
        "CANCEL_STATUSES": ["REFUNDED", "CANCELLED"],
        # Dotted path to a function order -> DeliveredOrder | None (None: no invitation).
        "ORDER_TO_DELIVERY": "surveys.contrib.salesman.deliveries.order_to_delivery",
        # The key of order.extra that receives the survey link.
        "SURVEY_URL_KEY": "survey_url",
    },
}

# Dict settings merged key by key with their defaults, so a site overrides only what it changes.
MERGED = ("RATE_LIMITS", "SALESMAN")


class SurveysSettings:
    prefix = "SURVEYS_"

    def __getattr__(self, name: str) -> Any:
        if name not in DEFAULTS:
            raise AttributeError(f"Unknown surveys setting: {name}")
        value = getattr(settings, self.prefix + name, DEFAULTS[name])
        if name in MERGED:
            value = {**DEFAULTS[name], **value}
        return value


surveys_settings = SurveysSettings()


def admin_base_url() -> str:
    """Wagtail's WAGTAILADMIN_BASE_URL without its last slash; "" when the site has none (Wagtail's
    admin warns of that itself), which leaves links in e-mails relative rather than crashing."""
    return (getattr(settings, "WAGTAILADMIN_BASE_URL", "") or "").rstrip("/")
