"""Storefront API keys: shown once, stored only as a hash, compared in constant time, revocable."""

import hashlib
import hmac
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

KEY_PREFIX = "hcsk"


def hash_key(raw_key: str) -> str:
    """SHA-256 is enough: the keys are 256 random bits, so there is nothing to guess or brute-force."""
    return hashlib.sha256(raw_key.encode()).hexdigest()


class ApiKey(models.Model):
    # Customers' data, not content: kept out of Wagtail's reference index (and its per-save task).
    wagtail_reference_index_ignore = True
    name = models.CharField(_("name"), max_length=100, help_text=_("Which storefront or system uses it."))
    prefix = models.CharField(_("key starts with"), max_length=16, unique=True, editable=False)
    key_hash = models.CharField(max_length=64, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, editable=False
    )
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("storefront API key")
        verbose_name_plural = _("storefront API keys")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None

    @classmethod
    def generate(cls, name: str, created_by=None) -> tuple["ApiKey", str]:
        """A new key; the raw key is returned here once and never stored."""
        prefix = secrets.token_hex(4)
        raw_key = f"{KEY_PREFIX}_{prefix}_{secrets.token_urlsafe(32)}"
        key = cls.objects.create(name=name, prefix=prefix, key_hash=hash_key(raw_key), created_by=created_by)
        return key, raw_key

    @classmethod
    def authenticate(cls, raw_key: str) -> "ApiKey | None":
        """The active key matching ``raw_key``, or None."""
        parts = raw_key.split("_", 2)
        if len(parts) != 3 or parts[0] != KEY_PREFIX:
            return None
        key = cls.objects.filter(prefix=parts[1], revoked_at__isnull=True).first()
        if key is None or not hmac.compare_digest(key.key_hash, hash_key(raw_key)):
            return None
        now = timezone.now()
        if key.last_used_at is None or (now - key.last_used_at).total_seconds() > 300:
            cls.objects.filter(pk=key.pk).update(last_used_at=now)
        return key

    def revoke(self) -> None:
        if self.revoked_at is None:
            self.revoked_at = timezone.now()
            self.save(update_fields=["revoked_at"])
