"""Checks English text against the glossary of official terms."""

import re

from django.utils.translation import gettext as _

from home.search import stream_text


def page_text(page):
    parts = [page.title, getattr(page, "summary", ""), getattr(page, "introduction", "")]
    for name in ("body", "outcomes"):
        value = getattr(page, name, None)
        if value is not None and hasattr(value, "stream_block"):
            parts.append(stream_text(value))
    return " ".join(str(part) for part in parts if part)


def glossary_problems(text):
    """``[(variant found, term)]`` for every avoided rendering present in ``text``."""
    from workflows.models import GlossaryTerm

    problems = []
    for term in GlossaryTerm.objects.exclude(avoid=""):
        for variant in term.avoided_variants():
            if re.search(rf"(?<!\w){re.escape(variant)}(?!\w)", text, flags=re.IGNORECASE):
                problems.append((variant, term))
    return problems


def glossary_warnings(page):
    return [
        _("“%(variant)s”: the official term is “%(english)s” (%(vietnamese)s).")
        % {"variant": variant, "english": term.english, "vietnamese": term.vietnamese}
        for variant, term in glossary_problems(page_text(page))
    ]
