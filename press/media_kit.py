"""The media kit: press-quality photos of a release or an event, at full resolution, with
credit, caption in both languages and licence, one by one or as a zip of an item's photos.

Served only for a page the public may see (``home.visibility``): the photos of a draft, a
private item or a release still under embargo are refused with a 404, like the page itself.
The zip is streamed (nothing is built in memory or on disk) and bounded by
``PRESS_MEDIA_ZIP_MAX_BYTES``; photos beyond the bound are listed, not included.
"""

import os
import zipfile
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Prefetch
from wagtail.models import Page

from events.models import EventPage
from home.bounds import MAX_INT
from home.visibility import visible
from press.releases import PressReleasePage, PressReleasePhoto

CHUNK = 64 * 1024


@dataclass
class KitPhoto:
    image: object
    credit: str
    licence: str
    captions: dict = field(default_factory=dict)  # language code -> caption


def _release_photos(releases):
    """``releases``' photos, with each photo's caption in every public language of its release
    (the translations' photos in the same position), in three queries."""
    releases = list(releases)
    keys = {release.translation_key for release in releases}
    twins = visible(PressReleasePage.objects.filter(translation_key__in=keys)).prefetch_related(
        Prefetch("photos", queryset=PressReleasePhoto.objects.order_by("sort_order"))
    )
    captions = {}
    for twin in twins.select_related("locale"):
        for position, photo in enumerate(twin.photos.all()):
            key = (twin.translation_key, position)
            captions.setdefault(key, {})[twin.locale.language_code] = photo.caption
    kit = []
    for release in releases:
        photos = PressReleasePhoto.objects.filter(page=release).select_related("image")
        for position, photo in enumerate(photos.order_by("sort_order")):
            kit.append(
                KitPhoto(
                    image=photo.image,
                    credit=photo.credit,
                    licence=photo.licence,
                    captions=captions.get((release.translation_key, position))
                    or {release.locale.language_code: photo.caption},
                )
            )
    return kit


def photos_of(page_id):
    """The media kit of the page ``page_id`` (a release or an event the public may see), or
    None when the page has none or is not public."""
    if page_id > MAX_INT:  # an id no database integer holds: nothing, not an error
        return None
    page = visible(Page.objects.filter(pk=page_id)).first()
    if page is None:
        return None
    return kit_of(page.specific)


def kit_of(page):
    """The media kit of ``page`` (specific), a page the caller knows the reader may see (the
    page being served, or one read through the visibility rule), or None."""
    if isinstance(page, PressReleasePage):
        return _release_photos([page])
    if isinstance(page, EventPage):
        # An event's kit: the photos of the public releases about it, in its language.
        releases = visible(
            PressReleasePage.objects.filter(related_event=page, locale_id=page.locale_id)
        ).select_related("locale")
        return _release_photos(releases)
    return None


def file_name(index, photo):
    base, extension = os.path.splitext(photo.image.file.name)
    return f"{index:02d}-{os.path.basename(base)[:60]}{extension.lower()}"


def captions_text(photos, omitted):
    lines = []
    for index, photo in enumerate(photos, start=1):
        lines.append(file_name(index, photo))
        for language, caption in sorted(photo.captions.items(), reverse=True):
            lines.append(f"  [{language}] {caption}")
        lines.append(f"  © {photo.credit} – {photo.licence}")
        lines.append("")
    if omitted:
        lines.append(f"Not included (size limit): {', '.join(str(p.image.pk) for p in omitted)}")
    return "\n".join(lines) + "\n"


class _Sink:
    """A write-only file for ``zipfile``: what it writes is handed out in chunks."""

    def __init__(self):
        self.chunks = []

    def write(self, data):
        self.chunks.append(bytes(data))
        return len(data)

    def flush(self):
        pass

    def drain(self):
        chunks, self.chunks = self.chunks, []
        yield from chunks


def within_bound(photos):
    """The photos that fit the bound, in order, and those that do not."""
    limit = settings.PRESS_MEDIA_ZIP_MAX_BYTES
    total, kept, omitted = 0, [], []
    for photo in photos:
        size = photo.image.get_file_size() or 0
        if total + size > limit:
            omitted.append(photo)
            continue
        total += size
        kept.append(photo)
    return kept, omitted


def stream_zip(photos, omitted):
    """The zip's bytes, chunk by chunk: the photos (stored, not compressed: JPEG and PNG are
    compressed already) and a text file of their captions, credits and licences."""
    sink = _Sink()
    archive = zipfile.ZipFile(sink, mode="w", compression=zipfile.ZIP_STORED)
    for index, photo in enumerate(photos, start=1):
        name = file_name(index, photo)
        with archive.open(name, mode="w") as target, photo.image.file.open("rb") as source:
            while chunk := source.read(CHUNK):
                target.write(chunk)
                yield from sink.drain()
    archive.writestr("captions-credits-licences.txt", captions_text(photos, omitted))
    archive.close()
    yield from sink.drain()
