"""Admin widgets of the portal's base app."""

import unicodedata
from functools import cache

from anyascii import anyascii
from django.db import models
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.widgets.slug import SlugInput

# Vietnamese base letters; with the five tone marks they make every letter of the alphabet.
_BASES = "aăâeêioôơuưy"
_TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # none, huyền, sắc, hỏi, ngã, nặng


@cache
def vietnamese_letter_formatters():
    """``[(character class, ASCII letter), …]`` for the editor's slug field.

    The browser's slug rule (Django's URLify, which Wagtail's slug field uses) has no Vietnamese
    map and drops every letter with a diacritic, so the field is given formatters that
    transliterate first. They are derived from ``anyascii``, the transliteration the server uses
    (``home.mixins.ascii_slug``), so the editor and the server give the same slug."""
    letters = {"đ", "Đ"}
    for base in _BASES:
        for tone in _TONES:
            letter = unicodedata.normalize("NFC", base + tone)
            letters.update((letter, letter.upper()))
    by_ascii = {}
    for letter in sorted(letters):
        target = anyascii(letter).lower()
        if target != letter.lower():
            by_ascii.setdefault(target, []).append(letter)
    formatters = [(f"[{''.join(group)}]", target) for target, group in sorted(by_ascii.items())]
    # Titles pasted in decomposed form (a letter followed by combining marks) lose the marks.
    return [*formatters, ("[\u0300-\u036f]", "")]


class VietnameseSlugInput(SlugInput):
    """Wagtail's slug field, transliterating Vietnamese letters as the server does."""

    def __init__(self, attrs=None, formatters=None, locale=None):
        super().__init__(
            attrs=attrs,
            formatters=[*vietnamese_letter_formatters(), *(formatters or [])],
            locale=locale,
        )


def register_slug_widget():
    """Every slug field in the admin (pages, snippets) uses the transliterating widget."""
    register_form_field_override(models.SlugField, override={"widget": VietnameseSlugInput})
