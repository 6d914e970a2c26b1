"""What editors set for the storefront widget, per site: its launcher per language, and which
storefront pages open it on which topic."""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable

from helpcenter.languages import base_language, language_choices

COLOUR = RegexValidator(r"^#[0-9a-fA-F]{6}$", _("A colour as #rrggbb, e.g. #1d4ed8."))


def contrast_with_white(colour: str) -> float:
    """WCAG contrast ratio of white text on ``colour`` (#rrggbb)."""

    def channel(value: int) -> float:
        value = value / 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    luminance = 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)
    return 1.05 / (luminance + 0.05)


def validate_launcher_colour(colour: str) -> None:
    """The launcher's label is white: a colour it cannot be read on (WCAG AA, 4.5:1) is refused."""
    COLOUR(colour)
    if contrast_with_white(colour) < 4.5:
        raise ValidationError(
            _("White text is hard to read on this colour (contrast %(ratio).1f:1, at least 4.5:1 needed)."),
            params={"ratio": contrast_with_white(colour)},
        )


class Position(models.TextChoices):
    # Logical sides: "end" is the right in English and the left in Persian.
    END = "end", _("Bottom, at the end of the line (right in left-to-right languages)")
    START = "start", _("Bottom, at the start of the line (left in left-to-right languages)")


@register_setting(icon="help")
class WidgetSettings(ClusterableModel, BaseSiteSetting):
    """The launcher's look (a default, and per language) and the storefront contexts."""

    enabled = models.BooleanField(_("show the widget on the storefront"), default=True)
    label = models.CharField(_("launcher label"), max_length=40, blank=True, help_text=_("Default: “Help”."))
    colour = models.CharField(
        _("launcher colour"), max_length=7, default="#1d4ed8", validators=[validate_launcher_colour]
    )
    position = models.CharField(_("position"), max_length=5, choices=Position.choices, default=Position.END)

    panels = [
        MultiFieldPanel(
            [FieldPanel("enabled"), FieldPanel("label"), FieldPanel("colour"), FieldPanel("position")],
            heading=_("Launcher"),
        ),
        InlinePanel("appearances", label=_("Launcher per language")),
        InlinePanel("contexts", label=_("Storefront pages and their topics")),
    ]

    class Meta:
        verbose_name = _("help widget")

    def appearance_for(self, language_code: str) -> dict:
        """Label, colour and position for a language: its own row (or its base language's), else
        the defaults above."""
        rows = list(self.appearances.all())
        chosen = next((row for row in rows if row.language == language_code), None) or next(
            (row for row in rows if base_language(row.language) == base_language(language_code)), None
        )
        return {
            "label": (chosen and chosen.label) or self.label,
            "colour": (chosen and chosen.colour) or self.colour,
            "position": (chosen and chosen.position) or self.position,
        }


class WidgetAppearance(Orderable):
    setting = ParentalKey(WidgetSettings, related_name="appearances", on_delete=models.CASCADE)
    language = models.CharField(_("language"), max_length=10, choices=language_choices)
    label = models.CharField(_("launcher label"), max_length=40, blank=True)
    colour = models.CharField(
        _("launcher colour"), max_length=7, blank=True, validators=[validate_launcher_colour]
    )
    position = models.CharField(_("position"), max_length=5, choices=Position.choices, blank=True)


class WidgetContext(Orderable):
    """A storefront place (named by the page's ``data-context``, or matched by its address) and the
    topic whose most helpful articles the panel shows there before anything is typed.

    The panel matches the storefront's address itself (panel.js): the address may hold an order
    number, and it never needs to reach the help center."""

    setting = ParentalKey(WidgetSettings, related_name="contexts", on_delete=models.CASCADE)
    key = models.SlugField(
        _("context name"),
        max_length=60,
        blank=True,
        help_text=_("What the storefront page says in data-context, e.g. “order-tracking”."),
    )
    url_pattern = models.CharField(
        _("address pattern"),
        max_length=200,
        blank=True,
        help_text=_("Or the storefront addresses it applies to, * for any part, e.g. “/orders/*”."),
    )
    topic = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("topic"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [
        FieldPanel("key"),
        FieldPanel("url_pattern"),
        PageChooserPanel("topic", "helpcenter.CategoryPage"),
    ]

    def clean(self):
        if not self.key and not self.url_pattern:
            raise ValidationError(_("Give a context name, an address pattern, or both."))
        if self.url_pattern and not self.url_pattern.startswith("/"):
            raise ValidationError({"url_pattern": _("Start the pattern with /, e.g. “/orders/*”.")})
