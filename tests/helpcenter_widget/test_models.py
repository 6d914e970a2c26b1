"""Settings → Help widget: the launcher per language, the storefront contexts, and the admin form."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Site

from helpcenter.widget.models import WidgetAppearance, WidgetContext, WidgetSettings

pytestmark = pytest.mark.django_db


def test_a_language_row_overrides_the_launcher_defaults_field_by_field(home):
    widget = WidgetSettings.for_site(Site.objects.get(is_default_site=True))
    widget.label, widget.colour = "Need help?", "#123456"
    widget.save()
    WidgetAppearance.objects.create(setting=widget, language="fa", label="راهنما", position="start")
    assert widget.appearance_for("fa") == {"label": "راهنما", "colour": "#123456", "position": "start"}
    assert widget.appearance_for("fa-ir") == {"label": "راهنما", "colour": "#123456", "position": "start"}
    assert widget.appearance_for("en") == {"label": "Need help?", "colour": "#123456", "position": "end"}


def test_a_context_needs_a_name_or_a_pattern_starting_with_a_slash(home):
    widget = WidgetSettings.for_site(Site.objects.get(is_default_site=True))
    with pytest.raises(ValidationError):
        WidgetContext(setting=widget, topic=home).clean()
    with pytest.raises(ValidationError):
        WidgetContext(setting=widget, topic=home, url_pattern="orders/*").clean()
    WidgetContext(setting=widget, topic=home, url_pattern="/orders/*").clean()
    WidgetContext(setting=widget, topic=home, key="order-tracking").clean()


@pytest.mark.parametrize("colour", ["red; background: url(x)", "#ffff00", "#7fb3ff"])
def test_launcher_colour_must_be_hex_and_readable_under_white_text(home, colour):
    widget = WidgetSettings.for_site(Site.objects.get(is_default_site=True))
    widget.colour = colour
    with pytest.raises(ValidationError):
        widget.full_clean()


def test_dark_launcher_colours_are_accepted(home):
    widget = WidgetSettings.for_site(Site.objects.get(is_default_site=True))
    for colour in ["#1d4ed8", "#0b5cad", "#000000", "#b35c00"]:
        widget.colour = colour
        widget.full_clean()


def test_editors_find_the_settings_in_the_admin(client, django_user_model, home):
    client.force_login(django_user_model.objects.create_superuser("admin", "admin@example.com", "pw"))
    site = Site.objects.get(is_default_site=True)
    response = client.get(f"/admin/settings/helpcenter_widget/widgetsettings/{site.pk}/")
    assert response.status_code == 200
    content = response.content.decode()
    assert "Launcher per language" in content and "Storefront pages and their topics" in content
