"""The message catalogues are complete, keep their placeholders, and are compiled."""

import json
import re
from pathlib import Path

import polib
import pytest
from django.urls import reverse

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = [
    ROOT / "locale" / "vi" / "LC_MESSAGES" / "django.po",
    ROOT / "locale" / "en" / "LC_MESSAGES" / "django.po",
    # Vietnamese for the Wagtail and wagtail-localize admin strings their catalogues lack.
    ROOT / "locale_admin" / "vi" / "LC_MESSAGES" / "django.po",
    ROOT / "locale_admin" / "vi" / "LC_MESSAGES" / "djangojs.po",
]
IDS = [str(path.relative_to(ROOT)) for path in CATALOGUES]
PLACEHOLDER = re.compile(r"%\([a-zA-Z0-9_]+\)[sdif]|%[sdif]|\{[a-zA-Z0-9_]*\}")


@pytest.mark.parametrize("path", CATALOGUES, ids=IDS)
def test_catalogue_is_fully_translated(path):
    catalogue = polib.pofile(str(path))
    assert len(catalogue) > 0
    assert [e.msgid for e in catalogue.untranslated_entries()] == []
    assert [e.msgid for e in catalogue.fuzzy_entries()] == []
    assert catalogue.metadata["Language"] == path.parts[-3]


@pytest.mark.parametrize("path", CATALOGUES, ids=IDS)
def test_translations_keep_placeholders(path):
    for entry in polib.pofile(str(path)).translated_entries():
        if entry.msgid_plural:
            expected = set(PLACEHOLDER.findall(entry.msgid_plural))
            translations = entry.msgstr_plural.values()
            assert all(
                set(PLACEHOLDER.findall(t)) <= expected | set(PLACEHOLDER.findall(entry.msgid))
                for t in translations
            ), entry.msgid
        else:
            assert sorted(PLACEHOLDER.findall(entry.msgid)) == sorted(
                PLACEHOLDER.findall(entry.msgstr)
            ), entry.msgid


@pytest.mark.parametrize("path", CATALOGUES, ids=IDS)
def test_compiled_catalogue_matches_source(path):
    source = polib.pofile(str(path))
    compiled = polib.mofile(str(path.with_suffix(".mo")))

    def key(e):
        return (e.msgctxt, e.msgid, e.msgid_plural or None)

    def value(e):
        return tuple(sorted(e.msgstr_plural.items())) if e.msgid_plural else e.msgstr

    expected = {key(e): value(e) for e in source.translated_entries()}
    actual = {key(e): value(e) for e in compiled if e.msgid}
    assert actual == expected, "run `make messages` to recompile the catalogues"


@pytest.mark.django_db
def test_admin_javascript_strings_are_vietnamese(client):
    response = client.get(reverse("wagtailadmin_javascript_catalog"))
    assert response.status_code == 200
    text = "Đang tự động lưu"
    body = response.content.decode()
    assert text in body or json.dumps(text)[1:-1] in body


def test_project_strings_do_not_change_wagtails_wording():
    """The project's catalogue comes first: a msgid shared with Wagtail's admin must keep
    Wagtail's translation, or the admin would change wording (use a context instead)."""
    ours = polib.pofile(str(CATALOGUES[0]))
    admin = {(e.msgctxt, e.msgid): e.msgstr for e in polib.pofile(str(CATALOGUES[2]))}
    clashes = [
        e.msgid
        for e in ours.translated_entries()
        if (e.msgctxt, e.msgid) in admin and admin[(e.msgctxt, e.msgid)] != e.msgstr
    ]
    assert clashes == []
