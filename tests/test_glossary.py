"""The Vietnamese admin speaks Vietnamese, one word per concept (locale_admin/glossary.toml)."""

import re
import tomllib
from pathlib import Path

import django
import polib
import pytest
from django.apps import apps

ROOT = Path(__file__).resolve().parent.parent
GLOSSARY = tomllib.loads((ROOT / "locale_admin" / "glossary.toml").read_text(encoding="utf-8"))
VI_CATALOGUES = [
    ROOT / "locale" / "vi" / "LC_MESSAGES" / "django.po",
    ROOT / "locale_admin" / "vi" / "LC_MESSAGES" / "django.po",
    ROOT / "locale_admin" / "vi" / "LC_MESSAGES" / "djangojs.po",
]
IDS = [str(path.relative_to(ROOT)) for path in VI_CATALOGUES]

# Letters that exist in Vietnamese and not in English: a string holding one is not English.
VIETNAMESE_LETTER = re.compile(
    "[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]", re.IGNORECASE
)
# Placeholders, markup, addresses: not words of either language.
NOT_WORDS = re.compile(
    r"%\([a-zA-Z0-9_]+\)[sdif]|%[sdif]|\{[a-zA-Z0-9_]*\}|<[^>]+>|&\w+;|https?://\S+|\S+@\S+"
)
WORD = re.compile(r"[A-Za-z]+")
# Words a Vietnamese sentence keeps as they are: abbreviations, units, brand and product names,
# and loanwords of Vietnamese dictionaries. Lower case.
KEPT_AS_IS = {
    "asean", "api", "rss", "url", "urls", "email", "id", "json", "csv", "xlsx", "pdf", "seo",
    "html", "css", "http", "https", "kb", "mb", "gb", "tb", "pb", "byte", "bytes", "pixel",
    "wagtail", "django", "v", "ok", "x", "px", "ipv",
}  # fmt: skip


def english_vocabulary():
    """Every word of every msgid: the English the catalogues translate from."""
    words = set()
    for path in VI_CATALOGUES:
        for entry in polib.pofile(str(path)):
            text = NOT_WORDS.sub(" ", f"{entry.msgid} {entry.msgid_plural or ''}")
            words |= {word.lower() for word in WORD.findall(text)}
    return words


def translations(entry):
    return list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]


def is_english(text, vocabulary):
    """A translation is English when it has no Vietnamese letter and every word is a word of the
    English msgids, one of them at least not a word Vietnamese keeps as is ("URL", "Email").
    Vietnamese without its letters is rare enough ("Video", "Logo" are kept on purpose) that
    this finds English copied into a msgstr without flagging real Vietnamese."""
    text = NOT_WORDS.sub(" ", text)
    if VIETNAMESE_LETTER.search(text):
        return False
    words = [word.lower() for word in WORD.findall(text)]
    return bool(words) and all(w in vocabulary for w in words) and not set(words) <= KEPT_AS_IS


# The installed apps' own Vietnamese catalogues, for what the project's catalogues do not override.
INSTALLED = "installed apps' catalogues"


def shown_entries(source):
    """The translated entries that reach the admin from one catalogue of the project, or from
    the installed apps' own catalogues where no catalogue of the project overrides them."""
    if source != INSTALLED:
        return list(polib.pofile(str(source)).translated_entries())
    entries = []
    for domain in ["django", "djangojs"]:
        ours = {
            (entry.msgctxt or "", entry.msgid)
            for path in VI_CATALOGUES
            if path.name == f"{domain}.po"
            for entry in polib.pofile(str(path)).translated_entries()
        }
        entries += [
            entry
            for path in installed_catalogues("vi", domain)
            for entry in polib.pofile(str(path)).translated_entries()
            if (entry.msgctxt or "", entry.msgid) not in ours
        ]
    return entries


SOURCES = [*VI_CATALOGUES, INSTALLED]
SOURCE_IDS = [*IDS, "installed"]


@pytest.mark.parametrize("source", SOURCES, ids=SOURCE_IDS)
def test_no_english_left_in_vietnamese(source):
    vocabulary = english_vocabulary()
    english = [
        (entry.msgid, text)
        for entry in shown_entries(source)
        for text in translations(entry)
        if is_english(text, vocabulary)
    ]
    assert english == []


@pytest.mark.parametrize("source", SOURCES, ids=SOURCE_IDS)
def test_glossary_terms(source):
    wrong = []
    for entry in shown_entries(source):
        english = f"{entry.msgid} {entry.msgid_plural or ''}".strip()
        for concept in GLOSSARY["concept"]:
            if not re.search(concept["english"], english, re.IGNORECASE):
                continue
            accepted = [concept["rendering"], *concept.get("also", [])]
            for text in translations(entry):
                lowered = text.lower()
                if not any(form.lower() in lowered for form in accepted) or any(
                    variant.lower() in lowered for variant in concept["avoid"]
                ):
                    wrong.append((concept["id"], entry.msgid, text))
    assert wrong == []


def test_glossary_is_complete():
    for concept in GLOSSARY["concept"]:
        assert {"id", "english", "rendering", "avoid", "why"} <= concept.keys(), concept
        re.compile(concept["english"])
        assert not any(v.lower() in concept["rendering"].lower() for v in concept["avoid"])


# Strings of Django's own catalogue that the portal never shows: the names of all the languages
# Django knows (the portal sets LANGUAGES to its two) and the start page of a project without URLs.
NEVER_SHOWN = {"conf/global_settings.py", "views/templates/default_urlconf.html"}


def installed_catalogues(language, domain):
    """The catalogues of Django and of every installed app that ships its own."""
    folders = [Path(django.__file__).parent / "conf"]
    folders += [Path(config.path) for config in apps.get_app_configs()]
    return sorted(
        {
            path
            for folder in folders
            for path in folder.glob(f"**/locale/{language}/LC_MESSAGES/{domain}.po")
        }
    )


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_every_admin_string_has_vietnamese(domain):
    """Every string that Django, Wagtail, wagtail-localize, django-taggit and the other installed
    apps can show has a Vietnamese translation, from the project's catalogues or the app's own."""
    ours = [path.with_name(f"{domain}.po") for path in VI_CATALOGUES[:2]]
    translated = {
        (entry.msgctxt or "", entry.msgid)
        for path in [p for p in ours if p.exists()] + installed_catalogues("vi", domain)
        for entry in polib.pofile(str(path)).translated_entries()
    }
    missing = sorted(
        {
            (entry.msgctxt or "", entry.msgid)
            for path in installed_catalogues("en", domain)
            for entry in polib.pofile(str(path))
            if entry.msgid
            and not entry.obsolete
            and not (entry.occurrences and {f for f, _ in entry.occurrences} <= NEVER_SHOWN)
        }
        - translated
    )
    assert missing == []


def test_python_and_javascript_catalogues_agree():
    """A string shown both by a Django template and by the admin's JavaScript ("Edit",
    "Settings", "Comment") reads the same in both: the JavaScript catalogue takes the Python
    catalogues' wording."""
    python = {}
    for path in VI_CATALOGUES[:2]:
        for entry in polib.pofile(str(path)).translated_entries():
            python.setdefault((entry.msgctxt, entry.msgid), translations(entry))
    differ = [
        (entry.msgid, translations(entry), python[(entry.msgctxt, entry.msgid)])
        for entry in polib.pofile(str(VI_CATALOGUES[2])).translated_entries()
        if python.get((entry.msgctxt, entry.msgid), translations(entry)) != translations(entry)
    ]
    assert differ == []


@pytest.mark.parametrize("path", VI_CATALOGUES, ids=IDS)
def test_translations_keep_surrounding_spaces(path):
    """Strings the code joins to a name ("Translate with " + the translator's name) keep their
    space, or the admin shows "Dịch vớiTrình dịch"."""
    wrong = [
        (entry.msgid, text)
        for entry in polib.pofile(str(path)).translated_entries()
        for text in translations(entry)
        if entry.msgid[-1:].isspace() != text[-1:].isspace()
        or entry.msgid[:1].isspace() != text[:1].isspace()
    ]
    assert wrong == []
