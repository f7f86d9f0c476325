"""Demo content of the ASEAN portal of the Ministry of Home Affairs, in Vietnamese and English.

The data files of ``demo/data/`` (JSON), read by ``demo.loader``: units, themes, countries,
fixed pages, news and events. The texts are written for the demo; they quote only facts (names,
numbers, dates) of Decision No. 1117/QĐ-BNV of 19 October 2021 and describe generic, plausible
activities. Event dates are offsets in days from the day the demo is loaded; news dates are local
times in Asia/Ho_Chi_Minh.

Bodies are lists of ``[block_type, value]`` (read as tuples) for ``home.blocks.BodyStreamBlock``.
"""

import json
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
# Stream fields, written in the files as lists of [block_type, value].
STREAM_FIELDS = ("body", "outcomes")


def load(name):
    items = json.loads((DATA_DIR / f"{name}.json").read_text(encoding="utf-8"))
    for item in items:
        for language in ("vi", "en"):
            texts = item.get(language)
            if not isinstance(texts, dict):
                continue
            for field in STREAM_FIELDS:
                if field in texts:
                    texts[field] = [tuple(block) for block in texts[field]]
    return items


UNITS = load("units")
THEMES = load("themes")
COUNTRIES = load("countries")
STANDARD_PAGES = load("standard_pages")
NEWS = load("news")
EVENTS = load("events")
