from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable

from ..languages import base_language, language_choices


@register_setting(icon="mail")
class ContactSettings(ClusterableModel, BaseSiteSetting):
    """How customers reach a person, shown wherever self-service falls short."""

    email = models.EmailField(_("support e-mail"), blank=True)
    phone = models.CharField(_("support phone"), max_length=40, blank=True)
    chat_url = models.URLField(_("chat link"), blank=True)

    panels = [
        FieldPanel("email"),
        FieldPanel("phone"),
        FieldPanel("chat_url"),
        InlinePanel("opening_hours", label=_("Opening hours, per language")),
    ]

    class Meta:
        verbose_name = _("contact channels")

    def has_channels(self) -> bool:
        return bool(self.email or self.phone or self.chat_url)

    def hours_for(self, language_code: str) -> str:
        """The opening hours written for this language, else for its base language (fa for fa-ir)."""
        rows = list(self.opening_hours.all())
        for matches in (
            lambda row: row.language == language_code,
            lambda row: base_language(row.language) == base_language(language_code),
        ):
            for row in rows:
                if matches(row):
                    return row.text
        return ""


class OpeningHours(Orderable):
    setting = ParentalKey(ContactSettings, related_name="opening_hours", on_delete=models.CASCADE)
    language = models.CharField(_("language"), max_length=10, choices=language_choices)
    text = models.CharField(_("opening hours"), max_length=200)
