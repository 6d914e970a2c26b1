from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page


class HomePage(Page):
    """The help site's front door: a search box first, then ways to get help."""

    search_prompt = models.CharField(
        _("search prompt"),
        max_length=120,
        blank=True,
        help_text=_("The question above the search box, e.g. “How can we help?”"),
    )
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("search_prompt"),
        FieldPanel("intro"),
    ]

    max_count_per_parent = 1

    class Meta:
        verbose_name = _("help site home page")
