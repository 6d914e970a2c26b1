"""The connector's settings are checked at start-up, so that a typo is not a quiet stop to invitations."""

from surveys.contrib.salesman.checks import check_salesman_settings


def error_ids(settings, **salesman) -> list[str]:
    settings.SURVEYS_SALESMAN = salesman
    return [message.id for message in check_salesman_settings()]


def test_the_defaults_pass(settings):
    assert error_ids(settings) == []


def test_an_unknown_status_is_an_error(settings):
    assert error_ids(settings, INVITE_STATUS="COMPLETE") == ["surveys_salesman.E003"]
    assert error_ids(settings, CANCEL_STATUSES=["REFUNDED", "RETURNED"]) == ["surveys_salesman.E003"]


def test_a_status_that_both_invites_and_withdraws_is_an_error(settings):
    assert error_ids(settings, CANCEL_STATUSES=["COMPLETED"]) == ["surveys_salesman.E002"]


def test_cancel_statuses_not_given_as_a_list_is_an_error(settings):
    assert error_ids(settings, CANCEL_STATUSES="REFUNDED") == ["surveys_salesman.E002"]
    assert error_ids(settings, CANCEL_STATUSES=None) == ["surveys_salesman.E002"]


def test_a_mapping_that_cannot_be_imported_is_an_error(settings):
    assert error_ids(settings, ORDER_TO_DELIVERY="shop.surveys.no_such_function") == ["surveys_salesman.E001"]
    assert error_ids(settings, ORDER_TO_DELIVERY="surveys.conf.DEFAULTS") == ["surveys_salesman.E001"]


def test_a_site_without_salesman_orders_is_told_what_to_install(settings):
    settings.SALESMAN_ORDER_MODEL = "salesmanorders.NoSuchOrder"
    assert error_ids(settings) == ["surveys_salesman.E004"]
