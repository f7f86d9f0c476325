"""deploy/backup.sh and deploy/restore.sh: a backup of a seeded portal, restored after the
database and the media folder are wiped, gives back every row and every file, identical."""

import hashlib
import os
import shutil
import subprocess
from io import BytesIO
from pathlib import Path

import psycopg2
import pytest
from django.apps import apps
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import connection, connections
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import Translation, TranslationSource

from home.models import HomePage, StandardPage

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"

pytestmark = [
    # The scripts run in their own processes: the data must be committed.
    # serialized_rollback: the rows that migrations create (root page, locales) come back for
    # the tests that follow the flush.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="The backups are PostgreSQL dumps (pg_dump); run with DATABASE_URL=postgres://...",
    ),
    pytest.mark.skipif(shutil.which("pg_dump") is None, reason="PostgreSQL client tools missing"),
]


def database_url():
    params = connection.settings_dict
    return (
        f"postgres://{params['USER']}:{params['PASSWORD']}@{params['HOST']}:{params['PORT']}"
        f"/{params['NAME']}"
    )


def script_env(tmp_path, **extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    env.update(
        DATABASE_URL=database_url(),
        MEDIA_ROOT=str(settings.MEDIA_ROOT),
        BACKUP_DIR=str(tmp_path / "backups"),
        **extra,
    )
    return env


def run(script, *args, env):
    result = subprocess.run(
        [str(DEPLOY / script), *args], env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def png(colour):
    buffer = BytesIO()
    PILImage.new("RGB", (640, 480), colour).save(buffer, "PNG")
    return buffer.getvalue()


def snapshot():
    """Every row of every model, and the SHA-256 of every media file."""
    rows = {
        model._meta.label: list(model._base_manager.order_by("pk").values())
        for model in apps.get_models()
    }
    media = Path(settings.MEDIA_ROOT)
    files = {
        str(path.relative_to(media)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(media.rglob("*"))
        if path.is_file()
    }
    return rows, files


@pytest.fixture
def seeded(run_command):
    """The demo portal, plus what editors add: an uploaded document and image (with a
    rendition), a wagtail-localize translation and a draft revision."""
    run_command("load_initial_data", demo_accounts=True)
    document = get_document_model().objects.create(
        title="Báo cáo ASEAN 2026",
        file=ContentFile("Báo cáo thường niên\n".encode() * 500, name="bao-cao-2026.txt"),
    )
    image = get_image_model().objects.create(
        title="Hội nghị ACCSM", file=ImageFile(BytesIO(png("teal")), name="hoi-nghi.png")
    )
    image.get_rendition("fill-300x200")
    home = HomePage.objects.get(locale__language_code="vi")  # the portal's, among the sites
    page = home.add_child(
        instance=StandardPage(title="Giới thiệu bản sao lưu", slug="sao-luu", introduction="Một")
    )
    page.save_revision().publish()
    source, _ = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="en")
    )
    translation.save_target(publish=True)
    page.introduction = "Bản nháp chưa duyệt"
    page.save_revision()
    return {"document": document, "image": image, "page": page}


def test_backup_wipe_restore_gives_back_every_row_and_file(seeded, tmp_path):
    before_rows, before_files = snapshot()
    # The seed covers what must survive.
    assert len(before_rows["wagtailcore.Page"]) > 20
    assert len(before_rows["wagtailcore.Revision"]) > len(before_rows["wagtailcore.Page"]) - 5
    assert before_rows["wagtail_localize.Translation"]
    assert before_rows["wagtailimages.Rendition"] and before_rows["wagtaildocs.Document"]
    assert any(name.startswith("documents/") for name in before_files)
    assert any(name.startswith("images/") for name in before_files)
    assert any(name.startswith("original_images/") for name in before_files)

    env = script_env(tmp_path)
    output = run("backup.sh", env=env)
    (backup,) = (tmp_path / "backups").glob("asean-*")
    assert f"Backup written to {backup}" in output
    assert {p.name for p in backup.iterdir()} == {"database.dump", "media.tar.gz", "SHA256SUMS"}

    # Wipe: the database is dropped, the media folder removed.
    connections.close_all()
    params = connection.get_connection_params()
    admin = psycopg2.connect(**{**params, "dbname": "postgres"})
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f'DROP DATABASE "{connection.settings_dict["NAME"]}" WITH (FORCE)')
    admin.close()
    shutil.rmtree(settings.MEDIA_ROOT)

    output = run("restore.sh", str(backup), "--yes", env=env)
    assert f"Restored from {backup}" in output

    after_rows, after_files = snapshot()
    assert after_files == before_files
    assert after_rows.keys() == before_rows.keys()
    for label, rows in before_rows.items():
        assert after_rows[label] == rows, label
    # And the restored site works: the draft stays a draft, the translation is live.
    page = StandardPage.objects.get(pk=seeded["page"].pk)
    assert page.introduction == "Một"
    assert Revision.objects.filter(object_id=str(page.pk)).count() == 2
    assert page.get_translation(Locale.objects.get(language_code="en")).live


def test_restore_refuses_a_damaged_backup_and_changes_nothing(seeded, tmp_path):
    env = script_env(tmp_path)
    run("backup.sh", env=env)
    (backup,) = (tmp_path / "backups").glob("asean-*")
    with open(backup / "database.dump", "r+b") as dump:
        dump.seek(200)
        dump.write(b"\0" * 16)
    pages = Page.objects.count()
    connections.close_all()
    result = subprocess.run(
        [str(DEPLOY / "restore.sh"), str(backup), "--yes"], env=env, capture_output=True, text=True
    )
    assert result.returncode != 0
    assert "Checksums do not match" in result.stderr
    assert Page.objects.count() == pages


def test_backups_older_than_the_retention_are_removed(tmp_path):
    backups = tmp_path / "backups"
    old, recent = backups / "asean-20200101T000000Z", backups / "asean-20200108T000000Z"
    for folder, days in ((old, 10), (recent, 2)):
        folder.mkdir(parents=True)
        (folder / "database.dump").write_bytes(b"x")
        moment = folder.stat().st_mtime - days * 86400
        os.utime(folder, (moment, moment))
    output = run("backup.sh", env=script_env(tmp_path, BACKUP_RETENTION_DAYS="7"))
    assert f"Removed old backup {old}" in output
    remaining = sorted(p.name for p in backups.iterdir())
    assert len(remaining) == 2 and recent.name in remaining and old.name not in remaining
