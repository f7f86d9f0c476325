"""Complete the English message catalogue after ``makemessages``.

Source strings are written in English, so the English catalogue's translations start as the
source text; editors may then refine the wording in ``locale/en/LC_MESSAGES/django.po``.
The Vietnamese catalogue is translated by hand and checked by ``tests/test_translations.py``.
"""

import polib
from django.conf import settings
from django.core.management.base import BaseCommand

HEADERS = {
    "vi": {"Language": "vi", "Plural-Forms": "nplurals=1; plural=0;"},
    "en": {"Language": "en", "Plural-Forms": "nplurals=2; plural=(n != 1);"},
}


class Command(BaseCommand):
    help = "Fill untranslated English entries with their source text and set catalogue headers."

    def handle(self, *args, **options):
        locale_dir = settings.LOCALE_PATHS[0]
        for code, headers in HEADERS.items():
            path = locale_dir / code / "LC_MESSAGES" / "django.po"
            catalogue = polib.pofile(str(path))
            catalogue.header = f"Message catalogue of the ASEAN portal ({code})."
            # makemessages marks a new header as fuzzy, and msgfmt then skips it.
            catalogue.metadata_is_fuzzy = False
            catalogue.metadata.update(
                {
                    "Project-Id-Version": "asean-portal",
                    "Report-Msgid-Bugs-To": "",
                    "Last-Translator": "",
                    "Language-Team": "",
                    **headers,
                }
            )
            filled = 0
            if code == "en":
                for entry in catalogue:
                    # A fuzzy entry carries makemessages' guess from a similar string: start
                    # again from the source text.
                    guessed = "fuzzy" in entry.flags
                    if guessed:
                        entry.flags.remove("fuzzy")
                        entry.previous_msgid = entry.previous_msgid_plural = None
                    if entry.msgid_plural:
                        if guessed or not any(entry.msgstr_plural.values()):
                            entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
                            filled += 1
                    elif guessed or not entry.msgstr:
                        entry.msgstr = entry.msgid
                        filled += 1
            catalogue.save()
            self.stdout.write(f"{code}: {filled} entries filled, {len(catalogue)} in all.")
