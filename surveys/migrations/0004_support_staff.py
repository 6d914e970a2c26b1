"""Severity for responses stored before moderation existed, and the "Support staff" group."""

from django.db import migrations
from django.db.models import Q

from surveys.defaults import SUPPORT_STAFF_GROUP, ensure_support_staff_group


def backfill_severity(apps, schema_editor):
    # The defaults of the time (NEGATIVE_CSAT_MAX 2, NEGATIVE_NPS_MAX 6): settings may change later.
    Response = apps.get_model("surveys", "Response")
    Response.objects.filter(Q(csat__lte=1) | Q(nps__lte=2)).update(severity=1)
    Response.objects.filter(severity=3).filter(Q(csat__lte=2) | Q(nps__lte=6)).update(severity=2)


def create_group(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations; the group needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    ensure_support_staff_group(apps)


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=SUPPORT_STAFF_GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("surveys", "0003_moderation"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.RunPython(backfill_severity, migrations.RunPython.noop),
        migrations.RunPython(create_group, remove_group),
    ]
