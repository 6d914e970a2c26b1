"""Database connections: kept between requests and checked before reuse, unless configured otherwise."""

import pytest

from tests.foundation.test_settings import GOOD_SECRET, run_python

READ = (
    "import django; django.setup(); from django.conf import settings; "
    "db = settings.DATABASES['default']; print(db['CONN_MAX_AGE'], db['CONN_HEALTH_CHECKS'])"
)


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({}, "60 True"),
        ({"DATABASE_CONN_HEALTH_CHECKS": "false"}, "60 False"),
        ({"DATABASE_CONN_MAX_AGE": "0", "DATABASE_CONN_HEALTH_CHECKS": "false"}, "0 False"),
    ],
)
def test_production_connections_are_kept_and_checked_before_reuse(environment, expected):
    result = run_python(
        READ, DJANGO_SETTINGS_MODULE="config.settings.production", SECRET_KEY=GOOD_SECRET, **environment
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == expected
