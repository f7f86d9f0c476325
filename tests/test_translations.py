"""The message catalogues are complete and their compiled files are up to date."""

from pathlib import Path

import polib
import pytest

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"


@pytest.mark.parametrize("language", ["vi", "en"])
def test_catalogue_is_fully_translated(language):
    catalogue = polib.pofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.po"))
    assert len(catalogue) > 0
    assert [e.msgid for e in catalogue.untranslated_entries()] == []
    assert [e.msgid for e in catalogue.fuzzy_entries()] == []
    assert catalogue.metadata["Language"] == language


@pytest.mark.parametrize("language", ["vi", "en"])
def test_compiled_catalogue_matches_source(language):
    folder = LOCALE_DIR / language / "LC_MESSAGES"
    source = polib.pofile(str(folder / "django.po"))
    compiled = polib.mofile(str(folder / "django.mo"))
    expected = {(e.msgctxt, e.msgid): e.msgstr for e in source.translated_entries()}
    actual = {(e.msgctxt, e.msgid): e.msgstr for e in compiled if e.msgid}
    assert actual == expected, "run `make messages` to recompile the catalogues"


def test_vietnamese_placeholders_match_source():
    catalogue = polib.pofile(str(LOCALE_DIR / "vi" / "LC_MESSAGES" / "django.po"))
    for entry in catalogue.translated_entries():
        if "python-format" in entry.flags:
            for placeholder in ("%(", "%s", "%d"):
                assert entry.msgid.count(placeholder) == entry.msgstr.count(placeholder), entry.msgid
