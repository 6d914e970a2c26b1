from django.utils.translation import gettext_lazy as _

from helpcenter.models import AbstractHelpCenterIndexPage


class HomePage(AbstractHelpCenterIndexPage):
    """The demo site's front door is a help home: a search box first, then topics, popular
    articles and contacts (a subclass of the plugin's abstract help home, as a site adding fields
    of its own would write it)."""

    template = "helpcenter/help_center_page.html"

    class Meta:
        verbose_name = _("help site home page")
