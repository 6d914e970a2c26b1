from django.utils.translation import gettext_lazy as _

from helpcenter.models import AbstractHelpCenterIndexPage


class HomePage(AbstractHelpCenterIndexPage):
    """The help site's front door: a search box first, then topics, popular articles and contacts."""

    class Meta:
        verbose_name = _("help site home page")
