"""The editors' guide in the admin: in the user's language, from the Help menu, with the
screenshots the guide_screenshots command took."""

import os

import pytest
from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders
from django.urls import reverse
from wagtail.users.models import UserProfile

from home.guide import LANGUAGES, SECTIONS, screenshot_path

pytestmark = pytest.mark.django_db


def guide_for(client, user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    response = client.get(reverse("portal_editor_guide"))
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


@pytest.fixture
def editor(django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("phongvien", password="mat-khau-dai-2026")  # noqa: S106
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


@pytest.mark.parametrize(
    ("language", "heading", "phrase"),
    [
        ("vi", "Hướng dẫn biên tập", "Bấm nút chính <strong>Gửi duyệt</strong>"),
        ("en", "Editors' guide", "Choose the main button <strong>Submit for review</strong>"),
    ],
)
def test_guide_in_the_users_language_covers_every_section_with_its_screenshot(
    client, editor, language, heading, phrase
):
    html = guide_for(client, editor, language)
    assert html.find("h1").get_text(strip=True) == heading
    assert phrase in str(html)
    for slug, _title in SECTIONS:
        section = html.find("section", id=slug)
        assert section is not None, slug
        image = section.find("img")
        assert image is not None and image["src"].endswith(f"/guide/{language}/{slug}.webp"), slug


def test_screenshots_exist_and_stay_small():
    sizes = []
    for language in LANGUAGES:
        for slug, _title in SECTIONS:
            path = finders.find(screenshot_path(language, slug))
            assert path, f"{language}/{slug}: run manage.py guide_screenshots"
            with open(path, "rb") as image:
                assert image.read(12)[8:12] == b"WEBP"
            sizes.append(os.path.getsize(path))
    assert sum(sizes) < 2 * 1024 * 1024


def test_help_menu_opens_the_portal_guide(client, editor):
    html = guide_for(client, editor, "vi")
    response = client.get(reverse("wagtailadmin_home"))
    assert reverse("portal_editor_guide") in response.content.decode()
    assert "guide.wagtail.org" not in response.content.decode()
    assert html.find("nav").find_all("a")[0]["href"] == "#write"
