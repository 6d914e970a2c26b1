"""Template context for pages outside the page tree that wear the help center's frame."""

from .conf import helpcenter_settings


def help_page_context() -> dict:
    """What a view passes to a template extending ``helpcenter/base.html``: the site template that
    frame extends (HELPCENTER_BASE_TEMPLATE). Help pages add it themselves."""
    return {"helpcenter_base_template": helpcenter_settings.BASE_TEMPLATE}
