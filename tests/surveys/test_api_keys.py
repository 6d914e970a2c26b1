"""Storefront API keys: shown once, stored hashed, revocable, from the admin or a command."""

import hashlib
import re
from io import StringIO

import pytest
from django.core.management import call_command

from surveys.models import ApiKey

pytestmark = pytest.mark.django_db
INDEX = "/admin/surveys_api_keys/"


def test_generated_key_is_stored_only_as_its_hash():
    key, raw_key = ApiKey.generate("Shop")
    assert raw_key.startswith(f"hcsk_{key.prefix}_") and len(raw_key) > 50
    stored = ApiKey.objects.filter(pk=key.pk).values().get()
    assert raw_key not in str(stored)
    assert stored["key_hash"] == hashlib.sha256(raw_key.encode()).hexdigest()
    assert ApiKey.authenticate(raw_key) == key
    assert ApiKey.objects.get().last_used_at is not None


def test_two_keys_differ_and_do_not_open_each_other():
    first, first_raw = ApiKey.generate("A")
    _second, second_raw = ApiKey.generate("B")
    assert first_raw != second_raw
    swapped = f"hcsk_{first.prefix}_{second_raw.split('_', 2)[2]}"
    assert ApiKey.authenticate(swapped) is None


def test_revoked_key_no_longer_authenticates():
    key, raw_key = ApiKey.generate("Shop")
    key.revoke()
    assert ApiKey.authenticate(raw_key) is None and not key.is_active


def test_create_api_key_command_prints_the_key_once():
    out, err = StringIO(), StringIO()
    call_command("create_api_key", "Main storefront", stdout=out, stderr=err)
    raw_key = out.getvalue().strip()
    assert ApiKey.authenticate(raw_key).name == "Main storefront"
    assert "cannot be shown again" in err.getvalue()
    assert raw_key not in err.getvalue()


def test_admin_creates_a_key_and_shows_it_once(admin_client):
    response = admin_client.post(f"{INDEX}new/", {"name": "Admin-made"})
    assert response.status_code == 200
    raw_key = re.search(r'value="(hcsk_[^"]+)"', response.content.decode()).group(1)
    key = ApiKey.authenticate(raw_key)
    assert key.name == "Admin-made" and key.created_by.username == "admin"
    listing = admin_client.get(INDEX).content.decode()
    assert "Admin-made" in listing and key.prefix in listing and raw_key not in listing
    edit = admin_client.get(f"{INDEX}edit/{key.pk}/").content.decode()
    assert raw_key not in edit


def test_admin_revokes_a_key(admin_client):
    key, raw_key = ApiKey.generate("Old shop")
    response = admin_client.post(f"{INDEX}edit/{key.pk}/", {"name": "Old shop", "revoke": "on"})
    assert response.status_code == 302
    key.refresh_from_db()
    assert key.revoked_at is not None
    assert ApiKey.authenticate(raw_key) is None


def test_editors_without_permission_cannot_see_keys(client, django_user_model):
    from django.contrib.auth.models import Permission

    editor = django_user_model.objects.create_user("editor", "e@example.com", "x")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    assert client.get(INDEX).status_code in {302, 403}
    assert client.post(f"{INDEX}new/", {"name": "sneaky"}).status_code in {302, 403}
    assert not ApiKey.objects.exists()
