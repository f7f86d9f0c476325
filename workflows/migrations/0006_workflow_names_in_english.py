"""The review chain's task names are stored in English, as message ids of the catalogue, and
shown in the reader's language (workflows/names.py)."""

from django.db import migrations

RENAMED = {
    "Lãnh đạo đơn vị chủ trì duyệt": "Unit head approval",
    "Ban Biên tập duyệt": "Editorial board approval",
}


def rename(apps, names):
    Task = apps.get_model("wagtailcore", "Task")
    for old, new in names.items():
        Task.objects.filter(name=old).update(name=new)


def forwards(apps, schema_editor):
    rename(apps, RENAMED)


def backwards(apps, schema_editor):
    rename(apps, {new: old for old, new in RENAMED.items()})


class Migration(migrations.Migration):
    dependencies = [
        ("workflows", "0005_unit_review_permissions"),
    ]

    operations = [
        migrations.RunPython(forwards, backwards),
    ]
