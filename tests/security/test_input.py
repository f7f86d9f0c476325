"""Hostile input gets nowhere: scripts and event handlers are escaped or dropped wherever they
are shown, ``javascript:`` links in any encoding are removed, oversized and decompression-bomb
images are refused with a message, and no public or admin URL answers a 500 to odd queries."""

import io
import json
import struct
import zlib
from html.parser import HTMLParser

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.models import Page

from news.models import NewsPage
from tests.factories import NewsPageFactory
from tests.workflows.conftest import as_user, make_draft, submit

pytestmark = pytest.mark.django_db

SCRIPT = '<script>alert("xss")</script>'
HANDLER = '<img src=x onerror="alert(1)">'
TITLE = f"Tin {SCRIPT}{HANDLER} ASEAN"
JAVASCRIPT_LINKS = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;avascript:alert(1)",
    "jav&#x09;ascript:alert(1)",
    "javascript&colon;alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
]


class ActiveMarkup(HTMLParser):
    """Collects what a browser would act on: script elements' text, event-handler attributes
    and links whose scheme runs code."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found = []
        self.in_script = False

    def handle_starttag(self, tag, attrs):
        # Structured data (JSON-LD) is not executed; its "<" are escaped as \u003C.
        self.in_script = tag == "script" and dict(attrs).get("type") != "application/ld+json"
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"{tag} {name}")
            if name in ("href", "src", "action", "formaction") and value:
                scheme = "".join(value.split()).lower()
                if scheme.startswith(("javascript:", "data:", "vbscript:")):
                    self.found.append(f"{tag} {name}={value}")

    def handle_endtag(self, tag):
        self.in_script = False

    def handle_data(self, data):
        if self.in_script and "alert" in data:
            self.found.append(f"script {data[:40]}")


def assert_inert(body):
    """Nothing in ``body`` would run: no script element, event handler or ``javascript:``,
    ``data:`` or ``vbscript:`` link of ours (escaped text is fine: it shows, it does not run)."""
    parser = ActiveMarkup()
    parser.feed(body)
    assert parser.found == []


def body_with(*paragraphs, table=None):
    blocks = [{"type": "paragraph", "value": html} for html in paragraphs]
    if table:
        blocks.append(
            {
                "type": "table",
                "value": {"data": table, "first_row_is_table_header": True},
            }
        )
    blocks.append({"type": "quote", "value": {"quote": SCRIPT, "attribution": HANDLER}})
    blocks.append({"type": "heading", "value": {"text": HANDLER, "level": "h2"}})
    return json.dumps(blocks)


@pytest.fixture
def hostile_page(chain):
    links = " ".join(
        f'<a href="{link}">lien ket {n}</a>' for n, link in enumerate(JAVASCRIPT_LINKS)
    )
    page = NewsPageFactory(
        parent=chain.tree.news_vi,
        locale=chain.tree.vi,
        title=TITLE,
        summary=f"Tóm tắt {SCRIPT}",
        lead_unit=chain.unit_a,
        themes=[chain.theme],
        body=body_with(
            f"<p>{links}</p>",
            f'<p onclick="alert(1)" style="x">Đoạn {SCRIPT}{HANDLER}<a href="https://asean.org">ASEAN</a></p>',
            table=[["Cột <b>1</b>", '" onmouseover="alert(1)'], [SCRIPT, HANDLER]],
        ),
    )
    page.save_revision().publish()
    return Page.objects.get(pk=page.pk).specific


@pytest.fixture
def hostile_title_page(chain):
    """Hostile text where the editor lets anyone type it: title and summary."""
    page = NewsPageFactory(
        parent=chain.tree.news_vi,
        locale=chain.tree.vi,
        title=TITLE,
        summary=f"Tóm tắt {SCRIPT}",
        lead_unit=chain.unit_a,
        themes=[chain.theme],
    )
    page.save_revision().publish()
    return Page.objects.get(pk=page.pk).specific


def test_the_article_renders_hostile_text_inert(client, hostile_page):
    response = client.get(hostile_page.url)
    assert response.status_code == 200
    body = response.content.decode()
    assert_inert(body)
    # The harmless parts are still there: text, the safe link, the escaped payload as text.
    assert "lien ket 0" in body
    assert 'href="https://asean.org"' in body
    assert "&lt;script&gt;" in body


@pytest.mark.parametrize(
    "path",
    ["/", "/tin-tuc/", "/feeds/news.rss", "/feeds/news.atom", "/tim-kiem/?q=ASEAN", "/sitemap.xml"],
)
def test_listings_feeds_and_search_escape_the_title(client, hostile_page, path):
    response = client.get(path)
    assert response.status_code == 200
    assert_inert(response.content.decode())


def test_the_api_returns_the_title_as_data(client, hostile_page):
    response = client.get(f"/api/v2/pages/{hostile_page.pk}/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["title"] == TITLE


@pytest.mark.parametrize(
    "name",
    [
        "wagtailadmin_home",
        "wagtailadmin_explore",
        "wagtailadmin_pages:edit",
        "wagtailadmin_pages:history",
        "wagtailadmin_pages:preview_on_edit",
        "wagtailadmin_pages:search",
    ],
)
def test_the_admin_escapes_the_title(client, chain, hostile_title_page, name):
    hostile_page = hostile_title_page
    as_user(client, chain.people.board)
    args = {
        "wagtailadmin_home": [],
        "wagtailadmin_explore": [chain.tree.news_vi.pk],
        "wagtailadmin_pages:search": [],
    }.get(name, [hostile_page.pk])
    response = client.get(reverse(name, args=args), {"q": "ASEAN"})
    assert response.status_code == 200
    assert_inert(response.content.decode())


def submit_hostile_title(client, chain, capture):
    page = make_draft(chain, chain.people.journalist_a, title=TITLE)
    as_user(client, chain.people.journalist_a)
    with capture(execute=True):
        submit(client, page)
    # The unit's head and deputy are told, each in one message.
    assert sorted(message.to[0] for message in mail.outbox) == [
        "deputy_a@example.org",
        "head_a@example.org",
    ]
    return mail.outbox


def test_notifications_are_plain_text_holding_the_title_as_typed(
    client, chain, django_capture_on_commit_callbacks
):
    """Plain text is not markup: no mail program runs it, and the reviewer reads the title
    exactly as the journalist typed it. No HTML alternative is sent."""
    for message in submit_hostile_title(client, chain, django_capture_on_commit_callbacks):
        assert message.alternatives == []
        assert TITLE in message.body
        assert "&lt;" not in message.body


@override_settings(WAGTAILADMIN_NOTIFICATION_USE_HTML=True)
def test_html_notifications_escape_the_title(client, chain, django_capture_on_commit_callbacks):
    """Should HTML mail be switched on, the title is escaped in it."""
    for message in submit_hostile_title(client, chain, django_capture_on_commit_callbacks):
        [(content, mimetype)] = message.alternatives
        assert mimetype == "text/html"
        assert_inert(content)
        assert "&lt;script&gt;alert(" in content


def test_the_translation_editor_escapes_the_title(client, chain, hostile_title_page):
    hostile_page = hostile_title_page
    as_user(client, chain.people.board)
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[hostile_page.pk]),
        {"locales": [chain.tree.en.pk]},
    )
    assert response.status_code == 302
    translation = NewsPage.objects.get(
        translation_key=hostile_page.translation_key, locale=chain.tree.en
    )
    response = client.get(reverse("wagtailadmin_pages:edit", args=[translation.pk]))
    assert response.status_code == 200
    assert_inert(response.content.decode())


# Uploads


def png_header(width, height):
    """A PNG that claims ``width`` x ``height`` pixels in a few hundred bytes: the shape of a
    decompression bomb."""

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 64)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


@pytest.mark.parametrize(("width", "height"), [(8000, 8000), (40000, 40000)])
def test_decompression_bombs_are_refused_with_a_message(client, chain, width, height):
    as_user(client, chain.people.journalist_a)
    upload = SimpleUploadedFile("bom.png", png_header(width, height), content_type="image/png")
    response = client.post(
        reverse("wagtailimages:add"), {"title": "Ảnh lớn", "file": upload, "collection": 1}
    )
    assert response.status_code == 200
    assert "megapixel" in response.content.decode().lower() or "điểm ảnh" in (
        response.content.decode().lower()
    )
    assert not get_image_model().objects.filter(title="Ảnh lớn").exists()


def test_oversized_files_are_refused_with_a_message(client, chain, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1024
    as_user(client, chain.people.journalist_a)
    buffer = io.BytesIO(png_header(10, 10) + b"\x00" * 4096)
    upload = SimpleUploadedFile("to.png", buffer.getvalue(), content_type="image/png")
    response = client.post(
        reverse("wagtailimages:add"), {"title": "Ảnh nặng", "file": upload, "collection": 1}
    )
    assert response.status_code == 200
    assert not get_image_model().objects.filter(title="Ảnh nặng").exists()


# Queries and filters: a 4xx or a page, never a 500.

LONG = "tuyên truyền " * 8000  # about 100 kB

PUBLIC_URLS = [
    ("/tim-kiem/", {"q": LONG}),
    ("/en/search/", {"q": LONG}),
    ("/tim-kiem/", {"q": "asean\x00' OR 1=1 --"}),
    ("/tim-kiem/", {"q": "<script>alert(1)</script>", "page": "abc"}),
    ("/tin-tuc/", {"theme": "khong-co", "unit": "zzz", "year": "99999999999"}),
    ("/tin-tuc/", {"page": "-1"}),
    ("/tin-tuc/", {"page": "999999"}),
    ("/tin-tuc/", {"theme": "\x00", "year": "abc"}),
    ("/tin-tuc/", {"q": LONG}),
    ("/su-kien/", {"country": "ZZ", "unit": "x" * 5000, "year": "-5", "type": "bogus"}),
    ("/su-kien/", {"past": "maybe", "page": "1e9"}),
    ("/su-kien/lich/2026/13/", {}),
    ("/su-kien/lich/0/1/", {}),
    ("/su-kien/lich/99999/12/", {}),
    ("/feeds/themes/khong-co.rss", {}),
    ("/feeds/units/khong-co.atom", {}),
    ("/calendar/countries/ZZZ.ics", {}),
    ("/calendar/event/999999999.ics", {}),
    ("/alerts/confirm/not-a-uuid/", {}),
    ("/alerts/unsubscribe/00000000-0000-0000-0000-000000000000/", {}),
    ("/api/v2/pages/", {"search": LONG}),
    ("/api/v2/pages/", {"search": "a\x00b"}),
    ("/api/v2/pages/", {"type": "nope.Nope"}),
    ("/api/v2/pages/", {"limit": "abc"}),
    ("/api/v2/pages/", {"limit": "100000"}),
    ("/api/v2/pages/", {"offset": "-5"}),
    ("/api/v2/pages/", {"order": "password"}),
    ("/api/v2/pages/", {"fields": "owner,password"}),
    ("/api/v2/pages/", {"theme": "\x00", "unit": "'", "date_from": "2026-99-99"}),
    ("/api/v2/pages/", {"date_to": LONG}),
    ("/api/v2/pages/find/", {"html_path": "/../../etc/passwd"}),
    ("/api/v2/images/", {"search": LONG}),
    ("/api/v2/documents/", {"order": "file"}),
    ("/vi//evil.example/", {}),
    ("/documents/999999/x.pdf", {}),
]


def test_public_urls_never_answer_500(client, demo_site):
    failures = []
    for path, params in PUBLIC_URLS:
        response = client.get(path, params)
        if response.status_code >= 500:
            failures.append((path, response.status_code))
        if response.status_code == 400 and response["Content-Type"].startswith("text/html"):
            assert "<html" in response.content.decode()
    assert failures == []


def test_the_search_query_is_cut_and_cleaned(client, demo_site):
    response = client.get("/tim-kiem/", {"q": LONG + "\x00"})
    assert response.status_code == 200
    assert "\x00" not in response.content.decode()
    assert response.content.decode().count("tuyên truyền") < 100


ADMIN_URLS = [
    ("/admin/pages/search/", {"q": LONG}),
    ("/admin/pages/search/", {"q": "a\x00b"}),
    ("/admin/pages/", {"ordering": "password"}),
    ("/admin/images/", {"q": LONG, "collection_id": "abc"}),
    ("/admin/documents/", {"q": "\x00", "p": "-1"}),
    ("/admin/reports/results/", {"year": "abc", "unit": "x\x00", "theme": "<b>"}),
    ("/admin/reports/results/", {"year": "1", "export": "exe"}),
    ("/admin/reports/annual/", {"year": "99999999999999"}),
    ("/admin/reports/site-history/", {"timestamp_from": "bad", "action": "\x00"}),
    ("/admin/settings/security/auditevent/", {"q": LONG, "action": "nope"}),
    ("/admin/audit_log/", {"q": LONG, "action": "nope", "timestamp_from": "x"}),
    ("/admin/pages/999999999/edit/", {}),
    ("/admin/two-step/reset/999999999/", {}),
]


def test_admin_urls_never_answer_500(client, demo_site, django_user_model):
    as_user(client, django_user_model.objects.get(username="admin"))
    failures = []
    for path, params in ADMIN_URLS:
        response = client.get(path, params)
        if response.status_code >= 500:
            failures.append((path, response.status_code))
    assert failures == []


def test_forms_answer_bad_input_with_messages(client, demo_site):
    from press.models import AlertSubscription, FeedbackFormPage, FeedbackSubmission

    form_page = FeedbackFormPage.objects.live().filter(locale__language_code="vi").first()
    response = client.post(
        form_page.url,
        {"email": "khong-phai-email", "name": SCRIPT * 500, "message": "\x00" * 10},
    )
    assert response.status_code == 400
    assert_inert(response.content.decode())
    assert 'class="field-error" role="alert"' in response.content.decode()
    assert not FeedbackSubmission.objects.exists()
    subscribe = client.post("/alerts/subscribe/", {"email": "a" * 10000, "themes": ["zzz"]})
    assert subscribe.status_code == 400
    assert 'class="field-error"' in subscribe.content.decode()
    assert not AlertSubscription.objects.exists()
