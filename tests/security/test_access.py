"""No hidden item is reachable without the right, by any path.

Hidden kinds: a draft never published, an item in review, an item unpublished after being live,
a live item restricted to signed-in users (private), and the unpublished changes of a live item.
Paths: the public URL, the API, feeds, calendars, the sitemap, search, the home page's featured
items; in the admin: preview, revision view and compare, history and page copy by someone of
another unit. Every check also looks for a public control item, so that a broken page cannot
pass for a hidden one.
"""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from events.models import EventPage
from home.models import HomePageFeaturedItem
from news.models import NewsPage
from tests.factories import EventPageFactory, NewsPageFactory
from tests.workflows.conftest import as_user, make_draft, submit

pytestmark = pytest.mark.django_db

PUBLIC = "congkhaimoi"
HIDDEN = {
    "draft": "banthaokin",
    "review": "dangduyetkin",
    "unpublished": "dagokin",
    "private": "noibokin",
    "draft_changes": "suachuaduyetkin",
    "event_private": "sukiennoibokin",
    "event_draft": "sukienbanthaokin",
}


def live_news(chain, title, **kwargs):
    page = NewsPageFactory(
        parent=chain.tree.news_vi,
        locale=chain.tree.vi,
        title=title,
        lead_unit=chain.unit_a,
        themes=[chain.theme],
        **kwargs,
    )
    page.save_revision().publish()
    return Page.objects.get(pk=page.pk).specific


def restrict(page):
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)


@pytest.fixture
def items(client, chain):
    pages = {"public": live_news(chain, f"Tin {PUBLIC}")}
    pages["draft"] = make_draft(chain, chain.people.journalist_a, title=f"Tin {HIDDEN['draft']}")
    pages["review"] = make_draft(chain, chain.people.journalist_a, title=f"Tin {HIDDEN['review']}")
    as_user(client, chain.people.journalist_a)
    submit(client, pages["review"])
    client.logout()
    unpublished = live_news(chain, f"Tin {HIDDEN['unpublished']}")
    unpublished.unpublish()
    pages["unpublished"] = unpublished
    private = live_news(chain, f"Tin {HIDDEN['private']}")
    restrict(private)
    pages["private"] = private
    changed = live_news(chain, "Tin đã đăng, sắp sửa")
    changed.title = f"Tin {HIDDEN['draft_changes']}"
    changed.save_revision(user=chain.people.journalist_a)
    pages["draft_changes"] = Page.objects.get(pk=changed.pk).specific
    start = timezone.now() + datetime.timedelta(days=10)
    event_private = EventPageFactory(
        parent=chain.tree.events_vi,
        locale=chain.tree.vi,
        title=f"Hội nghị {HIDDEN['event_private']}",
        lead_unit=chain.unit_a,
        start=start,
        end=start + datetime.timedelta(hours=4),
    )
    event_private.save_revision().publish()
    restrict(event_private)
    pages["event_private"] = event_private
    pages["event_draft"] = EventPageFactory(
        parent=chain.tree.events_vi,
        locale=chain.tree.vi,
        title=f"Hội nghị {HIDDEN['event_draft']}",
        lead_unit=chain.unit_a,
        start=start,
        end=start + datetime.timedelta(hours=4),
        live=False,
    )
    public_event = EventPageFactory(
        parent=chain.tree.events_vi,
        locale=chain.tree.vi,
        title=f"Hội nghị {PUBLIC}",
        lead_unit=chain.unit_a,
        start=start,
        end=start + datetime.timedelta(hours=4),
    )
    public_event.save_revision().publish()
    pages["public_event"] = public_event
    for name in ("public", "private", "unpublished", "draft"):
        HomePageFeaturedItem.objects.create(home_page=chain.tree.home_vi, page=pages[name])
    return pages


def assert_hidden(body, *, control=True):
    leaked = [kind for kind, marker in HIDDEN.items() if marker in body]
    assert leaked == []
    if control:
        assert PUBLIC in body


@pytest.mark.parametrize(
    "kind", ["draft", "review", "unpublished", "private", "event_private", "event_draft"]
)
def test_public_url_refuses_a_hidden_item(client, items, kind):
    page = items[kind]
    index = "/su-kien/" if kind.startswith("event") else "/tin-tuc/"
    path = f"{index}{page.slug}/"
    assert page.url == path  # the address the item has (or would have) on the site
    response = client.get(path)
    assert HIDDEN[kind] not in response.content.decode()
    if kind.endswith("private"):
        # A private page asks for a sign-in and shows nothing of itself.
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")
    else:
        assert response.status_code == 404
    # The control: a public item of the same kind at the same kind of address is served.
    control = items["public_event" if kind.startswith("event") else "public"]
    shown = client.get(f"{index}{control.slug}/")
    assert shown.status_code == 200
    assert PUBLIC in shown.content.decode()


def test_live_page_shows_its_published_text_not_its_draft(client, items):
    body = client.get(items["draft_changes"].url).content.decode()
    assert "Tin đã đăng, sắp sửa" in body
    assert HIDDEN["draft_changes"] not in body


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/tin-tuc/",
        "/su-kien/",
        "/feeds/news.rss",
        "/feeds/news.atom",
        "/feeds/events.rss",
        "/calendar/events.ics",
        "/sitemap.xml",
        "/api/v2/pages/?fields=title&limit=20",
        "/api/v2/pages/?search=tin&limit=20",
    ],
)
def test_listings_feeds_calendars_sitemap_and_api_leave_hidden_items_out(client, items, path):
    response = client.get(path)
    assert response.status_code == 200
    body = response.content.decode()
    if path == "/sitemap.xml":
        assert_hidden(body, control=False)
        assert items["public"].url in body
        return
    assert_hidden(body)
    if path in ("/su-kien/", "/feeds/events.rss", "/calendar/events.ics"):
        assert items["public_event"].title in body


@pytest.mark.parametrize("kind", ["draft", "review", "unpublished", "private", "event_private"])
def test_search_does_not_find_hidden_items(client, items, kind):
    # The query is repeated on the page: what must be absent is a result, a link to the item.
    response = client.get("/tim-kiem/", {"q": HIDDEN[kind]})
    assert response.status_code == 200
    assert f"{items[kind].slug}/" not in response.content.decode()
    found = client.get("/tim-kiem/", {"q": PUBLIC}).content.decode()
    assert f"{items['public'].slug}/" in found


@pytest.mark.parametrize("kind", ["draft", "review", "unpublished", "private", "event_private"])
def test_api_detail_and_find_refuse_hidden_items(client, items, kind):
    page = items[kind]
    assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404
    found = client.get("/api/v2/pages/find/", {"html_path": f"/tin-tuc/{page.slug}/"})
    assert found.status_code == 404
    assert client.get(f"/api/v2/pages/{items['public'].pk}/").status_code == 200


@pytest.mark.parametrize("kind", ["event_private", "event_draft"])
def test_event_calendar_file_refuses_hidden_events(client, items, kind):
    page = items[kind]
    assert client.get(f"/calendar/event/{page.pk}.ics").status_code == 404
    public = items["public_event"]
    assert client.get(f"/calendar/event/{public.pk}.ics").status_code == 200


# The admin: someone of another unit, and someone signed out.


def admin_paths(page):
    revision = page.get_latest_revision()
    first = page.revisions.order_by("created_at", "pk").first()
    return [
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        reverse("wagtailadmin_pages:view_draft", args=[page.pk]),
        reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk]),
        reverse("wagtailadmin_pages:revisions_view", args=[page.pk, revision.pk]),
        reverse(
            "wagtailadmin_pages:revisions_compare",
            args=[page.pk, first.pk, revision.pk],
        ),
        reverse("wagtailadmin_pages:history", args=[page.pk]),
        reverse("wagtailadmin_pages:copy", args=[page.pk]),
    ]


@pytest.mark.parametrize("kind", ["draft", "review", "draft_changes"])
def test_another_units_journalist_cannot_read_the_item_in_the_admin(client, chain, items, kind):
    page = items[kind]
    as_user(client, chain.people.journalist_b)
    for path in admin_paths(page):
        response = client.get(path)
        body = response.content.decode()
        # Wagtail's admin answers a refusal with a redirect to the dashboard.
        assert (response.status_code, response.get("Location")) == (302, "/admin/"), path
        assert HIDDEN[kind] not in body, path


@pytest.mark.parametrize("kind", ["draft", "review"])
def test_copying_another_units_item_is_refused(client, chain, items, kind):
    page = items[kind]
    as_user(client, chain.people.journalist_b)
    before = NewsPage.objects.count()
    response = client.post(
        reverse("wagtailadmin_pages:copy", args=[page.pk]),
        {
            "new_title": "Bản sao",
            "new_slug": "ban-sao",
            "new_parent_page": chain.tree.news_vi.pk,
            "copy_subpages": "",
            "publish_copies": "",
        },
    )
    # Wagtail's admin answers a refusal with a redirect to the dashboard and a message.
    assert (response.status_code, response.get("Location")) == (302, "/admin/")
    assert NewsPage.objects.count() == before


def test_the_author_can_still_copy_their_own_item(client, chain, items):
    as_user(client, chain.people.journalist_a)
    response = client.get(reverse("wagtailadmin_pages:copy", args=[items["draft"].pk]))
    assert response.status_code == 200


@pytest.mark.parametrize("kind", ["draft", "review"])
def test_signed_out_visitor_is_sent_to_sign_in_for_admin_paths(client, items, kind):
    for path in admin_paths(items[kind]):
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"].startswith("/admin/login/"), path


def test_event_pages_are_counted(items):
    # The fixture builds what the tests above rely on.
    assert EventPage.objects.live().public().filter(title__contains=PUBLIC).count() == 1


def test_documents_in_a_private_collection_need_a_sign_in(client, chain):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model
    from wagtail.models import Collection, CollectionViewRestriction

    Document = get_document_model()
    private = Collection.get_first_root_node().add_child(name="Tài liệu nội bộ")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    secret = Document.objects.create(title="Nội bộ", collection=private)
    secret.file.save("noi-bo.pdf", ContentFile(b"%PDF-1.4 noi bo"), save=True)
    public = Document.objects.create(title="Công khai")
    public.file.save("cong-khai.pdf", ContentFile(b"%PDF-1.4 cong khai"), save=True)

    response = client.get(secret.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert client.get(public.url).status_code == 200
    # The files themselves are never served from /media/ by the application (nginx refuses
    # /media/documents/ too: deploy/).
    assert client.get(f"/media/{secret.file.name}").status_code == 404
    # Nor listed by the API.
    assert "Nội bộ" not in client.get("/api/v2/documents/").content.decode()
