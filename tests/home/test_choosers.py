"""The editor offers the snippets of the page's own language: each unit, theme and country once."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.urls import reverse

from events.models import Country
from news.models import Theme
from tests.factories import CountryFactory, NewsPageFactory, ThemeFactory, UnitFactory
from workflows.models import Unit

pytestmark = pytest.mark.django_db


@pytest.fixture
def bilingual_snippets(tree):
    """Two of each snippet, in Vietnamese with their English translations."""
    made = {}
    for model, factory, names in (
        (Theme, ThemeFactory, ["Chủ đề một", "Chủ đề hai"]),
        (Unit, UnitFactory, ["Vụ Một", "Vụ Hai"]),
        (Country, CountryFactory, ["Lào", "Thái Lan"]),
    ):
        made[model] = []
        for name in names:
            vi = factory(locale=tree.vi, name=name)
            en = vi.copy_for_translation(tree.en)
            en.name = f"{name} (EN)"
            en.save()
            made[model] += [vi, en]
    return made


@pytest.fixture
def superuser_client(client):
    user = get_user_model().objects.create_superuser("chief", "chief@example.com", "x")
    client.force_login(user)
    return client


def offered(response, field):
    html = BeautifulSoup(response.content.decode(), "html.parser")
    return {int(box["value"]) for box in html.select(f"input[name={field}]") if box.get("value")}


@pytest.mark.parametrize(
    ("page_type", "fields"),
    [
        ("newspage", {"themes": Theme, "coordinating_units": Unit}),
        (
            "eventpage",
            {"themes": Theme, "coordinating_units": Unit, "participating_countries": Country},
        ),
    ],
)
@pytest.mark.parametrize("language", ["vi", "en"])
def test_new_page_offers_its_own_language(
    superuser_client, tree, bilingual_snippets, page_type, fields, language
):
    app = "news" if page_type == "newspage" else "events"
    index = getattr(tree, f"{app}_{language}")
    response = superuser_client.get(
        reverse("wagtailadmin_pages:add", args=(app, page_type, index.pk))
    )
    assert response.status_code == 200
    for field, model in fields.items():
        expected = {
            obj.pk for obj in bilingual_snippets[model] if obj.locale.language_code == language
        }
        assert offered(response, field) == expected, field


def test_chosen_value_of_another_language_stays_on_offer(
    superuser_client, tree, bilingual_snippets
):
    """An English page still pointing at a Vietnamese theme shows it, so saving keeps it."""
    vietnamese_theme = bilingual_snippets[Theme][0]
    page = NewsPageFactory(parent=tree.news_en, locale=tree.en, themes=[vietnamese_theme])
    response = superuser_client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
    english = {obj.pk for obj in bilingual_snippets[Theme] if obj.locale.language_code == "en"}
    assert offered(response, "themes") == english | {vietnamese_theme.pk}
