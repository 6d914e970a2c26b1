"""The surveys suite's fixtures (settings, locales, surveys, staff and editor users) for these tests."""

from tests.surveys.conftest import (  # noqa: F401  (pytest finds fixtures by name)
    editor,
    english_survey,
    locales,
    persian_survey,
    support_staff,
    surveys_settings,
)
