"""Every page type can be created in the admin by a journalist,
where it belongs, and is refused with a message where the input is wrong."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from events.models import EventIndexPage, EventPage
from home.models import HomePage, StandardPage
from news.models import NewsIndexPage, NewsPage
from tests.factories import CountryFactory, ThemeFactory, UnitFactory
from workflows.models import UnitMembership
from workflows.roles import JOURNALISTS, setup_editorial_workflow

pytestmark = pytest.mark.django_db

NO_COMMENTS = {
    "TOTAL_FORMS": "0",
    "INITIAL_FORMS": "0",
    "MIN_NUM_FORMS": "0",
    "MAX_NUM_FORMS": "1000",
}


@pytest.fixture
def journalist(client, django_user_model):
    setup_editorial_workflow()
    user = django_user_model.objects.create_user("nha.bao", password="mat-khau-dai-2026")
    user.groups.add(Group.objects.get(name=JOURNALISTS))
    client.force_login(user)
    return user


def member_of(unit, user):
    UnitMembership.objects.create(unit=unit, user=user, role=UnitMembership.MEMBER)
    return unit


def add_url(model, parent):
    return reverse(
        "wagtailadmin_pages:add", args=(model._meta.app_label, model._meta.model_name, parent.pk)
    )


def post_draft(client, model, parent, data):
    # Multiple choices are posted as repeated keys, which nested_form_data does not do.
    choices = {key: value for key, value in data.items() if isinstance(value, list)}
    fields = {key: value for key, value in data.items() if key not in choices}
    form = nested_form_data({**fields, "comments": NO_COMMENTS})
    return client.post(add_url(model, parent), {**form, **choices})


def test_journalist_creates_a_news_page(client, tree, journalist):
    theme, unit = ThemeFactory(), member_of(UnitFactory(), journalist)
    response = post_draft(
        client,
        NewsPage,
        tree.news_vi,
        {
            "title": "Hội thảo về chuyển đổi số",
            "slug": "hoi-thao-ve-chuyen-doi-so",
            "publication_date": "2026-11-20 09:00",
            "summary": "Tóm tắt hội thảo.",
            "body": streamfield(
                [
                    ("heading", {"text": "Nội dung chính", "level": "h2"}),
                    ("paragraph", rich_text("<p>Đoạn văn.</p>")),
                    ("fact_box", {"title": "ACCSM", "text": rich_text("<p>Hợp tác công vụ.</p>")}),
                ]
            ),
            "themes": [theme.pk],
            "lead_unit": unit.pk,
            "tags": "ASEAN, ACCSM",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    page = NewsPage.objects.get(slug="hoi-thao-ve-chuyen-doi-so")
    assert page.get_parent().pk == tree.news_vi.pk
    assert not page.live  # journalists save drafts; publishing is the review chain's job
    revision = page.get_latest_revision_as_object()
    assert list(revision.themes.all()) == [theme]
    assert revision.lead_unit == unit
    assert [block.block_type for block in revision.body] == ["heading", "paragraph", "fact_box"]


def test_journalist_creates_an_event_page(client, tree, journalist):
    unit, country = member_of(UnitFactory(), journalist), CountryFactory(iso_code="LA")
    response = post_draft(
        client,
        EventPage,
        tree.events_vi,
        {
            "title": "Khóa đào tạo ACCSM+3",
            "slug": "khoa-dao-tao-accsm3",
            "event_type": "training",
            "start": "2026-12-10 08:30",
            "end": "2026-12-12 17:00",
            "format": "hybrid",
            "online_url": "https://meet.example.org/accsm3",
            "venue": "Học viện Hành chính Quốc gia",
            "host_country": country.pk,
            "participating_countries": [country.pk],
            "lead_unit": unit.pk,
            "summary": "Khóa đào tạo về phát triển nguồn nhân lực.",
            "body": streamfield([]),
            "outcomes": streamfield([]),
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    page = EventPage.objects.get(slug="khoa-dao-tao-accsm3")
    assert list(page.get_latest_revision_as_object().participating_countries.all()) == [country]


def test_event_ending_before_it_starts_is_refused_and_nothing_is_saved(client, tree, journalist):
    unit = member_of(UnitFactory(), journalist)
    response = post_draft(
        client,
        EventPage,
        tree.events_vi,
        {
            "title": "Sự kiện sai ngày",
            "slug": "su-kien-sai-ngay",
            "event_type": "workshop",
            "start": "2026-12-10 08:30",
            "end": "2026-12-09 17:00",
            "format": "in_person",
            "venue": "Hà Nội",
            "lead_unit": unit.pk,
            "summary": "Tóm tắt.",
            "body": streamfield([]),
            "outcomes": streamfield([]),
            "action-publish": "1",
        },
    )
    assert response.status_code == 200
    assert (
        "Thời điểm kết thúc không được trước thời điểm bắt đầu sự kiện."
        in response.content.decode()
    )
    assert not EventPage.objects.filter(slug="su-kien-sai-ngay").exists()


def test_journalist_creates_a_standard_page(client, tree, journalist):
    response = post_draft(
        client,
        StandardPage,
        tree.home_vi,
        {
            "title": "Liên hệ",
            "slug": "lien-he",
            "introduction": "Thông tin liên hệ.",
            "body": streamfield([("paragraph", rich_text("<p>Địa chỉ.</p>"))]),
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert StandardPage.objects.filter(slug="lien-he").exists()


def test_journalist_creates_index_pages_under_a_new_home_page(client, tree, journalist):
    home = tree.home_vi.get_parent().add_child(
        instance=HomePage(title="Trang chủ 2", slug="trang-chu-2", locale=tree.vi)
    )
    for model, slug in [(NewsIndexPage, "tin-tuc"), (EventIndexPage, "su-kien")]:
        response = post_draft(
            client, model, home, {"title": slug, "slug": slug, "introduction": rich_text("")}
        )
        assert response.status_code == 302, response.content.decode()[:2000]
        assert model.objects.child_of(home).filter(slug=slug).exists()


def test_superuser_creates_a_home_page(client, tree, django_user_model):
    admin = django_user_model.objects.create_superuser("quan.tri", password="mat-khau-dai-2026")
    client.force_login(admin)
    root = tree.home_vi.get_parent()
    response = client.post(
        add_url(HomePage, root),
        nested_form_data(
            {
                "title": "Cổng mới",
                "slug": "cong-moi",
                "slogan": "Tư duy Cộng đồng",
                "introduction": rich_text(""),
                "featured_items": {
                    "TOTAL_FORMS": "0",
                    "INITIAL_FORMS": "0",
                    "MIN_NUM_FORMS": "0",
                    "MAX_NUM_FORMS": "4",
                },
                "comments": NO_COMMENTS,
            }
        ),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert HomePage.objects.filter(slug="cong-moi").exists()


def test_news_page_cannot_be_added_outside_a_news_index(client, tree, journalist):
    response = client.get(add_url(NewsPage, tree.events_vi))
    assert (response.status_code, response["Location"]) == (302, reverse("wagtailadmin_home"))
    assert not NewsPage.objects.exists()
