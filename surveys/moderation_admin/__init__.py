"""The moderation queue in Wagtail admin, built with wagtail-modeladmin: the list of responses
(queue.py, filters.py), the response page and its actions (response_page.py), and the dashboard
panel (dashboard.py). wagtail_hooks.py registers them.

Views only parse and render: every change goes through ``surveys.services.moderation``, which
checks the rules and the row version and logs who did what. Only users with
``surveys.moderate_response`` reach any of it.
"""

from .common import URL_PREFIX, admin_url
from .queue import ResponseQueueAdmin

__all__ = ["URL_PREFIX", "ResponseQueueAdmin", "admin_url"]
