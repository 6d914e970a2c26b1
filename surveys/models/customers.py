"""Who bought what: customers known by the storefront's id, and one survey invitation per order.

No passwords and no payment data are ever stored here.
"""

import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _

from helpcenter.languages import default_language, language_choices


class Customer(models.Model):
    # Customers' data, not content: kept out of Wagtail's reference index (and its per-save task).
    wagtail_reference_index_ignore = True
    storefront_id = models.CharField(_("storefront customer id"), max_length=100, unique=True)
    email = models.EmailField(_("e-mail"), max_length=254, db_index=True)
    name = models.CharField(_("name"), max_length=150, blank=True)
    created_at = models.DateTimeField(_("first seen"), auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    erased_at = models.DateTimeField(_("personal data erased"), null=True, blank=True)

    class Meta:
        verbose_name = _("customer")
        verbose_name_plural = _("customers")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.name or self.email

    @property
    def short_name(self) -> str:
        """ "Sara K." from "Sara Karimi": enough to be human, not enough to identify."""
        parts = self.name.split()
        if not parts:
            return ""
        if len(parts) == 1:
            return parts[0]
        return f"{parts[0]} {parts[-1][0]}."


def new_public_id() -> str:
    return secrets.token_urlsafe(16)


class Invitation(models.Model):
    """The storefront told us an order was delivered; the customer is asked about it once."""

    # Customers' data, not content: kept out of Wagtail's reference index (and its per-save task).
    wagtail_reference_index_ignore = True

    public_id = models.CharField(max_length=32, unique=True, default=new_public_id, editable=False)
    storefront_order_id = models.CharField(_("storefront order id"), max_length=100, unique=True)
    customer = models.ForeignKey(Customer, on_delete=models.PROTECT, related_name="invitations")
    survey = models.ForeignKey(
        "surveys.Survey", on_delete=models.SET_NULL, null=True, blank=True, related_name="invitations"
    )
    language = models.CharField(_("language"), max_length=10, choices=language_choices)
    items = models.JSONField(_("items"), default=list, blank=True)
    delivered_at = models.DateTimeField(_("delivered"))
    email_due_at = models.DateTimeField(_("e-mail due"))
    expires_at = models.DateTimeField(_("link expires"))
    created_at = models.DateTimeField(_("created"), auto_now_add=True, db_index=True)
    opened_at = models.DateTimeField(_("first opened"), null=True, blank=True)
    # The order was refunded or cancelled before the customer answered: no e-mail, no survey.
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    api_key = models.ForeignKey(
        "surveys.ApiKey", on_delete=models.SET_NULL, null=True, blank=True, related_name="invitations"
    )

    class Meta:
        verbose_name = _("survey invitation")
        verbose_name_plural = _("survey invitations")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{_('Order')} {self.storefront_order_id}"

    def survey_for_answering(self):
        """The survey pinned at invitation time, or the language's current one if it was removed."""
        from .authoring import Survey

        if self.survey_id is not None:
            return self.survey
        return Survey.current_for(self.language) or Survey.current_for(default_language())

    def item_names(self) -> list[str]:
        return [
            str(item.get("name", "")) for item in self.items if isinstance(item, dict) and item.get("name")
        ]
