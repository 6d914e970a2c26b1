"""A django-salesman order's status changes, through salesman's real Order model and signal, to
survey invitations made by the same service as the invitation API."""

import logging
from datetime import timedelta

import pytest
from django.db import transaction
from django.utils import timezone
from salesman.core.utils import get_salesman_model

from surveys.models import Customer, Invitation, OutgoingEmail
from surveys.services import DeliveredOrder, deliver, survey_url

LOGGER = "surveys.contrib.salesman"


def change_status(order, status, capture):
    """The shop's status change, with the callbacks it left for the commit run as a commit would."""
    with capture(execute=True) as callbacks:
        order.status = status
        order.save()
    return callbacks


def stored_extra(order) -> dict:
    return get_salesman_model("Order").objects.get(pk=order.pk).extra


def survey_path(invitation) -> str:
    return survey_url(invitation).removeprefix("https://help.example.com")


def test_completed_order_gets_one_invitation_with_a_scheduled_email_and_its_link_in_extra(
    make_order, customer, django_capture_on_commit_callbacks, status_signals, mailoutbox
):
    order = make_order(user=customer, email="sara@example.com", extra={"gift_note": "Happy birthday"})
    changed_at = timezone.now()

    change_status(order, "COMPLETED", django_capture_on_commit_callbacks)

    invitation = Invitation.objects.get()
    assert invitation.storefront_order_id == order.ref
    assert invitation.customer.storefront_id == str(customer.pk)
    assert invitation.customer.email == "sara@example.com"
    assert invitation.customer.name == "Sara Karimi"
    assert invitation.language == "en"
    assert invitation.items == [{"sku": "MUG-1", "name": "Blue mug", "quantity": 2}]
    assert changed_at <= invitation.delivered_at <= timezone.now()
    email = OutgoingEmail.objects.get()
    assert (email.invitation, email.kind, email.status) == (
        invitation,
        OutgoingEmail.KIND_INVITATION,
        OutgoingEmail.SCHEDULED,
    )
    assert email.recipients == ["sara@example.com"]
    assert email.next_attempt_at == invitation.email_due_at > timezone.now()
    assert mailoutbox == []  # due in a week, when the customer has used the product
    assert stored_extra(order) == {"gift_note": "Happy birthday", "survey_url": survey_url(invitation)}
    assert order.extra["survey_url"] == survey_url(invitation)
    # The link was written without saving the order: salesman signalled the one status change only.
    assert status_signals == [(order.ref, "COMPLETED")]


def test_the_shop_saving_its_order_again_keeps_the_link(
    make_order, customer, django_capture_on_commit_callbacks
):
    order = make_order(user=customer)
    change_status(order, "COMPLETED", django_capture_on_commit_callbacks)

    order.extra["packed_by"] = "Ali"
    order.save()

    assert stored_extra(order) == {"packed_by": "Ali", "survey_url": survey_url(Invitation.objects.get())}


def test_an_order_completed_twice_still_has_one_invitation(
    make_order, customer, django_capture_on_commit_callbacks, status_signals
):
    order = make_order(user=customer)
    change_status(order, "COMPLETED", django_capture_on_commit_callbacks)
    url = order.extra["survey_url"]

    # salesman compares with the status the instance was loaded with: saving it again re-signals.
    with django_capture_on_commit_callbacks(execute=True):
        order.save()
    # And set back and completed again by later edits, each on a fresh copy as the admin would.
    Order = get_salesman_model("Order")
    again = Order.objects.get(pk=order.pk)
    again.status = "SHIPPED"
    again.save()
    change_status(Order.objects.get(pk=order.pk), "COMPLETED", django_capture_on_commit_callbacks)

    assert [status for _ref, status in status_signals] == ["COMPLETED", "COMPLETED", "SHIPPED", "COMPLETED"]
    assert Invitation.objects.count() == 1
    assert OutgoingEmail.objects.count() == 1
    assert stored_extra(order)["survey_url"] == url


@pytest.mark.parametrize("status", ["SHIPPED", "PROCESSING", "HOLD", "FAILED"])
def test_other_statuses_do_nothing(make_order, customer, django_capture_on_commit_callbacks, status):
    order = make_order(user=customer, status="CREATED")

    callbacks = change_status(order, status, django_capture_on_commit_callbacks)

    assert callbacks == []
    assert not Invitation.objects.exists()
    assert "survey_url" not in stored_extra(order)


@pytest.mark.parametrize("status", ["REFUNDED", "CANCELLED"])
def test_a_refund_before_the_email_is_due_withdraws_the_invitation(
    make_order, customer, django_capture_on_commit_callbacks, client, caplog, status
):
    order = make_order(user=customer)
    change_status(order, "COMPLETED", django_capture_on_commit_callbacks)
    invitation = Invitation.objects.get()
    assert client.get(survey_path(invitation)).status_code == 200

    with caplog.at_level(logging.INFO, logger=LOGGER):
        change_status(order, status, django_capture_on_commit_callbacks)

    invitation.refresh_from_db()
    assert invitation.cancelled_at is not None
    assert OutgoingEmail.objects.get().status == OutgoingEmail.CANCELLED
    response = client.get(survey_path(invitation))
    assert response.status_code == 410
    assert f"Order {order.ref} is {status}: its survey invitation was withdrawn." in caplog.messages


def test_a_refund_after_the_email_went_out_keeps_the_link(
    make_order, customer, django_capture_on_commit_callbacks, client, caplog, mailoutbox
):
    order = make_order(user=customer)
    change_status(order, "COMPLETED", django_capture_on_commit_callbacks)
    invitation = Invitation.objects.get()
    assert deliver(OutgoingEmail.objects.get().pk, now=invitation.email_due_at) == OutgoingEmail.SENT
    assert len(mailoutbox) == 1

    with caplog.at_level(logging.INFO, logger=LOGGER):
        change_status(order, "REFUNDED", django_capture_on_commit_callbacks)

    invitation.refresh_from_db()
    assert invitation.cancelled_at is None
    assert client.get(survey_path(invitation)).status_code == 200
    assert any("no pending survey invitation to withdraw" in message for message in caplog.messages)


def test_a_refund_of_an_order_never_invited_is_only_logged(
    make_order, customer, django_capture_on_commit_callbacks, caplog
):
    order = make_order(user=customer)

    with caplog.at_level(logging.INFO, logger=LOGGER):
        change_status(order, "REFUNDED", django_capture_on_commit_callbacks)

    assert not Invitation.objects.exists()
    assert any(order.ref in message and "no pending" in message for message in caplog.messages)


def test_a_guest_without_an_email_address_is_skipped_and_logged(
    make_order, django_capture_on_commit_callbacks, caplog
):
    order = make_order(email="", billing_address="Guest Buyer\n1 Main St")

    with caplog.at_level(logging.INFO, logger=LOGGER):
        change_status(order, "COMPLETED", django_capture_on_commit_callbacks)

    assert not Invitation.objects.exists()
    assert not OutgoingEmail.objects.exists()
    assert "survey_url" not in stored_extra(order)
    assert f"Order {order.ref} has no e-mail address: it gets no survey invitation." in caplog.messages
    assert not [record for record in caplog.records if record.levelno >= logging.WARNING]


def test_a_guest_is_a_customer_by_email_named_from_the_billing_address(
    make_order, django_capture_on_commit_callbacks
):
    first = make_order(email="guest@example.com", billing_address="\n  Nima Rahimi \nTehran")
    second = make_order(email="guest@example.com", billing_address="Nima Rahimi\nTehran")

    change_status(first, "COMPLETED", django_capture_on_commit_callbacks)
    change_status(second, "COMPLETED", django_capture_on_commit_callbacks)

    guest = Customer.objects.get()
    assert guest.storefront_id == "guest:guest@example.com"
    assert guest.name == "Nima Rahimi"
    assert Invitation.objects.filter(customer=guest).count() == 2


def test_a_signed_in_customer_without_an_order_email_is_reached_at_their_account_address(
    make_order, customer, django_capture_on_commit_callbacks
):
    order = make_order(user=customer, email="")

    change_status(order, "COMPLETED", django_capture_on_commit_callbacks)

    assert Invitation.objects.get().customer.email == "sara@example.com"


def test_the_language_comes_from_the_order_extra(make_order, customer, django_capture_on_commit_callbacks):
    order = make_order(user=customer, extra={"language": "fa-IR"})

    change_status(order, "COMPLETED", django_capture_on_commit_callbacks)

    invitation = Invitation.objects.get()
    assert invitation.language == "fa"
    assert invitation.survey.locale.language_code == "fa"


def vip_only(order):
    """A shop's own mapping: its CRM ids, Persian, and only orders marked VIP."""
    if not order.extra.get("vip"):
        return None
    return DeliveredOrder(
        order_id=order.ref,
        customer_id=f"crm-{order.extra['crm_id']}",
        email="vip@example.com",
        name="A VIP",
        language="fa",
        items=[{"sku": "GIFT", "name": "Gift box", "quantity": 1}],
        delivered=timezone.now() - timedelta(days=2),
    )


def test_a_custom_order_to_delivery_is_used(
    make_order, customer, settings, django_capture_on_commit_callbacks
):
    settings.SURVEYS_SALESMAN = {"ORDER_TO_DELIVERY": "tests.surveys_salesman.test_orders.vip_only"}
    vip = make_order(user=customer, extra={"vip": True, "crm_id": 42})
    ordinary = make_order(user=customer)

    change_status(vip, "COMPLETED", django_capture_on_commit_callbacks)
    change_status(ordinary, "COMPLETED", django_capture_on_commit_callbacks)

    invitation = Invitation.objects.get()
    assert invitation.storefront_order_id == vip.ref
    assert (invitation.customer.storefront_id, invitation.customer.email) == ("crm-42", "vip@example.com")
    assert invitation.language == "fa"
    assert invitation.items == [{"sku": "GIFT", "name": "Gift box", "quantity": 1}]
    # The mapping's own delivery date is kept; the status change time is only the default.
    assert invitation.delivered_at < timezone.now() - timedelta(days=1)
    assert "survey_url" not in stored_extra(ordinary)


def test_the_invite_and_cancel_statuses_are_settings(
    make_order, customer, settings, django_capture_on_commit_callbacks
):
    settings.SURVEYS_SALESMAN = {"INVITE_STATUS": "SHIPPED", "CANCEL_STATUSES": ["REFUNDED"]}
    order = make_order(user=customer)

    change_status(order, "SHIPPED", django_capture_on_commit_callbacks)
    assert Invitation.objects.count() == 1
    change_status(order, "CANCELLED", django_capture_on_commit_callbacks)
    assert Invitation.objects.get().cancelled_at is None
    change_status(order, "REFUNDED", django_capture_on_commit_callbacks)
    assert Invitation.objects.get().cancelled_at is not None


def test_a_language_the_site_lacks_gets_the_survey_in_the_default_language_and_a_log_line(
    make_order, customer, django_capture_on_commit_callbacks, caplog
):
    order = make_order(user=customer, extra={"language": "klingon"})

    with caplog.at_level(logging.INFO, logger=LOGGER):
        change_status(order, "COMPLETED", django_capture_on_commit_callbacks)

    assert Invitation.objects.get().language == "en"
    assert get_salesman_model("Order").objects.get(pk=order.pk).status == "COMPLETED"
    [record] = [record for record in caplog.records if record.levelno == logging.WARNING]
    assert order.ref in record.getMessage()
    assert "'klingon', which the site does not have" in record.getMessage()


def test_no_active_survey_is_logged(make_order, customer, django_capture_on_commit_callbacks, caplog):
    from surveys.defaults import ensure_default_surveys
    from surveys.models import Survey

    ensure_default_surveys(["en"])
    Survey.objects.filter(locale__language_code="en").update(live=False)
    order = make_order(user=customer)

    with caplog.at_level(logging.INFO, logger=LOGGER):
        change_status(order, "COMPLETED", django_capture_on_commit_callbacks)

    assert not Invitation.objects.exists()
    [warning] = [record.getMessage() for record in caplog.records if record.levelno == logging.WARNING]
    assert order.ref in warning
    assert "no_active_survey" in warning


def broken_mapping(order):
    raise RuntimeError("the CRM is down")


def test_an_unexpected_error_is_logged_with_its_traceback_and_swallowed(
    make_order, customer, settings, django_capture_on_commit_callbacks, caplog
):
    settings.SURVEYS_SALESMAN = {"ORDER_TO_DELIVERY": "tests.surveys_salesman.test_orders.broken_mapping"}
    order = make_order(user=customer)

    with caplog.at_level(logging.INFO, logger=LOGGER):
        change_status(order, "COMPLETED", django_capture_on_commit_callbacks)

    assert not Invitation.objects.exists()
    [record] = [record for record in caplog.records if record.name == LOGGER]
    assert record.levelno == logging.ERROR
    assert order.ref in record.getMessage()
    assert record.exc_info[0] is RuntimeError


def test_a_misconfigured_setting_never_fails_the_shops_save(make_order, customer, settings, caplog):
    settings.SURVEYS_SALESMAN = {"CANCEL_STATUSES": None}
    order = make_order(user=customer)

    with caplog.at_level(logging.INFO, logger=LOGGER):
        order.status = "REFUNDED"
        order.save()

    assert get_salesman_model("Order").objects.get(pk=order.pk).status == "REFUNDED"
    assert [record.levelno for record in caplog.records if record.name == LOGGER] == [logging.ERROR]


def test_nothing_happens_when_the_status_change_is_rolled_back(
    make_order, customer, django_capture_on_commit_callbacks
):
    order = make_order(user=customer)

    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        order.status = "COMPLETED"
        order.save()
        raise RuntimeError("payment provider said no")

    assert callbacks == []
    assert not Invitation.objects.exists()
    assert get_salesman_model("Order").objects.get(pk=order.pk).status == "PROCESSING"


@pytest.mark.django_db(transaction=True)
def test_the_invitation_waits_for_a_real_commit(make_order, customer):
    """Real transactions, no captured callbacks: nothing while the shop's transaction is open, nothing
    after a rollback, the invitation once it commits."""
    order = make_order(user=customer)

    with transaction.atomic():
        order.status = "COMPLETED"
        order.save()
        assert not Invitation.objects.exists()
    assert Invitation.objects.get().storefront_order_id == order.ref
    assert stored_extra(order)["survey_url"] == survey_url(Invitation.objects.get())

    other = make_order(user=customer)
    with pytest.raises(RuntimeError), transaction.atomic():
        other.status = "COMPLETED"
        other.save()
        raise RuntimeError("rolled back")
    assert not Invitation.objects.filter(storefront_order_id=other.ref).exists()
