"""Admin for surveys: editors author surveys and reasons; API keys are made here and shown once.

Responses are not here: support staff work on them in the moderation queue (moderation_admin/).
"""

from django import forms
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import ApiKey, Reason, Survey


class SurveyViewSet(SnippetViewSet):
    model = Survey
    icon = "form"
    menu_label = _("Surveys")
    list_display = ["title", "live", Column("locale", label=_("Language")), DateColumn("updated_at")]
    list_filter = ["live", "locale"]


class ReasonViewSet(SnippetViewSet):
    model = Reason
    icon = "list-ul"
    menu_label = _("Reasons")
    list_display = ["label", "key", "sort_order", BooleanColumn("active")]
    list_filter = ["locale", "active"]


class ApiKeyForm(forms.ModelForm):
    revoke = forms.BooleanField(
        label=_("Revoke this key"), required=False, help_text=_("Requests with it are refused from now on.")
    )

    class Meta:
        model = ApiKey
        fields = ["name"]


class ApiKeyCreateView(generic.CreateView):
    """Makes the key and shows it once, on this response; only its hash is stored."""

    def form_valid(self, form):
        if self.expects_json_response:
            return self.json_error_response("not_supported", str(_("API keys are created one at a time.")))
        key, raw_key = ApiKey.generate(form.cleaned_data["name"], created_by=self.request.user)
        return render(
            self.request,
            "surveys/admin/api_key_created.html",
            {"key": key, "raw_key": raw_key, "index_url": self.get_success_url(), "header_title": key.name},
        )


class ApiKeyEditView(generic.EditView):
    def save_instance(self):
        instance = super().save_instance()
        if self.form.cleaned_data.get("revoke"):
            instance.revoke()
        return instance


class ApiKeyViewSet(ModelViewSet):
    model = ApiKey
    icon = "key"
    menu_label = _("Storefront API keys")
    add_to_admin_menu = False
    form_fields = ["name"]
    add_view_class = ApiKeyCreateView
    edit_view_class = ApiKeyEditView
    list_display = [
        "name",
        Column("prefix", label=_("Key starts with")),
        BooleanColumn("is_active", label=_("Active")),
        DateColumn("created_at"),
        DateColumn("last_used_at"),
        DateColumn("revoked_at"),
    ]

    def get_form_class(self, for_update=False):
        return ApiKeyForm if for_update else super().get_form_class(for_update)


class SurveysGroup(SnippetViewSetGroup):
    menu_label = _("Surveys")
    menu_icon = "form"
    menu_order = 300
    items = (SurveyViewSet, ReasonViewSet)


api_key_viewset = ApiKeyViewSet("surveys_api_keys")
