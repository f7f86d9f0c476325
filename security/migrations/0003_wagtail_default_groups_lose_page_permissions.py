"""Wagtail creates "Editors" and "Moderators" with add, edit and publish permissions on the root
page; a member would publish without review and escape the portal's roles. Their page
permissions are removed (the groups stay, in case someone is still a member, but are never
offered again: security/users.py)."""

from django.db import migrations

WAGTAIL_DEFAULT_GROUPS = ("Editors", "Moderators")


def remove_page_permissions(apps, schema_editor):
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupPagePermission.objects.filter(group__name__in=WAGTAIL_DEFAULT_GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("security", "0002_audit_take_downs_and_media"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(remove_page_permissions, migrations.RunPython.noop)]
