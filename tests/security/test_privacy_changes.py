"""A privacy change, however it is made, reaches the page's aliases and the caches
(home/signal_handlers.py, home/visibility.py, page_cache/purge.py)."""

from unittest import mock
from urllib.parse import urlsplit

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction

from home.models import StandardPage
from home.visibility import is_public
from tests.factories import NewsPageFactory, ThemeFactory, UnitFactory
from tests.home.test_channels import add_channel

pytestmark = pytest.mark.django_db

PROXY = "http://127.0.0.1:18999"


@pytest.fixture
def proxy(settings):
    settings.WAGTAILFRONTENDCACHE = {
        "pagecache": {"BACKEND": "page_cache.cache.PageCacheBackend"},
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": PROXY,
        },
    }
    with mock.patch("wagtail.contrib.frontend_cache.backends.http.urlopen") as urlopen:
        yield urlopen


def purged(urlopen):
    return {
        (call.args[0].headers["Host"], urlsplit(call.args[0].full_url).path)
        for call in urlopen.call_args_list
    }


def restrictions(page):
    return sorted(
        (r.restriction_type, sorted(g.name for g in r.groups.all()))
        for r in PageViewRestriction.objects.filter(page=page)
    )


def test_aliases_follow_every_change_of_their_originals_restrictions(tree):
    channel = add_channel(tree, "htqt.localhost", "Vụ Hợp tác quốc tế", "ICD")
    item = NewsPageFactory(
        parent=tree.news_vi, locale=tree.vi, lead_unit=UnitFactory(), live=False,
        themes=[ThemeFactory()],
    )  # fmt: skip
    item.channels.set([channel.site])
    item.save_revision().publish()
    alias = Page.objects.get(alias_of=item)
    assert is_public(alias)
    press, board = Group.objects.create(name="Báo chí"), Group.objects.create(name="Ban Biên tập")

    restriction = PageViewRestriction.objects.create(
        page=item, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([press])
    assert restrictions(alias) == [("groups", ["Báo chí"])]
    restriction.groups.add(board)
    assert restrictions(alias) == [("groups", ["Ban Biên tập", "Báo chí"])]
    restriction.restriction_type = PageViewRestriction.LOGIN
    restriction.save()
    restriction.groups.clear()
    assert restrictions(alias) == [("login", [])]
    assert not is_public(alias)
    restriction.delete()
    assert restrictions(alias) == []
    assert is_public(alias)


def test_the_rule_looks_through_an_alias_to_its_original_and_its_ancestors(tree):
    channel = add_channel(tree, "htqt.localhost", "Vụ Hợp tác quốc tế", "ICD")
    item = NewsPageFactory(
        parent=tree.news_vi, locale=tree.vi, lead_unit=UnitFactory(), themes=[ThemeFactory()]
    )
    alias = item.create_alias(parent=channel.news_vi, update_slug="ban-sao")
    assert is_public(alias)
    # A restriction on the original's section, not on the original: Wagtail's public() still
    # counts the alias as public (it is under another site's tree).
    PageViewRestriction.objects.create(page=tree.news_vi, restriction_type="login")
    assert Page.objects.filter(pk=alias.pk).public().exists()
    assert not is_public(alias)
    PageViewRestriction.objects.filter(page=tree.news_vi).delete()
    assert is_public(alias)
    Page.objects.filter(pk=item.pk).update(live=False)
    assert not is_public(alias)


def test_a_private_section_purges_its_pages_listings_and_feeds(tree, proxy):
    item = NewsPageFactory(
        parent=tree.news_vi, locale=tree.vi, lead_unit=UnitFactory(code="htqt"),
        themes=[ThemeFactory(slug="ban-sac")],
    )  # fmt: skip
    proxy.reset_mock()
    PageViewRestriction.objects.create(page=tree.news_vi, restriction_type="login")
    assert {
        ("testserver", "/"),
        ("testserver", "/tin-tuc/"),
        ("testserver", item.url),
        ("testserver", "/feeds/news.rss"),
        ("testserver", "/feeds/units/htqt.rss"),
        ("testserver", "/feeds/themes/ban-sac.atom"),
        ("testserver", "/en/feeds/news.atom"),
        ("testserver", "/sitemap.xml"),
    } <= purged(proxy)


def test_a_private_collection_purges_its_documents(tree, proxy):
    root = Collection.get_first_root_node()
    internal = root.add_child(instance=Collection(name="Nội bộ"))
    document = get_document_model().objects.create(
        title="Báo cáo", collection=internal, file=ContentFile(b"%PDF-1.4", name="bao-cao.pdf")
    )
    proxy.reset_mock()
    CollectionViewRestriction.objects.create(collection=internal, restriction_type="login")
    assert ("testserver", document.url) in purged(proxy)
    proxy.reset_mock()
    CollectionViewRestriction.objects.filter(collection=internal).first().delete()
    assert ("testserver", document.url) in purged(proxy)


def test_the_api_names_no_document_of_a_private_collection(client, tree):
    root = Collection.get_first_root_node()
    internal = root.add_child(instance=Collection(name="Nội bộ"))
    below = internal.add_child(instance=Collection(name="Nội bộ, năm 2026"))
    Document = get_document_model()
    documents = {
        name: Document.objects.create(
            title=name, collection=collection, file=ContentFile(b"%PDF-1.4", name=f"{name}.pdf")
        )
        for name, collection in (("congkhai", root), ("noibo", below))
    }
    links = "".join(
        f'<p><a linktype="document" id="{document.pk}">{name}</a></p>'
        for name, document in documents.items()
    )
    page = StandardPage(title="Tài liệu", slug="tai-lieu", locale=tree.vi)
    page.body = [("paragraph", links)]
    tree.home_vi.add_child(instance=page)
    page.save_revision().publish()

    def listed():
        return {item["title"] for item in client.get("/api/v2/documents/").json()["items"]}

    assert listed() == {"congkhai", "noibo"}
    CollectionViewRestriction.objects.create(collection=internal, restriction_type="login")
    assert listed() == {"congkhai"}
    assert client.get(f"/api/v2/documents/{documents['noibo'].pk}/").status_code == 404
