"""The default reasons and a default survey in each content language, and the "Support staff" group.

A fresh install can send survey invitations at once: the survey worded by the
translated defaults is there until editors write their own.
"""

from django.db import migrations

from surveys.defaults import SUPPORT_STAFF_GROUP, ensure_default_surveys, ensure_support_staff_group


def create_defaults(apps, schema_editor):
    ensure_default_surveys(apps=apps)


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
        ("surveys", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.RunPython(create_defaults, migrations.RunPython.noop),
        migrations.RunPython(create_group, remove_group),
    ]
