"""The anonymous page cache: what it keeps, what it never keeps, and that no cached page survives
a publication that changes it or a listing that shows it (page_cache/cache.py,
page_cache/purge.py)."""

import datetime
from unittest import mock

import feedparser
import pytest
from django.core.management import call_command
from django.test import RequestFactory
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from events.models import EventPage
from home.models import PressPage
from news.models import NewsPage
from page_cache.cache import PageCacheMiddleware
from press.models import FeedbackFormField, FeedbackFormPage
from tests.conftest import translate
from tests.factories import EventPageFactory, ThemeFactory, UnitFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 300
    settings.PORTAL_PAGE_SIZE = 2


@pytest.fixture
def theme(tree):
    return ThemeFactory(name="Bản sắc ASEAN", slug="ban-sac")


@pytest.fixture
def unit(tree):
    return UnitFactory(name="Vụ Hợp tác quốc tế", code="htqt")


def publish_news(tree, title, days_ago, theme, unit, **fields):
    """A news item published through a revision, as the review chain does."""
    page = NewsPage(
        title=title,
        summary=f"Tóm tắt: {title}",
        locale=tree.vi,
        lead_unit=unit,
        publication_date=timezone.now() - datetime.timedelta(days=days_ago),
        live=False,
        **fields,
    )
    tree.news_vi.add_child(instance=page)
    page.themes.set([theme])
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response


def cached(client, url):
    """Fetch ``url`` twice and check that the second answer came from the cache."""
    get(client, url)
    response = get(client, url)
    assert response["X-Page-Cache"] == "hit", url
    return response


def text(response):
    return response.content.decode()


@pytest.fixture
def news(tree, theme, unit):
    return [
        publish_news(tree, f"Tin cũ {n}", days_ago=10 + n, theme=theme, unit=unit) for n in range(3)
    ]


def test_anonymous_pages_are_served_from_the_cache(client, tree, news):
    first = get(client, news[0].url)
    assert first["X-Page-Cache"] == "miss"
    second = get(client, news[0].url)
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    # Each language, query string and path has its own entry.
    assert get(client, news[0].url + "?utm_source=x")["X-Page-Cache"] == "miss"
    assert get(client, "/tin-tuc/?page=2")["X-Page-Cache"] == "miss"


def test_no_cached_page_survives_the_publication_of_a_change(client, tree, news, theme, unit):
    """Every page and listing that shows an item, in both languages, after a change to it."""
    item = news[0]  # the newest: first on the home page, the index and the feeds
    oldest = news[2]  # on page 2 of the index
    en_item = translate(item, tree.en, title="Old news in English", slug="old-news")
    urls = [
        item.url,
        item.url + "?utm_source=newsletter",
        en_item.url,
        "/",
        "/en/",
        "/tin-tuc/",
        "/tin-tuc/?page=2",
        "/tin-tuc/?theme=ban-sac",
        "/feeds/news.rss",
        "/feeds/themes/ban-sac.rss",
        "/feeds/units/htqt.atom",
        "/sitemap.xml",
        "/tim-kiem/?q=tin",
    ]
    before = {url: text(cached(client, url)) for url in urls}
    assert "Tin cũ 0" in before["/tin-tuc/"]
    assert "Tin cũ 2" in before["/tin-tuc/?page=2"]

    # A change to the item: a new title and a new slug, published.
    old_url = item.url
    item.title = "Tin đã sửa"
    item.slug = "tin-da-sua"
    item.save_revision().publish()

    after = {url: get(client, url) for url in urls if not url.startswith(old_url)}
    for url, response in after.items():
        assert response["X-Page-Cache"] == "miss", url
    assert get(client, "/tin-tuc/tin-da-sua/").status_code == 200
    assert "Tin đã sửa" in text(get(client, "/tin-tuc/tin-da-sua/"))
    # The old address is gone: a stale copy from the cache would answer 200.
    for address in (old_url, old_url + "?utm_source=newsletter"):
        gone = client.get(address)
        assert gone.status_code == 404
        assert gone.get("X-Page-Cache") != "hit"
    assert "Tin đã sửa" in text(after["/"])
    assert "Tin đã sửa" in text(after["/tin-tuc/"])
    assert "Tin đã sửa" in text(after["/tin-tuc/?theme=ban-sac"])
    assert "/tin-tuc/tin-da-sua/" in text(after["/sitemap.xml"])
    titles = [entry.title for entry in feedparser.parse(after["/feeds/news.rss"].content).entries]
    assert "Tin đã sửa" in titles
    # The English twin links to the Vietnamese page at its new address.
    assert 'hreflang="vi" href="http://testserver/tin-tuc/tin-da-sua/"' in text(after[en_item.url])
    # A newer item pushes "Tin cũ 1" from page 1 to page 2 of the index (2 items a page).
    assert "Tin cũ 1" not in text(after["/tin-tuc/?page=2"])
    publish_news(tree, "Tin mới nhất", days_ago=1, theme=theme, unit=unit)
    page_2 = text(get(client, "/tin-tuc/?page=2"))
    assert "Tin cũ 1" in page_2 and oldest.title in page_2
    assert "Tin mới nhất" in text(get(client, "/"))
    assert "Tin mới nhất" in text(get(client, "/feeds/themes/ban-sac.rss"))


def test_unpublishing_and_deleting_remove_the_page_everywhere(client, tree, news):
    item, other = news[0], news[1]
    for url in [item.url, other.url, "/", "/tin-tuc/", "/feeds/news.atom", "/sitemap.xml"]:
        cached(client, url)
    item.unpublish()
    assert client.get(item.url).status_code == 404
    for url in ["/", "/tin-tuc/", "/feeds/news.atom", "/sitemap.xml"]:
        assert item.title not in text(get(client, url)), url
    other_url = other.url
    Page.objects.get(pk=other.pk).delete()
    assert client.get(other_url).status_code == 404
    assert other.title not in text(get(client, "/tin-tuc/"))


def test_scheduled_go_live_purges_the_listings(client, tree, news, theme, unit):
    cached(client, "/")
    cached(client, "/feeds/news.rss")
    page = NewsPage(
        title="Tin hẹn giờ",
        summary="Đăng theo lịch.",
        locale=tree.vi,
        lead_unit=unit,
        publication_date=timezone.now(),
        live=False,
    )
    tree.news_vi.add_child(instance=page)
    page.themes.set([theme])
    page.save_revision(approved_go_live_at=timezone.now() + datetime.timedelta(hours=1))
    assert "Tin hẹn giờ" not in text(get(client, "/"))
    import time_machine

    with time_machine.travel(timezone.now() + datetime.timedelta(hours=2)):
        call_command("publish_scheduled")
        assert "Tin hẹn giờ" in text(get(client, "/"))
        assert "Tin hẹn giờ" in text(get(client, "/feeds/news.rss"))


def test_event_change_purges_calendars_and_related_news(client, tree, news):
    start = timezone.now() + datetime.timedelta(days=5)
    event = EventPageFactory(
        parent=tree.events_vi,
        locale=tree.vi,
        title="Hội nghị ACCSM",
        start=start,
        end=start + datetime.timedelta(hours=4),
    )
    item = news[1]
    item.related_event = event
    item.save_revision().publish()
    urls = [item.url, "/su-kien/", "/calendar/events.ics", "/feeds/events.rss"]
    for url in urls:
        assert "Hội nghị ACCSM" in text(cached(client, url)), url
    event.title = "Hội nghị người đứng đầu ACCSM"
    event.save_revision().publish()
    for url in urls:
        assert "Hội nghị người đứng đầu ACCSM" in text(get(client, url)), url
    # The calendar grid is a sub-route of the events index page.
    grid = f"/su-kien/calendar/{start.year}/{start.month}/"
    cached(client, grid)
    event.unpublish()
    assert "ACCSM" not in text(get(client, grid))
    assert "ACCSM" not in text(get(client, item.url))


def test_snippet_and_settings_changes_purge_every_page(client, tree, news, theme):
    from home.models import PortalSettings

    cached(client, news[0].url)
    cached(client, "/")
    theme.name = "Bản sắc và nhận thức ASEAN"
    theme.save()
    assert "Bản sắc và nhận thức ASEAN" in text(get(client, news[0].url))
    cached(client, "/")
    site = tree.home_vi.get_site()
    PortalSettings.objects.update_or_create(site=site, defaults={"contact_phone": "024 1234 5678"})
    assert "024 1234 5678" in text(get(client, "/"))


def test_menu_pages_purge_every_page(client, tree, news):
    from home.models import StandardPage

    cached(client, news[0].url)
    about = StandardPage(title="Giới thiệu", slug="gioi-thieu", locale=tree.vi, show_in_menus=True)
    tree.home_vi.add_child(instance=about)
    about.save_revision().publish()
    assert 'href="/gioi-thieu/"' in text(get(client, news[0].url))


def test_moving_a_page_purges_its_old_address(client, tree, news):
    from home.models import StandardPage

    about = StandardPage(title="Giới thiệu", slug="gioi-thieu", locale=tree.vi)
    tree.home_vi.add_child(instance=about)
    contact = StandardPage(title="Liên hệ", slug="lien-he", locale=tree.vi)
    tree.home_vi.add_child(instance=contact)
    cached(client, "/lien-he/")
    Page.objects.get(pk=contact.pk).move(about, pos="last-child")
    assert client.get("/lien-he/").status_code == 301  # Wagtail's automatic redirect
    assert "Liên hệ" in text(get(client, "/gioi-thieu/lien-he/"))


# What is never cached ----------------------------------------------------------------------


def test_signed_in_readers_never_get_or_fill_the_cache(client, tree, news, admin_user):
    cached(client, news[0].url)
    client.force_login(admin_user)
    response = get(client, news[0].url)
    assert "X-Page-Cache" not in response
    assert "userbar" in text(response)  # the editor's own view, not the anonymous copy
    client.logout()
    assert "userbar" not in text(get(client, news[0].url))


def test_previews_are_never_cached(client, tree, news, admin_user):
    item = news[0]
    cached(client, item.url)
    item.title = "Bản nháp chưa duyệt"
    item.save_revision()
    client.force_login(admin_user)
    preview = client.get(f"/admin/pages/{item.pk}/view_draft/")
    assert "Bản nháp chưa duyệt" in text(preview)
    client.logout()
    response = get(client, item.url)
    assert "Bản nháp chưa duyệt" not in text(response)
    assert response["X-Page-Cache"] == "hit"


def test_private_pages_are_never_cached(client, tree, news, django_user_model):
    item = news[0]
    PageViewRestriction.objects.create(page=item, restriction_type=PageViewRestriction.LOGIN)
    for _ in range(2):
        response = client.get(item.url)
        assert response.status_code == 302
        assert "X-Page-Cache" not in response
    # Even when the restriction check lets the request through, the page cache refuses it.
    factory = RequestFactory()
    request = factory.get(item.url)
    from django.contrib.sessions.backends.cache import SessionStore

    request.session = SessionStore()
    request.COOKIES = {}

    def serve(req):
        from page_cache.cache import mark_page

        mark_page(req, Page.objects.get(pk=item.pk).specific)
        from django.http import HttpResponse

        return HttpResponse("secret")

    middleware = PageCacheMiddleware(serve)
    assert "X-Page-Cache" not in middleware(request)
    assert "X-Page-Cache" not in middleware(factory.get(item.url))


def test_responses_with_cookies_or_csrf_are_never_cached(client, tree):
    press = tree.home_vi.add_child(
        instance=PressPage(title="Báo chí", slug="bao-chi", locale=tree.vi)
    )
    form_page = FeedbackFormPage(
        title="Phản hồi", slug="phan-hoi", locale=tree.vi, consent_text="Tôi đồng ý."
    )
    form_page.form_fields = [
        FeedbackFormField(label="Nội dung", field_type="multiline", required=True)
    ]
    press.add_child(instance=form_page)
    for _ in range(2):
        response = get(client, form_page.url)
        assert "csrfmiddlewaretoken" in text(response)
        assert "X-Page-Cache" not in response

    from django.http import HttpResponse

    def sets_cookie(request):
        response = HttpResponse("hello")
        response.set_cookie("seen", "1")
        return response

    middleware = PageCacheMiddleware(sets_cookie)
    factory = RequestFactory()
    for _ in range(2):
        assert "X-Page-Cache" not in middleware(factory.get("/bat-ky/"))


def test_the_cache_can_be_turned_off(client, tree, news, settings):
    settings.PAGE_CACHE_SECONDS = 0
    get(client, news[0].url)
    assert "X-Page-Cache" not in get(client, news[0].url)


# The same purge reaches the reverse proxy --------------------------------------------------


def test_purge_urls_reach_the_proxy_through_frontend_cache(client, tree, news, settings):
    settings.WAGTAILFRONTENDCACHE = {
        "pagecache": {"BACKEND": "page_cache.cache.PageCacheBackend"},
        "proxy0": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://127.0.0.1:18999",
        },
    }
    item = news[0]
    en_item = translate(item, tree.en, title="In English", slug="in-english")
    with mock.patch("wagtail.contrib.frontend_cache.backends.http.urlopen") as urlopen:
        item.title = "Tin đã sửa"
        item.save_revision().publish()
    purged = {call.args[0].full_url for call in urlopen.call_args_list}
    assert {call.args[0].get_method() for call in urlopen.call_args_list} == {"PURGE"}
    expected = {
        "http://127.0.0.1:18999" + path
        for path in [
            item.url,
            en_item.url,
            "/",
            "/en/",
            "/tin-tuc/",
            "/en/news/",
            "/feeds/news.rss",
            "/en/feeds/news.rss",
            "/feeds/themes/ban-sac.rss",
            "/feeds/units/htqt.rss",
            "/calendar/events.ics",
            "/sitemap.xml",
        ]
    }
    assert expected <= purged
    assert all(call.args[0].headers["Host"] == "testserver" for call in urlopen.call_args_list)


def test_aliases_are_purged_with_their_source(client, tree, news):
    item = news[0]
    alias = item.create_alias(parent=tree.home_vi, update_slug="ban-sao-tin")
    # An alias in the vi tree (as on another site's channel) shows the source's content.
    assert "Tin cũ 0" in text(cached(client, alias.url))
    item.title = "Tin đã sửa"
    item.save_revision().publish()
    assert "Tin đã sửa" in text(get(client, Page.objects.get(pk=alias.pk).url))


def test_event_pages_are_cached_too(client, tree):
    event = EventPageFactory(parent=tree.events_vi, locale=tree.vi, title="Hội thảo")
    assert EventPage.objects.filter(pk=event.pk).exists()
    assert "Hội thảo" in text(cached(client, event.url))
