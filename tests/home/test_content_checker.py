"""Wagtail's content checker runs every WCAG 2.0/2.1 A and AA rule, with messages in the
editor's language, for logged-in users on the site and in the page editor."""

import json

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from home.userbar import RUN_ONLY

pytestmark = pytest.mark.django_db


def checker_configuration(response):
    html = BeautifulSoup(response.content.decode(), "html.parser")
    script = html.find("script", id="checker-axe-configuration")
    return None if script is None else json.loads(script.string)


def test_logged_in_editor_gets_the_full_checker_on_the_site(client, tree, admin_user):
    client.force_login(admin_user)
    config = checker_configuration(client.get("/"))
    assert config["options"]["runOnly"] == RUN_ONLY
    assert {"wcag2a", "wcag2aa", "wcag21a", "wcag21aa"} <= set(config["options"]["runOnly"])
    # The editor's admin language (Vietnamese here), and Wagtail's own messages kept.
    assert config["messages"]["image-alt"]["error_name"] == "Hình ảnh thiếu văn bản thay thế"
    assert "heading-order" in config["messages"]
    # Wagtail's userbar itself is not checked.
    assert config["context"]["exclude"]


def test_anonymous_reader_gets_no_checker(client, tree):
    response = client.get("/")
    assert response.status_code == 200
    assert checker_configuration(response) is None


def test_page_editor_checks_panel_uses_the_full_checker(client, tree, admin_user):
    client.force_login(admin_user)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[tree.news_vi.pk]))
    assert response.status_code == 200
    assert checker_configuration(response)["options"]["runOnly"] == RUN_ONLY
