"""Create many bilingual news items and events quickly, for load tests and the benchmark.

    manage.py create_random_data --news 10000 --events 2000

Each item is a live Vietnamese page with its English translation (same ``translation_key``),
an image, one or two themes, a lead unit and a few paragraphs. Pages are written with bulk
inserts: the tree paths of the new children of each index page are computed here (treebeard's
materialised path: 4 characters a level, alphabet 0-9A-Z), the base ``wagtailcore_page`` rows are
bulk-created and then the rows of the specific page type. No revision is created (the pages are
live, and editing one in the admin starts its history). The search index entries are added in
bulk too (``--no-index`` skips them; ``manage.py update_index`` rebuilds everything).

It needs the portal's tree (``manage.py load_initial_data``): home pages and news and events
index pages in both languages, themes and units.
"""

import datetime
import random
import time
import uuid
from pathlib import Path

from django.contrib.contenttypes.models import ContentType
from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from demo.loader import IMAGES_DIR, stream
from events.models import Country, EventFormat, EventIndexPage, EventPage, EventType
from news.models import NewsIndexPage, NewsPage, Theme
from workflows.models import Unit

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
BATCH = 500

WORDS_VI = [
    *[
        "hợp",
        "tác",
        "công",
        "vụ",
        "ASEAN",
        "cải",
        "cách",
        "hành",
        "chính",
        "hội",
        "nghị",
        "đào",
        "tạo",
        "chuyển",
        "đổi",
        "số",
    ],
    *[
        "nhân",
        "lực",
        "kinh",
        "nghiệm",
        "chia",
        "sẻ",
        "cộng",
        "đồng",
        "khu",
        "vực",
        "chính",
        "sách",
        "thể",
        "chế",
    ],
]
WORDS_EN = [
    *[
        "cooperation",
        "civil",
        "service",
        "ASEAN",
        "administrative",
        "reform",
        "meeting",
        "training",
    ],
    *["digital", "transformation", "workforce", "experience", "sharing", "community", "region"],
]


def encode_step(number, steplen=4):
    """Treebeard's path segment for the ``number``-th child: base 36, zero-padded."""
    digits = ""
    while number:
        number, rest = divmod(number, len(ALPHABET))
        digits = ALPHABET[rest] + digits
    if len(digits) > steplen:
        raise CommandError("The index page has too many children for its tree path.")
    return digits.rjust(steplen, "0")


def decode_step(segment):
    return int(segment, len(ALPHABET))


class Command(BaseCommand):
    help = "Create N random bilingual news items and events (bulk inserts), for load tests."

    def add_arguments(self, parser):
        parser.add_argument("--news", type=int, default=1000, help="Number of news items.")
        parser.add_argument("--events", type=int, default=200, help="Number of events.")
        parser.add_argument("--seed", type=int, default=2021, help="Random seed.")
        parser.add_argument(
            "--no-index", action="store_true", help="Do not add the search index entries."
        )

    def handle(self, *args, **options):
        if options["news"] < 0 or options["events"] < 0:
            raise CommandError("The numbers of items cannot be negative.")
        self.random = random.Random(options["seed"])  # noqa: S311 -- test data, not secrets
        self.run_id = uuid.uuid4().hex[:6]
        self.index = not options["no_index"]
        self.started = time.monotonic()
        self.vi = Locale.objects.filter(language_code="vi").first()
        self.en = Locale.objects.filter(language_code="en").first()
        if self.vi is None or self.en is None:
            raise CommandError("Run `manage.py load_initial_data` first: no vi and en locales.")
        self.images = self.load_images()
        self.themes = self.pairs(Theme)
        self.units = self.pairs(Unit)
        self.countries = self.pairs(Country)
        if not self.themes or not self.units:
            raise CommandError("Run `manage.py load_initial_data` first: no themes or units.")
        news_indexes = self.indexes(NewsIndexPage)
        event_indexes = self.indexes(EventIndexPage)
        with transaction.atomic():
            self.create(EventPage, event_indexes, options["events"], self.event_fields)
            self.create(NewsPage, news_indexes, options["news"], self.news_fields)
        if connection.vendor == "postgresql":
            # Fresh statistics for the planner after a bulk load (autovacuum would take a while):
            # without them a search's count plans a nested loop over every row.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        self.stdout.write(
            f"Created {options['news']} news items and {options['events']} events in both "
            f"languages in {time.monotonic() - self.started:.1f} s."
        )

    # What exists ------------------------------------------------------------------------------

    def pairs(self, model):
        """``[(vi object, en object or the vi object)]`` for a translatable snippet."""
        vi_objects = list(model.objects.filter(locale=self.vi))
        en_by_key = {
            obj.translation_key: obj
            for obj in model.objects.filter(
                locale=self.en, translation_key__in=[o.translation_key for o in vi_objects]
            )
        }
        return [(obj, en_by_key.get(obj.translation_key, obj)) for obj in vi_objects]

    def indexes(self, model):
        # The portal's index (the channel sites have indexes of their own).
        from home.models import HomePage

        portal = HomePage.objects.filter(locale=self.vi).first()
        vi = model.objects.child_of(portal).first() if portal else None
        key = getattr(vi, "translation_key", None)
        en = model.objects.filter(locale=self.en, translation_key=key).first()
        if vi is None or en is None:
            raise CommandError(
                f"Run `manage.py load_initial_data` first: no {model._meta.verbose_name} in "
                "both languages."
            )
        return {"vi": vi, "en": en}

    def load_images(self):
        Image = get_image_model()
        images = list(Image.objects.order_by("pk")[:12])
        if images:
            return images
        for path in sorted(Path(IMAGES_DIR).glob("*.jpg")):
            with path.open("rb") as handle:
                image = Image(title=f"Demo: {path.stem}", file=ImageFile(handle, name=path.name))
                image.save()
                images.append(image)
        if not images:
            raise CommandError("No image to use.")
        return images

    # Random content ---------------------------------------------------------------------------

    def sentence(self, words, count):
        text = " ".join(self.random.choice(words) for _ in range(count))
        return text[0].upper() + text[1:]

    def texts(self):
        return {
            "vi": {
                "title": self.sentence(WORDS_VI, 8),
                "summary": self.sentence(WORDS_VI, 24) + ".",
                "paragraphs": [self.sentence(WORDS_VI, 60) + "." for _ in range(4)],
            },
            "en": {
                "title": self.sentence(WORDS_EN, 8),
                "summary": self.sentence(WORDS_EN, 24) + ".",
                "paragraphs": [self.sentence(WORDS_EN, 60) + "." for _ in range(4)],
            },
        }

    def news_fields(self, number, language, shared, text):
        unit = shared["unit"][0 if language == "vi" else 1]
        return {
            "publication_date": shared["when"],
            "summary": text["summary"],
            "main_image": shared["image"],
            "main_image_alt": text["title"],
            "body": stream([("paragraph", f"<p>{p}</p>") for p in text["paragraphs"]]),
            "lead_unit": unit,
            "byline": "",
        }

    def event_fields(self, number, language, shared, text):
        unit = shared["unit"][0 if language == "vi" else 1]
        country = shared["country"][0 if language == "vi" else 1] if shared["country"] else None
        return {
            "start": shared["when"],
            "end": shared["when"] + datetime.timedelta(hours=self.random.choice([4, 8, 32])),
            "event_type": self.random.choice(EventType.values),
            "format": EventFormat.IN_PERSON,
            "venue": "Hà Nội" if language == "vi" else "Ha Noi",
            "host_country": country,
            "summary": text["summary"],
            "main_image": shared["image"],
            "main_image_alt": text["title"],
            "body": stream([("paragraph", f"<p>{p}</p>") for p in text["paragraphs"]]),
            "lead_unit": unit,
        }

    # Bulk creation ----------------------------------------------------------------------------

    def create(self, model, indexes, count, fields_for):
        if not count:
            return
        content_type = ContentType.objects.get_for_model(model)
        now = timezone.now()
        label = "news" if model is NewsPage else "events"
        for start in range(0, count, BATCH):
            size = min(BATCH, count - start)
            shared = []
            for number in range(start, start + size):
                days = self.random.randint(0, 5 * 365)
                when = now - datetime.timedelta(days=days, minutes=self.random.randint(0, 1440))
                if model is EventPage and number % 10 == 0:
                    when = now + datetime.timedelta(days=self.random.randint(1, 120))
                shared.append(
                    {
                        "key": uuid.uuid4(),
                        "when": when,
                        "image": self.random.choice(self.images),
                        "unit": self.random.choice(self.units),
                        "country": self.random.choice(self.countries) if self.countries else None,
                        "themes": self.random.sample(self.themes, k=min(2, len(self.themes))),
                        "text": self.texts(),
                    }
                )
            for language, locale in (("vi", self.vi), ("en", self.en)):
                parent = Page.objects.get(pk=indexes[language].pk)
                pages = self.insert_children(
                    model, parent, locale, content_type, shared, language, fields_for, start
                )
                side = 0 if language == "vi" else 1
                through = model.themes.through
                column = f"{model._meta.model_name}_id"
                through.objects.bulk_create(
                    [
                        through(**{column: page.pk, "theme_id": pair[side].pk})
                        for page, item in zip(pages, shared, strict=True)
                        for pair in item["themes"]
                    ]
                )
                if self.index:
                    get_search_backend().add_bulk(
                        model, model.objects.filter(pk__in=[p.pk for p in pages])
                    )
            self.stdout.write(
                f"  {label}: {start + size}/{count} ({time.monotonic() - self.started:.1f} s)"
            )

    def insert_children(
        self, model, parent, locale, content_type, shared, language, fields_for, start
    ):
        """Bulk-insert live children of ``parent``: base rows, then the specific rows."""
        last = parent.get_last_child()
        next_number = decode_step(last.path[-parent.steplen :]) + 1 if last else 1
        base_rows = []
        specific_values = []
        for offset, item in enumerate(shared):
            text = item["text"][language]
            slug = f"{'tin' if model is NewsPage else 'su-kien'}-{self.run_id}-{start + offset}"
            if language == "en":
                slug = f"{'news' if model is NewsPage else 'event'}-{self.run_id}-{start + offset}"
            published = min(item["when"], timezone.now())
            base_rows.append(
                Page(
                    path=parent.path + encode_step(next_number + offset, parent.steplen),
                    depth=parent.depth + 1,
                    numchild=0,
                    title=text["title"],
                    draft_title=text["title"],
                    slug=slug,
                    url_path=f"{parent.url_path}{slug}/",
                    content_type=content_type,
                    locale=locale,
                    translation_key=item["key"],
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=published,
                    last_published_at=published,
                )
            )
            specific_values.append(fields_for(start + offset, language, item, text))
        Page.objects.bulk_create(base_rows)
        if base_rows[0].pk is None:  # databases that do not return the new keys
            paths = [row.path for row in base_rows]
            ids = dict(Page.objects.filter(path__in=paths).values_list("path", "pk"))
            for row in base_rows:
                row.pk = row.id = ids[row.path]
        specific_rows = []
        for row, values in zip(base_rows, specific_values, strict=True):
            page = model(page_ptr_id=row.pk, **values)
            # The inherited fields, so that the search index sees the whole page.
            for field in Page._meta.concrete_fields:
                setattr(page, field.attname, getattr(row, field.attname))
            specific_rows.append(page)
        # Django's bulk_create refuses multi-table inheritance; this is the insert that
        # Model.save_base() runs for the child table, for many rows at once.
        local_fields = list(model._meta.local_concrete_fields)
        model._base_manager._insert(specific_rows, fields=local_fields, using="default")
        Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + len(base_rows))
        return specific_rows
