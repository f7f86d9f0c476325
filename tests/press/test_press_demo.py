"""The press room on the demo: a release of the ACCSM heads' meeting under embargo, sent to
two reporters of the network, goes live at its time in both languages with its photos
downloadable; news pages show related news and share links."""

import datetime

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone

from news.models import NewsPage
from press.models import EmbargoSending, PressReleasePage

pytestmark = pytest.mark.django_db


def test_demo_release_goes_live_at_its_time_in_both_languages(client, demo_site):
    releases = PressReleasePage.objects.order_by("locale__language_code")
    assert [r.locale.language_code for r in releases] == ["en", "vi"]
    assert not any(r.live for r in releases)
    sent = EmbargoSending.objects.filter(sent_at__isnull=False)
    assert sorted(s.reporter.email for s in sent) == [
        "minhanh.demo@example.vn",
        "thuha.demo@example.vn",
    ]
    vi = releases.get(locale__language_code="vi")
    assert client.get("/bao-chi/thong-cao-hoi-nghi-accsm/").status_code == 404

    with time_machine.travel(timezone.now() + datetime.timedelta(hours=3)):
        call_command("publish_scheduled")
    for release, url in (
        (vi, "/bao-chi/thong-cao-hoi-nghi-accsm/"),
        (releases.get(locale__language_code="en"), "/en/press/release-accsm-heads-meeting/"),
    ):
        release.refresh_from_db()
        assert release.live
        response = client.get(url)
        assert response.status_code == 200
        photo = release.photos.first()
        assert client.get(f"/press/photos/{release.pk}/{photo.image_id}/").status_code == 200
    assert (
        "Tải tất cả ảnh (zip)" in client.get("/bao-chi/thong-cao-hoi-nghi-accsm/").content.decode()
    )

    for news in NewsPage.objects.live().filter(alias_of__isnull=True)[:4]:
        body = client.get(news.url).content.decode()
        heading = "Tin khác" if news.locale.language_code == "vi" else "Related news"
        assert heading in body, news.url
        assert "facebook.com/sharer" in body and "data-copy-link" in body
