"""The press room: releases under embargo, the media kit, the reporters' network, related
reading and share links, read over HTTP as an outsider, a reporter or a member of staff."""

import datetime
import io
import re
import zipfile

import pytest
import time_machine
from django.contrib.auth.models import Permission
from django.core import mail, signing
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from openpyxl import load_workbook
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import PageLogEntry, PageViewRestriction

from home.models import PressPage
from press.embargo import send_embargoed_releases
from press.models import (
    AlertSubscription,
    EmbargoSending,
    PressReleasePage,
    PressReleasePhoto,
    Reporter,
)
from tests.conftest import translate
from tests.factories import EventPageFactory, NewsPageFactory, ThemeFactory, UnitFactory
from tests.workflows.conftest import as_user, chain, workflow_action  # noqa: F401

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2035, 3, 10, 9, 0, tzinfo=datetime.UTC)
EMBARGO = NOW + datetime.timedelta(hours=6)
MARKER = "Hop-bao-ACCSM-25"


@pytest.fixture
def frozen():
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


@pytest.fixture
def press(tree):
    page = tree.home_vi.add_child(instance=PressPage(title="Báo chí", slug="bao-chi"))
    return page


def photo_image(name="anh-accsm.png"):
    return get_image_model().objects.create(title=name, file=get_test_image_file(filename=name))


def add_release(press, unit, *, embargo=None, event=None, title=f"Thông cáo {MARKER}"):
    release = PressReleasePage(
        title=title,
        release_number="12/TC-BNV",
        release_date=NOW,
        embargo_until=embargo,
        summary=f"Tóm tắt {MARKER}",
        body=f"<p>Nội dung {MARKER}</p>",
        lead_unit=unit,
        related_event=event,
        live=embargo is None,
    )
    release.photos = [
        PressReleasePhoto(
            image=photo_image(), caption="Các trưởng đoàn", alt_text="Ảnh", credit="Bộ Nội vụ"
        )
    ]
    press.add_child(instance=release)
    release.full_clean()  # what the editor's form runs: the embargo becomes go_live_at
    release.save()
    return release


def approve(page):
    """The last step of the review chain approves: Wagtail publishes the revision, which waits
    for ``go_live_at`` when it is in the future."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def anonymous_outputs(client, release):
    """Every public output that could name ``release``, as (name, text)."""
    pk = release.pk
    outputs = {
        "press page": "/bao-chi/",
        "releases rss": "/feeds/press-releases.rss",
        "releases atom": "/feeds/press-releases.atom",
        "api list": "/api/v2/pages/?type=press.PressReleasePage&fields=summary",
        "api detail": f"/api/v2/pages/{pk}/",
        "api search": f"/api/v2/pages/?search={MARKER}",
        "sitemap": "/sitemap.xml",
        "search": f"/tim-kiem/?q={MARKER}",
        "home": "/",
    }
    return {name: client.get(url) for name, url in outputs.items()}


def test_embargoed_release_is_invisible_everywhere_then_live_with_purges(
    tree, press, frozen, settings
):
    settings.PAGE_CACHE_SECONDS = 300
    unit = UnitFactory(code="htqt")
    event = EventPageFactory(parent=tree.events_vi, locale=tree.vi, lead_unit=unit)
    release = approve(add_release(press, unit, embargo=EMBARGO, event=event))
    assert release.live is False
    assert release.go_live_at == EMBARGO
    assert release.revisions.filter(approved_go_live_at=EMBARGO).exists()
    call_command("update_index", verbosity=0)

    client = Client()
    assert client.get(release.get_url()).status_code == 404
    before = anonymous_outputs(client, release)
    for name, response in before.items():
        assert response.status_code in (200, 404), name
        assert release.title not in response.content.decode(), name
        assert release.slug not in response.content.decode(), name
    assert before["api detail"].status_code == 404
    # Its photos are not served, nor listed in the event's media kit.
    image_id = release.photos.first().image_id
    assert client.get(f"/press/photos/{release.pk}/{image_id}/").status_code == 404
    assert client.get(f"/press/photos/{event.pk}.zip").status_code == 404
    assert "Các trưởng đoàn" not in client.get(event.url).content.decode()

    # publish_scheduled before the time changes nothing.
    call_command("publish_scheduled")
    release.refresh_from_db()
    assert release.live is False

    frozen.move_to(EMBARGO + datetime.timedelta(minutes=1))
    call_command("publish_scheduled")
    release.refresh_from_db()
    assert release.live is True
    call_command("update_index", verbosity=0)
    # The cached outputs read before (page cache on) show it at once: they were purged.
    after = anonymous_outputs(client, release)
    for name in ("press page", "releases rss", "releases atom", "api list", "search", "sitemap"):
        response = after[name]
        assert response.status_code == 200, name
        body = response.content.decode()
        assert release.title in body or release.slug in body, name
        assert response.get("X-Page-Cache") != "hit", name
    assert after["api detail"].status_code == 200
    assert client.get(f"/press/photos/{release.pk}/{image_id}/").status_code == 200
    assert "Các trưởng đoàn" in client.get(event.url).content.decode()


@pytest.fixture
def network(tree):
    now = timezone.now()
    return {
        "vi": Reporter.objects.create(
            name="Nguyễn Văn A", outlet="Báo Nhân Dân", email="a@example.vn", consent_at=now
        ),
        "vi2": Reporter.objects.create(
            name="Trần Thị B", outlet="TTXVN", email="b@example.vn", consent_at=now
        ),
        "en": Reporter.objects.create(
            name="Jane Doe",
            outlet="VNA English",
            email="jane@example.org",
            language="en",
            consent_at=now,
        ),
        "candidate": Reporter.objects.create(name="C", outlet="VTV", email="c@example.vn"),
        "withdrawn": Reporter.objects.create(
            name="D", outlet="VOV", email="d@example.vn", consent_at=now, withdrawn_at=now
        ),
    }


def test_network_receives_release_once_before_embargo_and_nobody_else(tree, press, frozen, network):
    AlertSubscription.objects.create(
        email="subscriber@example.vn", language="vi", consent_at=NOW, confirmed_at=NOW
    )
    unit = UnitFactory(code="htqt")
    release = approve(add_release(press, unit, embargo=EMBARGO))
    mail.outbox.clear()

    assert send_embargoed_releases() == 2
    assert send_embargoed_releases() == 0  # once: the record of the sending
    assert sorted(m.to[0] for m in mail.outbox) == ["a@example.vn", "b@example.vn"]
    message = mail.outbox[0]
    assert "22:00" in message.subject  # 15:00 UTC, said in Hanoi time
    assert "22:00" in message.body
    assert MARKER in message.body
    assert set(EmbargoSending.objects.values_list("reporter__email", flat=True)) == {
        "a@example.vn",
        "b@example.vn",
    }
    assert all(s.sent_at < EMBARGO for s in EmbargoSending.objects.all())

    # A member who joins after the embargo ended receives nothing.
    frozen.move_to(EMBARGO + datetime.timedelta(minutes=1))
    Reporter.objects.create(name="E", outlet="VTC", email="e@example.vn", consent_at=NOW)
    mail.outbox.clear()
    assert send_embargoed_releases() == 0
    assert mail.outbox == []
    assert release.embargo_sendings.count() == 2


def test_draft_release_is_not_sent(tree, press, frozen, network):
    unit = UnitFactory(code="htqt")
    release = add_release(press, unit, embargo=EMBARGO)
    release.save_revision()  # a draft, not approved
    mail.outbox.clear()
    assert send_embargoed_releases() == 0
    assert mail.outbox == []


def test_media_downloads_refused_for_unpublished_and_private_items(tree, press):
    unit = UnitFactory(code="htqt")
    release = add_release(press, unit)
    release.unpublish()
    image_id = release.photos.first().image_id
    client = Client()
    assert client.get(f"/press/photos/{release.pk}/{image_id}/").status_code == 404
    assert client.get(f"/press/photos/{release.pk}.zip").status_code == 404

    approve(release)
    response = client.get(f"/press/photos/{release.pk}/{image_id}/")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    original = get_image_model().objects.get(pk=image_id).file
    original.open("rb")
    assert b"".join(response.streaming_content) == original.read()
    # An image the release does not use is not served through it.
    other = photo_image("khac.png")
    assert client.get(f"/press/photos/{release.pk}/{other.pk}/").status_code == 404

    response = client.get(f"/press/photos/{release.pk}.zip")
    assert response.status_code == 200
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    names = archive.namelist()
    assert len(names) == 2 and "captions-credits-licences.txt" in names
    captions = archive.read("captions-credits-licences.txt").decode()
    assert "[vi] Các trưởng đoàn" in captions and "Bộ Nội vụ" in captions

    PageViewRestriction.objects.create(page=release, restriction_type="login")
    assert client.get(f"/press/photos/{release.pk}/{image_id}/").status_code == 404
    assert client.get(f"/press/photos/{release.pk}.zip").status_code == 404
    assert client.get(f"/press/photos/{release.pk}/99999999999/").status_code == 404


def test_zip_is_bounded(tree, press, settings):
    settings.PRESS_MEDIA_ZIP_MAX_BYTES = 1
    release = add_release(press, UnitFactory(code="htqt"))
    response = Client().get(f"/press/photos/{release.pk}.zip")
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    assert archive.namelist() == ["captions-credits-licences.txt"]
    assert "Not included" in archive.read("captions-credits-licences.txt").decode()


def test_reporter_consent_self_service_and_withdrawal(tree):
    reporter = Reporter.objects.create(name="Nguyễn Văn A", outlet="Báo Nhân Dân", email="a@x.vn")
    client = Client()
    url = f"/press/network/{reporter.signed_token()}/"
    assert client.get(f"/press/network/{reporter.signed_token()}x/").status_code == 404
    # Another reporter's id put in the place of the signed one, the signature kept.
    other = Reporter.objects.create(name="Trần Thị B", outlet="TTXVN", email="b@x.vn")
    payload, signature = reporter.signed_token().split(":", 1)
    forged_payload = signing.b64_encode(str(other.pk).encode()).decode()
    assert forged_payload != payload
    assert client.get(f"/press/network/{forged_payload}:{signature}/").status_code == 404

    response = client.get(url)
    assert response.status_code == 200
    assert "Báo Nhân Dân" in response.content.decode()
    assert not Reporter.objects.network().filter(pk=reporter.pk).exists()

    response = client.post(url, {"action": "consent"})
    assert response.status_code == 400
    assert "Đánh dấu vào ô để đồng ý." in response.content.decode()
    reporter.refresh_from_db()
    assert reporter.consent_at is None

    response = client.post(url, {"action": "consent", "consent": "on"})
    assert response.status_code == 200
    reporter.refresh_from_db()
    assert reporter.consent_at is not None
    assert Reporter.objects.network().filter(pk=reporter.pk).exists()

    assert client.post(url, {"action": "other"}).status_code == 400
    response = client.post(url, {"action": "withdraw"})
    assert response.status_code == 200
    assert not Reporter.objects.filter(email="a@x.vn").exists()
    assert client.get(url).status_code == 404


def test_reporter_retention(tree, settings):
    settings.PRESS_REPORTER_RETENTION_DAYS = 30
    old = timezone.now() - datetime.timedelta(days=31)
    Reporter.objects.create(name="Old", outlet="A", email="old@x.vn", consent_at=old)
    Reporter.objects.create(name="Recent", outlet="B", email="new@x.vn", consent_at=timezone.now())
    never = Reporter.objects.create(name="Never", outlet="C", email="never@x.vn")
    Reporter.objects.filter(pk=never.pk).update(created_at=old)
    Reporter.objects.create(name="Invited", outlet="D", email="invited@x.vn")
    call_command("purge_reporters", stdout=io.StringIO())
    assert sorted(Reporter.objects.values_list("email", flat=True)) == [
        "invited@x.vn",
        "new@x.vn",
    ]


def test_reporters_export_for_icd_only_and_formula_safe(tree, django_user_model):
    Reporter.objects.create(name='=HYPERLINK("http://x")', outlet="B", email="f@x.vn")
    staff = django_user_model.objects.create_user("journalist", password="x")
    staff.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client = Client()
    client.force_login(staff)
    # Wagtail's admin answers a refusal with a redirect to the dashboard and a message.
    refused = client.get("/admin/press/reporters.xlsx")
    assert refused.status_code == 302 and refused["Location"] == "/admin/"
    staff.user_permissions.add(Permission.objects.get(codename="view_reporter"))
    staff = django_user_model.objects.get(pk=staff.pk)
    client.force_login(staff)
    response = client.get("/admin/press/reporters.xlsx")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet["A2"].value == '=HYPERLINK("http://x")'
    assert sheet["A2"].data_type == "s"


def test_related_news_in_readers_language_within_query_budget(tree, django_assert_max_num_queries):
    theme = ThemeFactory()
    unit = UnitFactory(code="htqt")
    item = NewsPageFactory(parent=tree.news_vi, locale=tree.vi, lead_unit=unit, themes=[theme])
    others = [
        NewsPageFactory(parent=tree.news_vi, locale=tree.vi, lead_unit=unit, themes=[theme])
        for _n in range(5)
    ]
    translate(others[0], tree.en, title="English related", slug="english-related")
    draft = NewsPageFactory(
        parent=tree.news_vi, locale=tree.vi, lead_unit=unit, themes=[theme], title="Bản nháp"
    )
    draft.unpublish()
    unrelated = NewsPageFactory(parent=tree.news_vi, locale=tree.vi, lead_unit=unit)

    client = Client()
    body = client.get(item.url).content.decode()
    related = body[body.index("Tin khác") :]
    assert others[1].title in related
    assert "Bản nháp" not in related
    assert unrelated.title not in related
    assert "English related" not in related

    def queries_for_page():
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as captured:
            assert client.get(item.url).status_code == 200
        return len(captured)

    few = queries_for_page()
    for _n in range(6):
        NewsPageFactory(parent=tree.news_vi, locale=tree.vi, lead_unit=unit, themes=[theme])
    assert queries_for_page() == few


def test_share_links_are_plain_links_and_no_third_party_script(tree, press):
    unit = UnitFactory(code="htqt")
    theme = ThemeFactory()
    news = NewsPageFactory(parent=tree.news_vi, locale=tree.vi, lead_unit=unit, themes=[theme])
    event = EventPageFactory(parent=tree.events_vi, locale=tree.vi, lead_unit=unit)
    release = add_release(press, unit, event=event)
    client = Client()
    for url in ("/", "/tin-tuc/", news.url, event.url, release.url, "/bao-chi/", "/en/"):
        response = client.get(url)
        assert response.status_code == 200, url
        body = response.content.decode()
        # Structured data (JSON-LD) is data, not a script: browsers do not run it.
        for tag in re.findall(r"<script\b(?![^>]*application/ld\+json)[^>]*>", body):
            src = re.search(r'src="([^"]+)"', tag)
            assert src and src.group(1).startswith("/"), (url, tag)
        assert "connect.facebook.net" not in body and "sp.zalo.me/plugins" not in body
        assert "script-src 'self'" in response["Content-Security-Policy"]
    body = client.get(news.url).content.decode()
    shared = "https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2Ftestserver%2Ftin-tuc%2F"
    assert shared in body
    assert "mailto:?subject=" in body and "data-copy-link" in body and "x.com/intent" in body


def test_release_tree_rules_and_both_languages(tree, press):
    assert PressReleasePage.allowed_parent_page_models() == [PressPage]
    assert PressReleasePage.can_create_at(press)
    assert not PressReleasePage.can_create_at(tree.news_vi)
    release = add_release(press, UnitFactory(code="htqt"))
    press_en = translate(press, tree.en, title="For the press", slug="press")
    english = translate(release, tree.en, title="ACCSM release", slug="accsm-release")
    assert english.get_parent().specific == press_en
    client = Client()
    response = client.get("/en/press/accsm-release/")
    assert response.status_code == 200
    assert "Photos for the press" in response.content.decode()
    assert "ACCSM release" in client.get("/en/press/").content.decode()
    assert "Thông cáo báo chí" in client.get(release.url).content.decode()
    api = client.get(f"/api/v2/pages/{release.pk}/").json()
    assert api["release_number"] == "12/TC-BNV"
    assert api["photos"][0]["download_url"] == (
        f"/press/photos/{release.pk}/{release.photos.first().image_id}/"
    )


def test_release_goes_through_lead_unit_head_then_board_and_waits_for_embargo(
    client,
    chain,  # noqa: F811 (the workflow tests' fixture)
    django_capture_on_commit_callbacks,
):
    people = chain.people
    press = chain.tree.home_vi.add_child(instance=PressPage(title="Báo chí", slug="bao-chi"))
    Reporter.objects.create(
        name="A", outlet="Báo Nhân Dân", email="a@example.vn", consent_at=timezone.now()
    )
    embargo = (timezone.now() + datetime.timedelta(days=1)).replace(microsecond=0)
    release = add_release(press, chain.unit_b, embargo=embargo)
    release.save_revision(user=people.journalist_b)
    chain.workflow.start(release, people.journalist_b)
    # The head of another unit cannot approve it; the head of its lead unit can.
    assert release.pk in [
        int(state.workflow_state.object_id)
        for state in chain.workflow.tasks.first().specific.get_task_states_user_can_moderate(
            people.head_b
        )
    ]
    assert (
        not chain.workflow.tasks.first()
        .specific.get_task_states_user_can_moderate(people.head_a)
        .exists()
    )
    as_user(client, people.head_a)
    workflow_action(client, release, "approve")
    assert release.current_workflow_task.name == chain.workflow.tasks.first().name
    as_user(client, people.head_b)
    workflow_action(client, release, "approve")
    mail.outbox.clear()
    as_user(client, people.board)
    with django_capture_on_commit_callbacks(execute=True):
        response = workflow_action(client, release, "approve")
    assert response.status_code == 302
    release = PressReleasePage.objects.get(pk=release.pk)
    approvals = PageLogEntry.objects.filter(page=release, action="wagtail.workflow.approve")
    assert sorted(approvals.values_list("user__username", flat=True)) == ["board", "head_b"]
    assert release.live is False  # approved for its embargo time, not before
    assert release.revisions.filter(approved_go_live_at=embargo).exists()
    # Approval sent it to the network, under embargo.
    to_network = [m for m in mail.outbox if "a@example.vn" in m.to]
    assert len(to_network) == 1 and to_network[0].subject.startswith("CẤM ĐĂNG đến")


def test_full_text_of_an_embargoed_release_is_not_served(tree, press, frozen):
    document = get_document_model().objects.create(
        title="Toàn văn", file=ContentFile(b"%PDF-1.4 embargo", name="toan-van.pdf")
    )
    release = add_release(press, UnitFactory(code="htqt"), embargo=EMBARGO)
    release.full_text = document
    release.save()
    approve(release)
    client = Client()
    assert client.get(document.url).status_code == 404
    frozen.move_to(EMBARGO + datetime.timedelta(minutes=1))
    call_command("publish_scheduled")
    assert client.get(document.url).status_code == 200


def test_icd_coordinator_enters_a_reporter_who_is_invited_and_a_journalist_cannot(
    client,
    chain,  # noqa: F811 (the workflow tests' fixture)
):
    people = chain.people
    AlertSubscription.objects.create(email="ha@example.vn", language="vi", consent_at=NOW)
    as_user(client, people.journalist_a)
    refused = client.get("/admin/snippets/press/reporter/")
    assert refused.status_code == 302 and refused["Location"] == "/admin/"
    refused = client.post(
        "/admin/snippets/press/reporter/add/",
        {"name": "X", "outlet": "Y", "email": "x@example.vn", "language": "vi"},
    )
    assert refused.status_code == 302
    assert not Reporter.objects.exists()

    as_user(client, people.coordinator)
    mail.outbox.clear()
    response = client.post(
        "/admin/snippets/press/reporter/add/",
        {
            "name": "Lê Thu Hà",
            "outlet": "Báo Điện tử Chính phủ",
            "beat": "ASEAN",
            "languages": "Tiếng Việt",
            "email": "ha@example.vn",
            "phone": "024 0000 0000",
            "language": "vi",
        },
    )
    assert response.status_code == 302
    reporter = Reporter.objects.get(email="ha@example.vn")
    assert reporter.consent_at is None  # only the reporter gives consent
    assert list(reporter.alert_subscriptions.values_list("email", flat=True)) == ["ha@example.vn"]
    assert [m.to for m in mail.outbox] == [["ha@example.vn"]]
    link = re.search(r"http://testserver(/press/network/\S+/)", mail.outbox[0].body).group(1)
    client.logout()
    assert "Báo Điện tử Chính phủ" in client.get(link).content.decode()
    assert client.get("/admin/press/reporters.xlsx").status_code == 302  # signed out
    as_user(client, people.coordinator)
    assert client.get("/admin/press/reporters.xlsx").status_code == 200
