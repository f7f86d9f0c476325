"""Builds the demo content of ``demo/content.py``: units, themes, countries, fixed pages,
news and events, each in Vietnamese with its linked English translation, live.

Idempotent: every object is looked up by its natural key (unit code, theme and page slug,
country ISO code, image title) and only what is missing is created.
"""

import datetime
import json
from pathlib import Path

from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Page

from demo import content
from demo.press_room import load_press_room
from events.models import Country, EventIndexPage, EventPage
from home.models import HomePage, HomePageFeaturedItem, PortalSettings, PressPage, StandardPage
from news.models import NewsIndexPage, NewsPage, Theme
from press.models import FeedbackFormField, FeedbackFormPage
from workflows.models import GlossaryTerm, Unit

IMAGES_DIR = Path(__file__).resolve().parent / "images"

PRESS_PAGE = {
    "vi": {
        "title": "Thông tin cho báo chí",
        "slug": "bao-chi",
        "introduction": "<p>Nguồn tin, lịch sự kiện và đầu mối liên hệ dành cho cơ quan báo chí "
        "và mạng lưới phóng viên chuyên trách ASEAN.</p>",
    },
    "en": {
        "title": "For the press",
        "slug": "press",
        "introduction": "<p>Feeds, event calendars and contacts for press agencies and the "
        "network of ASEAN-desk reporters.</p>",
    },
}

FEEDBACK_FORM = {
    "vi": {
        "title": "Phản hồi của phóng viên",
        "slug": "phan-hoi-cua-phong-vien",
        "introduction": "<p>Câu hỏi, đề nghị đính chính hoặc đề nghị phỏng vấn về thông tin "
        "trên Cổng. Đơn vị chủ trì tin bài sẽ trả lời qua thư điện tử.</p>",
        "consent_text": "Tôi đồng ý để Bộ Nội vụ xử lý họ tên, cơ quan báo chí và địa chỉ thư "
        "điện tử của tôi để trả lời phản hồi này, theo Nghị định số 13/2023/NĐ-CP về bảo vệ "
        "dữ liệu cá nhân.",
        "thank_you_text": "<p>Cảm ơn anh/chị. Phản hồi đã được chuyển tới đơn vị phụ trách.</p>",
        "fields": [
            {"label": "Họ và tên", "field_type": "singleline", "required": True},
            {"label": "Cơ quan báo chí", "field_type": "singleline", "required": True},
            {"label": "Thư điện tử", "field_type": "email", "required": True},
            {
                "label": "Loại phản hồi",
                "field_type": "dropdown",
                "required": True,
                "choices": "Câu hỏi\nĐề nghị đính chính\nĐề nghị phỏng vấn",
            },
            {"label": "Nội dung", "field_type": "multiline", "required": True},
        ],
    },
    "en": {
        "title": "Reporters' feedback",
        "slug": "reporters-feedback",
        "introduction": "<p>Questions, corrections and interview requests about the portal's "
        "information. The item's lead unit answers by e-mail.</p>",
        "consent_text": "I agree that the Ministry of Home Affairs processes my name, news "
        "organisation and e-mail address to answer this message, under Decree No. "
        "13/2023/NĐ-CP on personal data protection.",
        "thank_you_text": "<p>Thank you. Your message has been passed to the unit in charge.</p>",
        "fields": [
            {"label": "Full name", "field_type": "singleline", "required": True},
            {"label": "News organisation", "field_type": "singleline", "required": True},
            {"label": "E-mail", "field_type": "email", "required": True},
            {
                "label": "Type of message",
                "field_type": "dropdown",
                "required": True,
                "choices": "Question\nCorrection\nInterview request",
            },
            {"label": "Message", "field_type": "multiline", "required": True},
        ],
    },
}

# Demo press contacts: desks, not named people; example addresses.
PRESS_CONTACTS = {
    "htqt": {
        "vi": ("Bộ phận Thông tin báo chí", "Phụ trách quan hệ báo chí"),
        "en": ("Press desk", "Press relations"),
        "phone": "+84 24 0000 0001",
        "email": "press.icd@example.org",
    },
    "ttth": {
        "vi": ("Ban Biên tập Cổng thông tin", "Phụ trách quan hệ báo chí"),
        "en": ("Portal editorial office", "Press relations"),
        "phone": "+84 24 0000 0002",
        "email": "press.portal@example.org",
    },
    "cchc": {
        "vi": ("Bộ phận Thông tin báo chí", "Phụ trách quan hệ báo chí"),
        "en": ("Press desk", "Press relations"),
        "phone": "+84 24 0000 0003",
        "email": "press.par@example.org",
    },
}

# Official terms: (Vietnamese, official English, English renderings to avoid, category).
GLOSSARY = [
    (
        "Bộ Nội vụ",
        "Ministry of Home Affairs",
        ["Ministry of Interior", "Ministry of Internal Affairs"],
        "unit",
    ),
    (
        "Vụ Hợp tác quốc tế",
        "International Cooperation Department",
        ["Department of International Cooperation", "International Relations Department"],
        "unit",
    ),
    (
        "Hợp tác ASEAN về các vấn đề công vụ",
        "ASEAN Cooperation on Civil Service Matters (ACCSM)",
        ["ASEAN Conference on Civil Service Matters", "ASEAN Civil Service Council"],
        "accsm",
    ),
    ("Cộng đồng ASEAN", "ASEAN Community", ["ASEAN Communities"], "asean"),
    ("Việt Nam", "Viet Nam", ["Vietnam"], "country"),
    ("Lào", "Lao PDR", ["Laos"], "country"),
    ("Ti-mo Lét-xtê", "Timor-Leste", ["East Timor"], "country"),
]
LANGUAGES = ("vi", "en")

INDEX_PAGES = {
    NewsIndexPage: {
        "vi": {
            "title": "Tin tức",
            "slug": "tin-tuc",
            "introduction": "<p>Tin hoạt động hợp tác ASEAN của Bộ Nội vụ và các đơn vị.</p>",
        },
        "en": {
            "title": "News",
            "slug": "news",
            "introduction": "<p>News of the ASEAN cooperation of the Ministry and its units.</p>",
        },
    },
    EventIndexPage: {
        "vi": {
            "title": "Sự kiện",
            "slug": "su-kien",
            "introduction": "<p>Hội nghị, hội thảo, khóa đào tạo và đoàn công tác trong khuôn "
            "khổ ACCSM.</p>",
        },
        "en": {
            "title": "Events",
            "slug": "events",
            "introduction": "<p>Meetings, workshops, training courses and study visits under "
            "ACCSM.</p>",
        },
    },
}


def stream(blocks):
    """``[(type, value), ...]`` in the raw JSON form that StreamField stores."""
    return json.dumps([{"type": kind, "value": value} for kind, value in blocks])


class DemoLoader:
    def __init__(self, locales, homes, log):
        self.locales = locales  # {"vi": Locale, "en": Locale}
        self.homes = homes  # {"vi": HomePage, "en": HomePage}
        self.log = log
        self.today = timezone.localdate()
        self.tz = timezone.get_current_timezone()

    @transaction.atomic
    def run(self):
        self.units = self.load_snippets(
            Unit,
            content.UNITS,
            key="code",
            fields=("name", "short_name", "description"),
            extra=lambda item: {"code": item["code"], "website": item["website"]},
            find=lambda item, language: {"code": item["code"]},
        )
        for item in content.UNITS:
            for code in LANGUAGES:
                unit = self.units[item["code"]][code]
                parent = self.units[item["parent"]][code] if item["parent"] else None
                if unit.parent_id != (parent.pk if parent else None):
                    unit.parent = parent
                    unit.save(update_fields=["parent"])
        self.themes = self.load_snippets(
            Theme,
            content.THEMES,
            key="key",
            fields=("name", "slug", "description"),
            extra=lambda item: {"sort_order": item["key"]},
            find=lambda item, language: {"slug": item[language]["slug"]},
        )
        self.countries = self.load_snippets(
            Country,
            [
                {**country, "vi": {"name": country["vi"]}, "en": {"name": country["en"]}}
                for country in content.COUNTRIES
            ],
            key="iso",
            fields=("name",),
            extra=lambda item: {"iso_code": item["iso"], "is_asean_member": item["asean"]},
            find=lambda item, language: {"iso_code": item["iso"]},
        )
        self.images = self.load_images()
        # The alternative text of each picture, as the news items describe it.
        self.image_alts = {
            code: {item["image"]: item[code]["image_alt"] for item in content.NEWS if item["image"]}
            for code in LANGUAGES
        }
        # Created in menu order: news, events, then the fixed pages.
        self.news_index = self.ensure_index(NewsIndexPage)
        self.event_index = self.ensure_index(EventIndexPage)
        self.load_standard_pages()
        press = self._create_pair(
            self.homes,
            PressPage,
            {"vi": PRESS_PAGE["vi"], "en": PRESS_PAGE["en"]},
            shared={"show_in_menus": True},
        )
        self.load_feedback_form(press)
        self.load_press_contacts()
        events = self.load_events()
        news = self.load_news(events)
        self.link_related_news(events, news)
        self.feature(news, events)
        self.load_glossary()
        load_press_room(self, press, events)

    def load_feedback_form(self, press):
        data = {code: dict(FEEDBACK_FORM[code], to_address="") for code in LANGUAGES}
        for code in LANGUAGES:
            data[code].pop("fields")

        def add_fields(page, code):
            # Replaces the fields copied from the Vietnamese form into its translation.
            page.form_fields = [
                FeedbackFormField(sort_order=order, **field)
                for order, field in enumerate(FEEDBACK_FORM[code]["fields"])
            ]

        pages = self._create_pair(press, FeedbackFormPage, data, after_save=add_fields)
        return pages

    def load_press_contacts(self):
        for code, contact in PRESS_CONTACTS.items():
            for language in LANGUAGES:
                unit = self.units[code][language]
                if not unit.has_press_contact:
                    unit.press_contact_name = contact[language][0]
                    unit.press_contact_role = contact[language][1]
                    unit.press_contact_phone = contact["phone"]
                    unit.press_contact_email = contact["email"]
                    unit.save()

    def load_glossary(self):
        for vietnamese, english, avoid, category in GLOSSARY:
            GlossaryTerm.objects.get_or_create(
                vietnamese=vietnamese,
                defaults={"english": english, "avoid": "\n".join(avoid), "category": category},
            )

    # Snippets ----------------------------------------------------------------------------

    def load_snippets(self, model, items, key, fields, extra, find):
        result = {}
        for item in items:
            vi = model.objects.filter(locale=self.locales["vi"], **find(item, "vi")).first()
            if vi is None:
                vi = model(
                    locale=self.locales["vi"], **extra(item), **self._pick(item["vi"], fields)
                )
                vi.save()
                self.log(f"Created {model._meta.verbose_name} {vi}.")
            en = vi.get_translation_or_none(self.locales["en"])
            if en is None:
                en = vi.copy_for_translation(self.locales["en"])
                for field, value in {**extra(item), **self._pick(item["en"], fields)}.items():
                    setattr(en, field, value)
                en.save()
            result[item[key]] = {"vi": vi, "en": en}
        return result

    @staticmethod
    def _pick(data, fields):
        return {field: data[field] for field in fields}

    def load_images(self):
        Image = get_image_model()
        result = {}
        for path in sorted(IMAGES_DIR.glob("*.jpg")):
            title = f"Demo: {path.stem}"
            image = Image.objects.filter(title=title).first()
            if image is None:
                with path.open("rb") as handle:
                    image = Image(title=title, file=ImageFile(handle, name=path.name))
                    image.save()
            result[path.stem] = image
        return result

    # Pages -------------------------------------------------------------------------------

    def _find_child(self, parent, model, slug):
        return model.objects.child_of(parent).filter(slug=slug).first()

    def _create_pair(self, parents, model, data, shared=None, after_save=None):
        """Create the Vietnamese page under ``parents['vi']`` and its English translation,
        both live, unless they exist. Returns ``{"vi": page, "en": page}``."""
        shared = shared or {}
        pages = {}
        vi = self._find_child(parents["vi"], model, data["vi"]["slug"])
        if vi is None:
            vi = parents["vi"].add_child(
                instance=model(locale=self.locales["vi"], **shared, **data["vi"])
            )
            if after_save:
                after_save(vi, "vi")
            vi.save_revision().publish()
            self.log(f"Created {model._meta.verbose_name} “{vi.title}”.")
        pages["vi"] = vi
        en = vi.get_translation_or_none(self.locales["en"])
        if en is None:
            en = vi.copy_for_translation(self.locales["en"])
            for field, value in {**shared, **data["en"]}.items():
                setattr(en, field, value)
            if after_save:
                after_save(en, "en")
            en.save_revision().publish()
        pages["en"] = en.specific
        return pages

    def ensure_index(self, model):
        data = INDEX_PAGES[model]
        pages = self._create_pair(self.homes, model, {"vi": data["vi"], "en": data["en"]})
        for code, page in pages.items():
            if not page.show_in_menus:
                page = pages[code] = model.objects.get(pk=page.pk)
                page.show_in_menus = True
                page.save_revision().publish()
        return pages

    def load_standard_pages(self):
        for item in content.STANDARD_PAGES:
            data = {code: {**item[code], "body": stream(item[code]["body"])} for code in LANGUAGES}
            pages = self._create_pair(
                self.homes, StandardPage, data, shared={"show_in_menus": item["show_in_menus"]}
            )
            if item["key"] == "accessibility":
                # Linked from the footer; the Vietnamese page, shown in the reader's language.
                portal = PortalSettings.for_site(self.homes["vi"].get_site())
                if portal.accessibility_statement_id is None:
                    portal.accessibility_statement = pages["vi"]
                    portal.save(update_fields=["accessibility_statement"])

    def _local_datetime(self, date, time_text):
        hour, minute = (int(part) for part in time_text.split(":"))
        return datetime.datetime.combine(date, datetime.time(hour, minute), self.tz)

    def load_events(self):
        result = {}
        for item in content.EVENTS:
            start_date = self.today + datetime.timedelta(days=item["start_offset_days"])
            end_date = start_date + datetime.timedelta(days=max(item["duration_days"], 1) - 1)
            shared = {
                "event_type": item["type"],
                "format": item["format"],
                "all_day": item["all_day"],
                "start": self._local_datetime(
                    start_date, "00:00" if item["all_day"] else item["start_time"]
                ),
                "end": self._local_datetime(
                    end_date, "23:59" if item["all_day"] else item["end_time"]
                ),
                "online_url": item["online_url"],
                "main_image": self.images.get(item["image"]) if item["image"] else None,
            }
            data = {}
            for code in LANGUAGES:
                text = item[code]
                data[code] = {
                    "title": text["title"],
                    "slug": text["slug"],
                    "summary": text["summary"],
                    "venue": text["venue"],
                    "address": text["address"],
                    "body": stream(text["body"]),
                    "outcomes": stream(text["outcomes"]),
                    "main_image_alt": self.image_alts[code][item["image"]] if item["image"] else "",
                    "host_country": self.countries[item["host_country"]][code],
                    "lead_unit": self.units[item["lead_unit"]][code],
                }

            def relate(page, code, item=item):
                page.participating_countries = [
                    self.countries[c][code] for c in item["participating"]
                ]
                page.coordinating_units = [self.units[u][code] for u in item["coordinating_units"]]
                page.themes = [self.themes[t][code] for t in item["themes"]]

            result[item["key"]] = self._create_pair(
                self.event_index, EventPage, data, shared=shared, after_save=relate
            )
        return result

    def load_news(self, events):
        result = {}
        for item in content.NEWS:
            published = datetime.datetime.fromisoformat(item["date"]).replace(tzinfo=self.tz)
            if item["related_event"]:
                # Events are placed relative to the day the demo is loaded; a report on one is
                # dated the day after it ends (at its usual hour), so that the text, which
                # tells of it in the past, agrees with the dates whatever the year.
                event_end = events[item["related_event"]]["vi"].end.astimezone(self.tz)
                published = datetime.datetime.combine(
                    event_end.date() + datetime.timedelta(days=1), published.time(), self.tz
                )
            shared = {
                "publication_date": published,
                "main_image": self.images.get(item["image"]) if item["image"] else None,
            }
            data = {}
            for code in LANGUAGES:
                text = item[code]
                data[code] = {
                    "title": text["title"],
                    "slug": text["slug"],
                    "summary": text["summary"],
                    "byline": text["byline"],
                    "source": text["source"],
                    "main_image_alt": text["image_alt"] if item["image"] else "",
                    "main_image_caption": text["image_caption"] if item["image"] else "",
                    "body": stream(text["body"]),
                    "lead_unit": self.units[item["lead_unit"]][code],
                    "related_event": (
                        events[item["related_event"]][code] if item["related_event"] else None
                    ),
                }

            def relate(page, code, item=item):
                page.themes = [self.themes[t][code] for t in item["themes"]]
                page.coordinating_units = [self.units[u][code] for u in item["coordinating_units"]]
                page.tags.add(*item["tags"])

            result[item["key"]] = self._create_pair(
                self.news_index, NewsPage, data, shared=shared, after_save=relate
            )
        return result

    def link_related_news(self, events, news):
        """Events list the news items that report on them."""
        for item in content.NEWS:
            if not item["related_event"]:
                continue
            for code in LANGUAGES:
                # Always publish a fresh copy: a page object held since its creation carries
                # stale tree fields (numchild) that publishing would write back.
                event = EventPage.objects.get(pk=events[item["related_event"]][code].pk)
                article = news[item["key"]][code]
                if not event.related_news.filter(pk=article.pk).exists():
                    event.related_news.add(article)
                    event.save_revision().publish()

    def feature(self, news, events):
        first_news = news[content.NEWS[0]["key"]]
        upcoming = [events[item["key"]] for item in content.EVENTS if item["start_offset_days"] > 0]
        for code in LANGUAGES:
            home = HomePage.objects.get(pk=self.homes[code].pk)
            if home.featured_items.exists():
                continue
            items = [first_news[code]] + ([upcoming[0][code]] if upcoming else [])
            for order, page in enumerate(items):
                HomePageFeaturedItem.objects.create(
                    home_page=home, page=Page.objects.get(pk=page.pk), sort_order=order
                )
            home.save_revision().publish()
