"""The caches that make uncached pages cheap (page_cache/routing.py, home/listings.py) never serve a
page, a count or a list older than the last publication: each test fills them, changes the
content as editors do, and reads the page again with a new query string (a page-cache miss)."""

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from wagtail.models import PageViewRestriction

from home.models import StandardPage
from tests.factories import ThemeFactory, UnitFactory
from tests.home.test_page_cache import publish_news

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def caches_on(settings):
    settings.PAGE_CACHE_SECONDS = 300
    settings.PORTAL_PAGE_SIZE = 2


@pytest.fixture
def about(tree):
    page = StandardPage(title="Giới thiệu", slug="gioi-thieu", locale=tree.vi, live=False)
    tree.home_vi.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_unpublished_fixed_page_is_gone_at_once(client, about):
    assert client.get("/gioi-thieu/?a=1").status_code == 200
    about.refresh_from_db()
    about.unpublish()
    assert client.get("/gioi-thieu/?a=2").status_code == 404


def test_private_fixed_page_asks_to_sign_in_at_once(client, about):
    assert client.get("/gioi-thieu/?a=1").status_code == 200
    PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.LOGIN)
    response = client.get("/gioi-thieu/?a=2")
    assert response.status_code == 302
    assert "Giới thiệu" not in response.content.decode()


def test_renamed_fixed_page_moves_at_once(client, about):
    assert client.get("/gioi-thieu/?a=1").status_code == 200
    about.refresh_from_db()
    about.slug = "ve-chung-toi"
    about.save_revision().publish()
    assert client.get("/gioi-thieu/?a=2").status_code == 404
    assert client.get("/ve-chung-toi/?a=3").status_code == 200


def test_index_count_and_years_follow_publications(client, tree):
    theme, unit = ThemeFactory(), UnitFactory()
    old = publish_news(tree, "Tin năm trước", 400, theme, unit)
    publish_news(tree, "Tin hai", 1, theme, unit)

    def page(query):
        html = BeautifulSoup(client.get(f"/tin-tuc/?{query}").content.decode(), "html.parser")
        years = [o["value"] for o in html.select("select[name=year] option") if o["value"]]
        return html.get_text(), years

    now, before = timezone.now().year, old.publication_date.year
    text, years = page("a=1")
    assert years == sorted({str(now), str(before)}, reverse=True)
    assert "Tin năm trước" in text  # two items, two a page: one page, kept counted
    publish_news(tree, "Tin ba", 0, theme, unit)
    # Three items, two a page: page 2 holds the oldest, which a kept count of 2 would hide.
    text, _years = page("page=2&a=2")
    assert "Tin năm trước" in text
    old.refresh_from_db()
    old.unpublish()
    text, years = page("page=2&a=3")
    assert "Tin năm trước" not in text
    assert years == [str(now)]


def test_home_lists_a_new_item_at_once(client, tree):
    theme, unit = ThemeFactory(), UnitFactory()
    publish_news(tree, "Tin đầu", 1, theme, unit)
    assert "Thông cáo báo chí số 7" not in client.get("/?a=1").content.decode()
    item = publish_news(tree, "Thông cáo báo chí số 7", 0, theme, unit)
    assert "Thông cáo báo chí số 7" in client.get("/?a=2").content.decode()
    item.refresh_from_db()
    item.unpublish()
    assert "Thông cáo báo chí số 7" not in client.get("/?a=3").content.decode()


def test_kept_home_lists_carry_their_images_renditions(client, tree, monkeypatch):
    """A list kept in the cache is unpickled with the renditions its images held when it was
    built: they must be there, or every request would generate each card's image file again."""
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    theme, unit = ThemeFactory(), UnitFactory()
    for n in range(3):
        image = get_image_model().objects.create(
            title=f"Ảnh {n}", file=get_test_image_file(filename=f"anh-{n}.png")
        )
        publish_news(
            tree, f"Tin có ảnh {n}", n, theme, unit, main_image=image, main_image_alt="Ảnh"
        )

    generated = []
    original = get_image_model().generate_rendition_file

    def counting(self, *args, **kwargs):
        generated.append(self.pk)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(get_image_model(), "generate_rendition_file", counting)
    assert client.get("/?a=1").status_code == 200  # builds and keeps the lists
    built = len(generated)
    assert client.get("/?a=2").status_code == 200
    assert client.get("/?a=3").status_code == 200
    assert len(generated) == built


def restriction_queries(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def is_a_check(sql):
        # Wagtail's check (the ancestors, then their restrictions) and ``is_public``'s query;
        # the routing query's annotation of the related event's privacy is not one.
        return sql.startswith(
            (
                'SELECT "wagtailcore_pageviewrestriction"',
                'SELECT "wagtailcore_page"."id", "wagtailcore_page"."alias_of_id" FROM',
            )
        ) or (sql.startswith("SELECT 1 AS") and "wagtailcore_pageviewrestriction" in sql)

    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    return response, [q["sql"] for q in captured if is_a_check(q["sql"])]


def test_kept_map_of_restrictions_follows_every_change(client, tree):
    """Wagtail's view-restriction check and the page cache's are answered from the map of
    restricted pages (no query for a public page); a restriction set on an ancestor, changed
    or removed takes effect at the next request, like the restriction's own page."""
    from django.contrib.auth.models import Group

    theme, unit = ThemeFactory(), UnitFactory()
    item = publish_news(tree, "Tin nội bộ", 0, theme, unit)
    url = item.url
    assert client.get(f"{url}?a=0").status_code == 200
    response, queries = restriction_queries(client, f"{url}?a=1")
    assert response.status_code == 200 and queries == []

    # On the news index, an ancestor of the item: the item asks for a sign-in at once.
    restriction = PageViewRestriction.objects.create(
        page=tree.news_vi, restriction_type=PageViewRestriction.LOGIN
    )
    response, queries = restriction_queries(client, f"{url}?a=2")
    assert response.status_code == 302 and "Tin nội bộ" not in response.content.decode()
    assert len(queries) == 1  # the restriction itself, to judge the request
    # Changed to a group the reader is not in: still refused.
    restriction.restriction_type = PageViewRestriction.GROUPS
    restriction.save()
    restriction.groups.set([Group.objects.create(name="Ban biên tập nội bộ")])
    assert client.get(f"{url}?a=3").status_code == 302
    restriction.delete()
    assert client.get(f"{url}?a=4").status_code == 200


def test_a_moved_item_follows_the_restrictions_of_its_new_place(client, tree):
    theme, unit = ThemeFactory(), UnitFactory()
    private = StandardPage(title="Nội bộ", slug="noi-bo", locale=tree.vi, live=False)
    tree.home_vi.add_child(instance=private)
    private.save_revision().publish()
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    item = publish_news(tree, "Tin chuyển", 0, theme, unit)
    assert client.get(f"{item.url}?a=1").status_code == 200
    below = publish_news(tree, "Tin ở lại", 1, theme, unit)
    assert client.get(f"{below.url}?a=1").status_code == 200
    tree.news_vi.refresh_from_db()
    # The whole news index moves under the private page: every item asks for a sign-in.
    tree.news_vi.move(private, pos="last-child")
    item.refresh_from_db()
    assert client.get(f"{item.url}?a=2").status_code == 302


def kept_fragment_keys():
    from home.versions import get_cache

    return [key for key in get_cache()._cache if ":kf:" in key]


def test_kept_article_follows_the_page_its_snippets_and_new_related_items(client, tree):
    """The rendered head and article of an item are kept for anonymous readers under another
    query string; a publication of the item, a change of a snippet it shows and a new related
    item all show at the next request."""
    theme, unit = ThemeFactory(name="Văn hóa - Xã hội"), UnitFactory()
    item = publish_news(tree, "Hội thảo ASEAN", 1, theme, unit)
    assert "Hội thảo ASEAN" in client.get(f"{item.url}?a=1").content.decode()
    assert kept_fragment_keys()

    item.refresh_from_db()
    item.title = "Hội thảo ASEAN về công vụ"
    item.save_revision().publish()
    assert "Hội thảo ASEAN về công vụ" in client.get(f"{item.url}?a=2").content.decode()

    theme.name = "Văn hóa và Xã hội"
    theme.save()
    assert "Văn hóa và Xã hội" in client.get(f"{item.url}?a=3").content.decode()

    publish_news(tree, "Tin liên quan mới", 0, theme, unit)
    assert "Tin liên quan mới" in client.get(f"{item.url}?a=4").content.decode()


def test_nothing_is_kept_for_signed_in_readers_nor_private_pages(client, tree, django_user_model):
    theme, unit = ThemeFactory(), UnitFactory()
    item = publish_news(tree, "Tin công khai", 1, theme, unit)
    client.force_login(django_user_model.objects.create_user("reader", password="x"))
    assert client.get(f"{item.url}?a=1").status_code == 200
    assert kept_fragment_keys() == []
    client.logout()
    PageViewRestriction.objects.create(page=item, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(f"{item.url}?a=2").status_code == 302
    client.force_login(django_user_model.objects.get(username="reader"))
    assert client.get(f"{item.url}?a=3").status_code == 200
    assert kept_fragment_keys() == []
