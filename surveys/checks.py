"""System checks of the surveys app (see helpcenter/checks.py)."""

from urllib.parse import urlsplit

from django.core.checks import Tags, Warning, register

from helpcenter.checks import README, is_per_process_cache, required_apps

from .conf import admin_base_url, surveys_settings

SURVEYS_APPS = {
    "helpcenter": "surveys share the help center's languages, page cache and API",
    "wagtail.contrib.settings": "the moderation targets are a site setting",
    "wagtail_modeladmin": "the feedback queue is a wagtail-modeladmin view",
}
# Hosts no customer can reach: `wagtail start`'s placeholder and loopback.
PLACEHOLDER_HOSTS = {"", "example.com", "localhost", "127.0.0.1", "[::1]", "::1"}


@register()
def check_required_apps(app_configs, **kwargs):
    return required_apps("surveys", SURVEYS_APPS, "surveys.E001")


@register(deploy=True)
def check_survey_link_base(app_configs, **kwargs):
    """Links e-mailed without a request to take the host from (an invitation from the salesman
    connector, a reply notice) are built on SURVEYS_BASE_URL, else WAGTAILADMIN_BASE_URL."""
    base = surveys_settings.BASE_URL or admin_base_url()
    if (urlsplit(base).hostname or "") in PLACEHOLDER_HOSTS:
        return [
            Warning(
                f"Survey links in e-mails would point at {base or 'nowhere (a relative link)'!r}.",
                hint="Set SURVEYS_BASE_URL (or WAGTAILADMIN_BASE_URL) to the site's public address, "
                "e.g. 'https://shop.example'.",
                id="surveys.W001",
            )
        ]
    return []


@register(deploy=True)
def check_task_backend(app_configs, **kwargs):
    """Invitation e-mails are due days after delivery: a task backend that cannot run a task later
    leaves them to the send_due_emails sweep."""
    from .tasks import deliver_email

    if deliver_email.get_backend().supports_defer:
        return []
    return [
        Warning(
            "The task backend cannot run tasks later: invitation e-mails go out only when "
            "`manage.py send_due_emails` runs.",
            hint="Run `manage.py send_due_emails` every few minutes from cron, or use django-tasks-db "
            "(TASKS backend 'django_tasks_db.backend.DatabaseBackend') with `manage.py db_worker` "
            f"({README}).",
            id="surveys.W002",
        )
    ]


@register(Tags.caches, deploy=True)
def check_rate_limits_are_shared(app_configs, **kwargs):
    """Rate-limit counters live in the default cache: per process, each server process (and each
    machine) allows the whole limit on its own."""
    if not is_per_process_cache("default"):
        return []
    return [
        Warning(
            "Survey rate limits are counted per server process: with N processes a client gets N times "
            "SURVEYS_RATE_LIMITS.",
            hint="Set CACHE_URL (or REDIS_URL) to a Redis server every process shares.",
            id="surveys.W003",
        )
    ]
