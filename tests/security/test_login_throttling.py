"""Issue 20: guessing admin passwords is throttled (django-axes, as the demo site configures it).

After AXES_FAILURE_LIMIT (5) failed sign-ins from one client address, the Wagtail admin's sign-in
answers 429 with a lock-out page in the visitor's language for AXES_COOLOFF_MINUTES (15), even for
the right password; the address is the one the surveys' rate limits count, so behind a proxy one
client's failures never lock out another. Failures live in the database (rolled back per test).
"""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory, override_settings
from django.utils import timezone, translation

from config.login_throttling import locked_out

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
PASSWORD = "the-right-password"
LOCKED_OUT = (
    "After 5 failed attempts, signing in from your address is blocked for 15 minutes. "
    "Try again later, or ask an administrator to unlock it."
)


@pytest.fixture
def boss(django_user_model):
    return django_user_model.objects.create_superuser("boss", "boss@shop.example", PASSWORD)


def sign_in(client, password: str, **headers):
    return client.post(LOGIN, {"username": "boss", "password": password, "next": "/admin/"}, **headers)


def text(response) -> str:
    return " ".join(response.content.decode().split())


def test_the_demo_site_allows_five_failures_and_cools_off_for_fifteen_minutes():
    assert settings.AXES_ENABLED and settings.AXES_FAILURE_LIMIT == 5
    assert timedelta(minutes=15) == settings.AXES_COOLOFF_TIME


def test_a_right_password_after_fewer_failures_than_the_limit_signs_in(client, boss):
    for _ in range(4):
        failed = sign_in(client, "wrong")
        assert failed.status_code == 200 and "data-login-locked-out" not in text(failed)
    response = sign_in(client, PASSWORD)
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_the_failure_that_reaches_the_limit_locks_the_sign_in_with_a_clear_message(client, boss):
    for _ in range(4):
        sign_in(client, "wrong")
    response = sign_in(client, "wrong")
    assert response.status_code == 429
    assert "data-login-locked-out" in text(response) and LOCKED_OUT in text(response)
    assert int(response["Retry-After"]) == 15 * 60

    # Locked: even the right password is refused, and nobody is signed in.
    response = sign_in(client, PASSWORD)
    assert response.status_code == 429 and LOCKED_OUT in text(response)
    assert client.get("/admin/").status_code == 302


def test_the_lock_out_page_is_in_the_sign_in_pages_language(client, boss):
    """The site serves unprefixed addresses such as /admin/ in its default language, and so the
    sign-in page and its lock-out page; in Persian the message reads as Persian."""
    for _ in range(5):
        response = sign_in(client, "wrong", HTTP_ACCEPT_LANGUAGE="fa")
    assert response.status_code == 429 and LOCKED_OUT in text(response)

    request = RequestFactory().post(LOGIN)
    request.user = AnonymousUser()
    with translation.override("fa"):
        persian = locked_out(request)
    assert persian.status_code == 429
    assert "پس از 5 تلاش ناموفق، ورود از نشانی شما تا 15 دقیقه بسته است." in text(persian)


def test_after_the_cool_off_the_right_password_signs_in_again(client, boss):
    for _ in range(5):
        sign_in(client, "wrong")
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=16))
    response = sign_in(client, PASSWORD)
    assert response.status_code == 302 and response["Location"] == "/admin/"


@override_settings(SURVEYS_CLIENT_IP_HEADER="HTTP_X_FORWARDED_FOR")
def test_behind_the_proxy_one_clients_failures_do_not_lock_out_another(client, boss):
    """Every request comes from the proxy's address; the client's is the header's last entry (the one
    the proxy added), whatever the client put before it."""
    for attempt in range(5):
        response = sign_in(client, "wrong", HTTP_X_FORWARDED_FOR=f"198.51.100.{attempt}, 203.0.113.5")
    assert response.status_code == 429
    assert AccessAttempt.objects.get().ip_address == "203.0.113.5"

    assert sign_in(client, PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.5").status_code == 429
    response = sign_in(client, PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.5, 203.0.113.6")
    assert response.status_code == 302 and response["Location"] == "/admin/"


def test_a_request_without_a_usable_address_is_still_counted(client, boss):
    """A header that holds no address (a misconfigured proxy) must not break signing in."""
    with override_settings(SURVEYS_CLIENT_IP_HEADER="HTTP_X_FORWARDED_FOR"):
        response = sign_in(client, "wrong", HTTP_X_FORWARDED_FOR="unknown")
    assert response.status_code == 200
    assert AccessAttempt.objects.get().ip_address is None
