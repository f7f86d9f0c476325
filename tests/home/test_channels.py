"""Items written and approved once on the portal appear on the chosen channels (other sites of
the installation) as aliases of the original, and only there."""

from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import Page, Site, WorkflowState

from events.models import EventIndexPage, EventPage
from home.models import ChannelHomePage
from news.models import NewsIndexPage, NewsPage
from tests.conftest import translate
from tests.factories import EventPageFactory, NewsPageFactory
from tests.workflows.conftest import as_user, edit, make_draft, workflow_action

pytestmark = pytest.mark.django_db


def add_channel(tree, hostname, title_vi, title_en):
    home_vi = Page.get_first_root_node().add_child(
        instance=ChannelHomePage(title=title_vi, slug=hostname.split(".")[0], locale=tree.vi)
    )
    home_en = translate(home_vi, tree.en, title=title_en, slug=hostname.split(".")[0] + "-en")
    news_vi = home_vi.add_child(instance=NewsIndexPage(title="Tin tức", slug="tin-tuc"))
    news_en = translate(news_vi, tree.en, title="News", slug="news")
    events_vi = home_vi.add_child(instance=EventIndexPage(title="Sự kiện", slug="su-kien"))
    events_en = translate(events_vi, tree.en, title="Events", slug="events")
    site = Site.objects.create(hostname=hostname, port=80, root_page=home_vi, site_name=title_vi)
    return SimpleNamespace(
        site=site,
        host=hostname,
        home_vi=home_vi,
        home_en=home_en,
        news_vi=news_vi,
        news_en=news_en,
        events_vi=events_vi,
        events_en=events_en,
    )


@pytest.fixture
def channels(tree):
    return SimpleNamespace(
        portal=Site.objects.get(is_default_site=True),
        journal=add_channel(tree, "tapchi.localhost", "Tạp chí Tổ chức nhà nước", "Journal"),
        icd=add_channel(tree, "htqt.localhost", "Vụ Hợp tác quốc tế", "ICD"),
    )


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def get(client, host, url):
    return client.get(url, HTTP_HOST=host)


def alias_on(index, original):
    return NewsPage.objects.child_of(index).filter(alias_of=original).first()


@pytest.fixture
def item_on_two_channels(client, chain, channels):
    """A news item chosen for the Journal and the ICD site, through one approval chain."""
    people = chain.people
    page = make_draft(chain, people.journalist_a, title="Hội nghị ACCSM lần thứ 23")
    as_user(client, people.journalist_a)
    channel_ids = [str(channels.journal.site.pk), str(channels.icd.site.pk)]
    edit(client, page, channels=channel_ids, **{"action-submit": "1"})
    as_user(client, people.head_a)
    workflow_action(client, page, "approve")
    as_user(client, people.board)
    workflow_action(client, page, "approve")
    as_user(client, None)
    return NewsPage.objects.get(pk=page.pk)


def test_one_approval_publishes_on_both_channels_with_canonical_to_original(
    client, channels, item_on_two_channels
):
    page = item_on_two_channels
    assert page.live
    assert set(page.channels.all()) == {channels.journal.site, channels.icd.site}
    original_url = page.get_full_url()
    assert original_url == f"http://testserver/tin-tuc/{page.slug}/"
    for channel in (channels.journal, channels.icd):
        alias = alias_on(channel.news_vi, page)
        assert alias is not None and alias.live
        assert alias.url_path.startswith(channel.news_vi.url_path)
        response = get(client, channel.host, f"/tin-tuc/{page.slug}/")
        assert response.status_code == 200
        html = soup(response)
        assert html.find("h1").get_text(strip=True) == "Hội nghị ACCSM lần thứ 23"
        assert html.find("link", rel="canonical")["href"] == original_url
        assert html.find("meta", property="og:url")["content"] == original_url
    # The original keeps its own canonical address; no alias entered the workflow.
    original = soup(client.get(page.url))
    assert original.find("link", rel="canonical")["href"] == original_url
    alias_ids = [str(pk) for pk in Page.objects.filter(alias_of=page).values_list("pk", flat=True)]
    assert len(alias_ids) == 2
    assert not WorkflowState.objects.filter(object_id__in=alias_ids).exists()


def test_editing_the_original_changes_every_channel(client, channels, item_on_two_channels):
    page = item_on_two_channels
    page.title = "Hội nghị ACCSM lần thứ 23 tại Hà Nội"
    page.save_revision().publish()
    for channel in (channels.journal, channels.icd):
        html = soup(get(client, channel.host, f"/tin-tuc/{page.slug}/"))
        assert html.find("h1").get_text(strip=True) == "Hội nghị ACCSM lần thứ 23 tại Hà Nội"


def test_unpublishing_the_original_removes_it_from_every_channel(
    client, channels, item_on_two_channels
):
    page = item_on_two_channels
    page.unpublish()
    for channel in (channels.journal, channels.icd):
        assert get(client, channel.host, f"/tin-tuc/{page.slug}/").status_code == 404
        listing = get(client, channel.host, "/tin-tuc/").content.decode()
        assert page.title not in listing
    assert client.get(f"/tin-tuc/{page.slug}/").status_code == 404


def test_deleting_the_original_deletes_its_aliases(channels, item_on_two_channels):
    page = item_on_two_channels
    alias_ids = list(Page.objects.filter(alias_of=page).values_list("pk", flat=True))
    assert len(alias_ids) == 2
    page.delete()
    assert not Page.objects.filter(pk__in=alias_ids).exists()


def test_a_channel_no_longer_chosen_loses_the_item(client, channels, item_on_two_channels):
    page = item_on_two_channels
    page.channels.set([channels.icd.site])
    page.save_revision().publish()
    assert alias_on(channels.journal.news_vi, page) is None
    assert get(client, channels.journal.host, f"/tin-tuc/{page.slug}/").status_code == 404
    assert get(client, channels.icd.host, f"/tin-tuc/{page.slug}/").status_code == 200


def test_english_translation_appears_on_the_english_channel(
    client, tree, channels, item_on_two_channels
):
    page = item_on_two_channels
    english = translate(page, tree.en, title="23rd ACCSM meeting", slug="23rd-accsm-meeting")
    alias = alias_on(channels.icd.news_en, english)
    assert alias is not None and alias.live
    response = get(client, channels.icd.host, "/en/news/23rd-accsm-meeting/")
    assert response.status_code == 200
    html = soup(response)
    assert html.find("link", rel="canonical")["href"] == english.get_full_url()
    # The two aliases on the ICD site are each other's translations: the language switch links.
    vi_alias = alias_on(channels.icd.news_vi, page)
    assert alias.translation_key == vi_alias.translation_key
    assert html.select_one(".language-switcher a[hreflang=vi]")["href"] == f"/tin-tuc/{page.slug}/"
    # Search engines get the language alternates from the original only.
    assert html.find("link", rel="alternate", hreflang="vi") is None
    original = soup(client.get(english.url))
    assert original.find("link", rel="alternate", hreflang="vi")["href"] == page.get_full_url()


def test_item_not_chosen_is_absent_from_the_channels_listings_feeds_sitemap_and_search(
    client, tree, channels, item_on_two_channels
):
    chain_item = item_on_two_channels
    portal_only = NewsPageFactory(
        parent=tree.news_vi,
        locale=tree.vi,
        title="Tập huấn nội bộ của Cổng",
        summary="Chỉ trên Cổng.",
        lead_unit=chain_item.lead_unit,
        themes=list(chain_item.themes.all()),
    )
    portal_only.save_revision().publish()
    icd_only = NewsPageFactory(
        parent=tree.news_vi,
        locale=tree.vi,
        title="Đoàn công tác của Vụ Hợp tác quốc tế",
        summary="Cổng và trang Vụ.",
        lead_unit=chain_item.lead_unit,
        themes=list(chain_item.themes.all()),
    )
    icd_only.channels.set([channels.icd.site])
    icd_only.save_revision().publish()

    def seen(host, url):
        return get(client, host, url).content.decode()

    for host, present, absent in (
        ("tapchi.localhost", [chain_item], [portal_only, icd_only]),
        ("htqt.localhost", [chain_item, icd_only], [portal_only]),
        ("testserver", [chain_item, portal_only, icd_only], []),
    ):
        pages = {
            "listing": seen(host, "/tin-tuc/"),
            "home": seen(host, "/"),
            "rss": seen(host, "/feeds/news.rss"),
            "atom": seen(host, "/feeds/news.atom"),
            "search": seen(host, "/tim-kiem/?q=" + "cua"),
        }
        for item in present:
            for name in ("listing", "home", "rss", "atom"):
                assert item.title in pages[name], (host, name, item.title)
        for item in absent:
            for name, text in pages.items():
                assert item.title not in text, (host, name, item.title)
        sitemap = seen(host, "/sitemap.xml")
        for item in absent:
            assert f"/{item.slug}/" not in sitemap, (host, item.title)

    # A channel's search finds the items shown on it and only those.
    assert "Đoàn công tác" in seen("htqt.localhost", "/tim-kiem/?q=doan+cong+tac")
    assert "Đoàn công tác" not in seen("tapchi.localhost", "/tim-kiem/?q=doan+cong+tac")
    # The sitemap lists canonical addresses: the original on the portal, no alias elsewhere.
    assert f"http://testserver/tin-tuc/{icd_only.slug}/" in seen("testserver", "/sitemap.xml")
    assert f"/{icd_only.slug}/" not in seen("htqt.localhost", "/sitemap.xml")
    assert "http://htqt.localhost/" in seen("htqt.localhost", "/sitemap.xml")


def test_event_calendar_and_feed_are_per_site(client, tree, channels, chain):
    event = EventPageFactory(
        parent=tree.events_vi,
        locale=tree.vi,
        title="Hội thảo chuyên đề ACCSM",
        lead_unit=chain.unit_b,
    )
    event.channels.set([channels.icd.site])
    event.save_revision().publish()
    alias = EventPage.objects.child_of(channels.icd.events_vi).get(alias_of=event)
    assert alias.live
    for host, shown in (
        ("htqt.localhost", True),
        ("tapchi.localhost", False),
        ("testserver", True),
    ):
        ics = get(client, host, reverse("calendar_all")).content.decode()
        rss = get(client, host, reverse("feed_events_rss")).content.decode()
        listing = get(client, host, "/su-kien/").content.decode()
        assert ("Hội thảo chuyên đề ACCSM" in ics) is shown, host
        assert ("Hội thảo chuyên đề ACCSM" in rss) is shown, host
        assert ("Hội thảo chuyên đề ACCSM" in listing) is shown, host
    # "Add to calendar" of the portal's event is not served by another site.
    url = reverse("calendar_event", args=[event.pk])
    assert get(client, "tapchi.localhost", url).status_code == 404
    assert get(client, "testserver", url).status_code == 200


def test_reporters_get_one_alert_per_item_not_one_per_channel(
    tree, channels, chain, django_capture_on_commit_callbacks, mailoutbox
):
    from django.utils import timezone

    from press.models import AlertDelivery, AlertSubscription

    subscription = AlertSubscription.objects.create(
        email="phongvien@example.org",
        language="vi",
        consent_at=timezone.now(),
        confirmed_at=timezone.now(),
    )
    subscription.themes.set([chain.theme])
    page = NewsPageFactory(
        parent=tree.news_vi,
        locale=tree.vi,
        title="Tin trên ba trang",
        lead_unit=chain.unit_a,
        themes=[chain.theme],
        live=False,
    )
    page.channels.set([channels.journal.site, channels.icd.site])
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert Page.objects.filter(alias_of=page, live=True).count() == 2
    assert list(AlertDelivery.objects.values_list("page_id", flat=True)) == [page.pk]
    assert len(mailoutbox) == 1
