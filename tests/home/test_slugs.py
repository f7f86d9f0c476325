"""Slugs keep Vietnamese letters as their ASCII transliteration, in the editor and on the server."""

import json
import re
import unicodedata

import pytest
from django.utils.text import slugify
from wagtail.admin.panels import get_edit_handler

from home.mixins import ascii_slug
from home.widgets import VietnameseSlugInput
from news.models import NewsPage, Theme

TITLES = {
    "Hội thảo cải cách công vụ ASEAN": "hoi-thao-cai-cach-cong-vu-asean",
    "Đoàn công tác Bộ Nội vụ dự Hội nghị ACCSM lần thứ 23": (
        "doan-cong-tac-bo-noi-vu-du-hoi-nghi-accsm-lan-thu-23"
    ),
    "Ứng dụng trí tuệ nhân tạo trong quản trị nhà nước": (
        "ung-dung-tri-tue-nhan-tao-trong-quan-tri-nha-nuoc"
    ),
    "ASEAN Civil Service Cooperation Week": "asean-civil-service-cooperation-week",
    # The same title typed with combining marks (some keyboards send decomposed letters).
    unicodedata.normalize("NFD", "Tuyên truyền về Cộng đồng ASEAN"): (
        "tuyen-truyen-ve-cong-dong-asean"
    ),
}


def editor_slug(widget, title):
    """What the editor's slug field makes of ``title``: the widget's formatters, then the
    browser's URLify (for ASCII text, Django's ``slugify``)."""
    formatters = json.loads(widget.attrs["data-w-slug-formatters-value"])
    value = title
    for (pattern, _flags), replacement in formatters:
        value = re.sub(pattern, replacement, value)
    return slugify(value)


@pytest.mark.parametrize(("title", "slug"), TITLES.items())
def test_server_slug_transliterates(title, slug):
    assert ascii_slug(title) == slug


@pytest.mark.parametrize(("title", "slug"), TITLES.items())
def test_editor_slug_follows_the_server_rule(title, slug):
    assert editor_slug(VietnameseSlugInput(), title) == slug


@pytest.mark.parametrize("model", [NewsPage, Theme])
def test_admin_forms_use_the_transliterating_widget(model):
    widget = get_edit_handler(model).get_form_class().base_fields["slug"].widget
    assert isinstance(widget, VietnameseSlugInput)
    assert editor_slug(widget, "Hội thảo cải cách công vụ ASEAN") == (
        "hoi-thao-cai-cach-cong-vu-asean"
    )
