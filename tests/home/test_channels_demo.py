"""The channels of the demo (`make run`): an item written once for the portal and the
International Cooperation Department's site, and the sites' web editors."""

from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Locale, Page, Site
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import ChannelHomePage, SiteBranding, StandardPage
from news.models import NewsIndexPage, NewsPage, Theme
from tests.utils import standard_page_form
from tests.workflows.conftest import NO_COMMENTS, as_user, state_of, workflow_action
from tests.workflows.test_translation import start_translation, submit_english, translate_all
from workflows.models import Unit
from workflows.roles import BOARD_TASK_NAME, UNIT_HEAD_TASK_NAME

pytestmark = pytest.mark.django_db


def user(name):
    return get_user_model().objects.get(username=name)


def site(host):
    return Site.objects.get(hostname=f"{host}.localhost")


def host_of(site):
    return f"{site.hostname}:{site.port}"


def test_demo_sets_up_the_sites_with_branding_and_menus(client, demo_site):
    portal = Site.objects.get(is_default_site=True)
    assert portal.root_page.specific == demo_site["vi"]
    for host, name in (
        ("tapchi", "Tạp chí Tổ chức nhà nước – Chuyên mục ASEAN"),
        ("htqt", "Vụ Hợp tác quốc tế"),
        ("hvhc", "Học viện Hành chính Quốc gia"),
    ):
        channel = site(host)
        assert isinstance(channel.root_page.specific, ChannelHomePage)
        html = BeautifulSoup(client.get("/", HTTP_HOST=host_of(channel)).content, "html.parser")
        assert html.select_one(".site-header__name").get_text(strip=True) == name
        menu = [a.get_text(strip=True) for a in html.select(".main-menu a")]
        assert menu[:3] == ["Trang chủ", "Tin tức", "Sự kiện"] and len(menu) == 4
        english = BeautifulSoup(
            client.get("/en/", HTTP_HOST=host_of(channel)).content, "html.parser"
        )
        assert english.select_one(".site-header__name").get_text(strip=True) == (
            SiteBranding.for_site(channel).name_en
        )
        stylesheet = html.find("link", href=lambda href: href and "/site.css?v=" in href)
        css = client.get(stylesheet["href"], HTTP_HOST=host_of(channel))
        assert SiteBranding.for_site(channel).primary_colour in css.content.decode()
        # Items of the site's unit are shown there.
        assert NewsPage.objects.live().descendant_of(channel.root_page).exists()


def write_for_channels(client, author, channels):
    as_user(client, author)
    index = NewsIndexPage.objects.child_of(Site.objects.get(is_default_site=True).root_page).get()
    data = nested_form_data(
        {
            "title": "Đoàn công tác Bộ Nội vụ thăm Cơ quan công vụ Ma-lai-xi-a",
            "slug": "doan-cong-tac-tham-ma-lai-xi-a",
            "publication_date": "2026-11-28 09:00",
            "summary": "Đoàn trao đổi kinh nghiệm quản lý nguồn nhân lực khu vực công.",
            "body": streamfield([("paragraph", rich_text("<p>Nội dung chuyến thăm.</p>"))]),
            "lead_unit": Unit.objects.get(code="htqt", locale__language_code="vi").pk,
            "comments": NO_COMMENTS,
        }
    )
    data["themes"] = [str(Theme.objects.filter(locale__language_code="vi").first().pk)]
    data["channels"] = [str(channel.pk) for channel in channels]
    data["action-submit"] = "1"
    response = client.post(
        reverse("wagtailadmin_pages:add", args=("news", "newspage", index.pk)), data
    )
    assert response.status_code == 302
    return NewsPage.objects.get(slug="doan-cong-tac-tham-ma-lai-xi-a")


def test_editor_htqt_writes_once_for_the_portal_and_the_icd_site(
    client, demo_site, django_capture_on_commit_callbacks
):
    portal, icd, journal = Site.objects.get(is_default_site=True), site("htqt"), site("tapchi")
    page = write_for_channels(client, user("editor.htqt"), [portal, icd])
    assert state_of(page) == ("in_progress", UNIT_HEAD_TASK_NAME)
    as_user(client, user("head.htqt"))
    workflow_action(client, page, "approve")
    assert state_of(page) == ("in_progress", BOARD_TASK_NAME)
    as_user(client, user("board"))
    workflow_action(client, page, "approve")
    page = NewsPage.objects.get(pk=page.pk)
    assert page.live
    title = page.title
    english_locale = Locale.objects.get(language_code="en")

    # The English version, through the translation process and its own review.
    with django_capture_on_commit_callbacks(execute=True):
        english, translation = start_translation(
            client,
            user("editor.htqt"),
            page,
            SimpleNamespace(tree=SimpleNamespace(en=english_locale)),
        )
    translate_all(translation, user("editor.htqt"), prefix="")
    submit_english(client, translation)
    as_user(client, user("head.htqt"))
    workflow_action(client, english, "approve")
    as_user(client, user("board"))
    with django_capture_on_commit_callbacks(execute=True):
        workflow_action(client, english, "approve")
    english = NewsPage.objects.get(pk=english.pk)
    assert english.live

    as_user(client, None)
    for channel, shown in ((portal, True), (icd, True), (journal, False)):
        host = host_of(channel)
        for prefix, item in (("", page), ("/en", english)):
            feed = client.get(f"{prefix}/feeds/news.rss", HTTP_HOST=host).content.decode()
            listing_url = "/tin-tuc/" if not prefix else "/en/news/"
            listing = client.get(listing_url, HTTP_HOST=host).content.decode()
            assert (item.title in feed) is shown, (channel, prefix)
            assert (item.title in listing) is shown, (channel, prefix)
            response = client.get(f"{listing_url}{item.slug}/", HTTP_HOST=host)
            assert response.status_code == (200 if shown else 404), (channel, prefix)
            if shown:
                html = BeautifulSoup(response.content, "html.parser")
                assert html.find("link", rel="canonical")["href"] == item.get_full_url()
    assert title in client.get("/feeds/news.rss", HTTP_HOST=host_of(icd)).content.decode()


def add_standard_page(client, parent, slug):
    data = nested_form_data(
        {
            "title": "Lịch tiếp công dân",
            "slug": slug,
            "introduction": "Lịch tiếp công dân của đơn vị.",
            "body": streamfield([]),
            "comments": NO_COMMENTS,
            "action-submit": "1",
        }
    )
    return client.post(
        reverse("wagtailadmin_pages:add", args=("home", "standardpage", parent.pk)), data
    )


def test_a_unit_site_editor_adds_pages_to_their_own_site_only(client, demo_site):
    as_user(client, user("web.htqt"))
    own_home = site("htqt").root_page
    response = add_standard_page(client, own_home, "lich-tiep-cong-dan")
    assert response.status_code == 302
    added = StandardPage.objects.child_of(own_home).get(slug="lich-tiep-cong-dan")
    # Saved and sent into the review chain: a site's editors do not publish on their own.
    assert not added.live
    assert added.current_workflow_state is not None
    assert added.current_workflow_state.status == "in_progress"
    # Another site: the portal and the Journal's section.
    for other in (demo_site["vi"], site("tapchi").root_page):
        response = add_standard_page(client, other, "trang-la")
        assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
        assert not StandardPage.objects.child_of(other).filter(slug="trang-la").exists()
        assert client.get(
            reverse("wagtailadmin_pages:add", args=("home", "standardpage", other.pk))
        ).url == reverse("wagtailadmin_home")


def test_a_unit_site_editor_cannot_edit_another_sites_pages(client, demo_site):
    as_user(client, user("web.htqt"))
    own = StandardPage.objects.descendant_of(site("htqt").root_page).first()
    own_url = reverse("wagtailadmin_pages:edit", args=[own.pk])
    assert client.get(own_url).status_code == 200
    # The control: the same complete form, on their own site, is saved (as a draft).
    response = client.post(own_url, standard_page_form(own, title="Sửa hợp lệ"))
    assert response.status_code == 302
    assert Page.objects.get(pk=own.pk).get_latest_revision_as_object().title == "Sửa hợp lệ"
    for other in (
        StandardPage.objects.descendant_of(site("tapchi").root_page).first(),
        StandardPage.objects.descendant_of(demo_site["vi"]).first(),
    ):
        url = reverse("wagtailadmin_pages:edit", args=[other.pk])
        assert client.get(url).url == reverse("wagtailadmin_home")
        before = Page.objects.get(pk=other.pk)
        revisions = before.revisions.count()
        response = client.post(
            url, standard_page_form(other, title="Sửa trái phép", **{"action-publish": "1"})
        )
        assert response.status_code == 302
        assert response.url == reverse("wagtailadmin_home")
        after = Page.objects.get(pk=other.pk)
        assert (after.title, after.draft_title) == (before.title, before.draft_title)
        assert after.revisions.count() == revisions
