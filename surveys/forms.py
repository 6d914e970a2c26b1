"""The survey as a Django form: one validation path for the HTML page and the JSON API."""

from django import forms
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from .conf import surveys_settings
from .models import Survey, SurveyQuestion

YES_NO = [("yes", _("Yes")), ("no", _("No"))]

# The survey fields that the form's fields and the stored questions are built from.
WORDING_FIELDS = (
    "ask_csat",
    "csat_question",
    "ask_nps",
    "nps_question",
    "reasons_question",
    "ask_comment",
    "comment_question",
    "consent_label",
)

# Field instances by everything they are built from, shared by every form built alike: building
# them was most of a submission's validation time. Fields are never changed once built; each form
# gets its own ``fields`` dict and its own bound fields.
_FIELDS_CACHE: dict[tuple, dict[str, forms.Field]] = {}


def wording(survey: Survey, language: str) -> tuple:
    """What a survey's forms say in a language: a cache key that changes with any edit."""
    return (language, *(getattr(survey, name) for name in WORDING_FIELDS))


def _no_nul(value: str) -> None:
    if "\x00" in value:
        raise forms.ValidationError(_("The text contains characters we cannot store."))


class SurveyResponseForm(forms.Form):
    """Built from a survey. Field names: csat, nps, reasons, q_<key> for extra questions, comment, consent."""

    def __init__(self, survey: Survey, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.survey = survey
        self.reasons, self.extra_questions = survey.parts()
        self.fields = dict(self._shared_fields())

    def _shared_fields(self) -> dict[str, forms.Field]:
        key = (
            wording(self.survey, translation.get_language()),
            surveys_settings.COMMENT_MAX_LENGTH,
            tuple((reason.key, reason.label) for reason in self.reasons),
            tuple(
                (question.key, question.text, question.kind, question.choices, question.required)
                for question in self.extra_questions
            ),
        )
        fields = _FIELDS_CACHE.get(key)
        if fields is None:
            fields = self._build_fields()
            if len(_FIELDS_CACHE) >= 256:
                _FIELDS_CACHE.clear()
            _FIELDS_CACHE[key] = fields
        return fields

    def _build_fields(self) -> dict[str, forms.Field]:
        survey = self.survey
        fields: dict[str, forms.Field] = {}
        if survey.ask_csat:
            fields["csat"] = forms.TypedChoiceField(
                label=survey.text("csat_question"),
                choices=[(str(n), str(n)) for n in range(1, 6)],
                coerce=int,
                widget=forms.RadioSelect,
                error_messages={"required": _("Please choose from 1 to 5 stars.")},
            )
        if survey.ask_nps:
            fields["nps"] = forms.TypedChoiceField(
                label=survey.text("nps_question"),
                choices=[(str(n), str(n)) for n in range(11)],
                coerce=int,
                widget=forms.RadioSelect,
                error_messages={"required": _("Please choose a number from 0 to 10.")},
            )
        if self.reasons:
            fields["reasons"] = forms.MultipleChoiceField(
                label=survey.text("reasons_question"),
                choices=[(reason.key, reason.label) for reason in self.reasons],
                widget=forms.CheckboxSelectMultiple,
                required=False,
            )
        for question in self.extra_questions:
            fields[f"q_{question.key}"] = self._question_field(question)
        if survey.ask_comment:
            fields["comment"] = forms.CharField(
                label=survey.text("comment_question"),
                widget=forms.Textarea(attrs={"rows": 3}),
                max_length=surveys_settings.COMMENT_MAX_LENGTH,
                required=False,
                strip=True,
                validators=[_no_nul],
            )
        fields["consent"] = forms.BooleanField(label=survey.text("consent_label"), required=False)
        return fields

    def _question_field(self, question: SurveyQuestion) -> forms.Field:
        if question.kind == SurveyQuestion.KIND_TEXT:
            return forms.CharField(
                label=question.text, max_length=500, required=question.required, validators=[_no_nul]
            )
        choices = (
            YES_NO
            if question.kind == SurveyQuestion.KIND_YES_NO
            else [(c, c) for c in question.choice_list()]
        )
        return forms.ChoiceField(
            label=question.text, choices=choices, widget=forms.RadioSelect, required=question.required
        )

    def reason_labels(self) -> dict[str, str]:
        return {reason.key: reason.label for reason in self.reasons}

    def rating_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in ("csat", "nps") if name in self.fields]

    def extra_fields(self) -> list[forms.BoundField]:
        return [self[f"q_{question.key}"] for question in self.extra_questions]

    def error_dict(self) -> dict[str, list[str]]:
        """Errors by field, with the API's names (extra questions by their key)."""
        return {
            (f"answers.{name[2:]}" if name.startswith("q_") else name): [str(message) for message in messages]
            for name, messages in self.errors.items()
        }
