"""The help center's own settings (HELPCENTER_*), read lazily with defaults.

Read them as ``helpcenter_settings.REVIEW_AFTER_DAYS``; override in the
site's settings as ``HELPCENTER_REVIEW_AFTER_DAYS = 90``.
"""

from typing import Any

from django.conf import settings

DEFAULTS: dict[str, Any] = {
    # An article not reviewed for this many days is listed as stale.
    "REVIEW_AFTER_DAYS": 180,
    # An article with at least this many votes and a helpful share below
    # UNHELPFUL_RATIO is listed as unhelpful.
    "UNHELPFUL_MIN_VOTES": 5,
    "UNHELPFUL_RATIO": 0.5,
    # The longest comment a visitor may leave with a vote.
    "FEEDBACK_COMMENT_MAX_LENGTH": 1000,
    # Articles with at least this many headed sections get a table of contents.
    "TOC_MIN_SECTIONS": 3,
    # Search also applies the built-in vocabulary of shop support (search/vocabulary.py).
    "SEARCH_STARTER_VOCABULARY": True,
}


class HelpCenterSettings:
    prefix = "HELPCENTER_"

    def __getattr__(self, name: str) -> Any:
        if name not in DEFAULTS:
            raise AttributeError(f"Unknown help center setting: {name}")
        return getattr(settings, self.prefix + name, DEFAULTS[name])


helpcenter_settings = HelpCenterSettings()
