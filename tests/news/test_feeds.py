"""The feeds are instances shared by every request and thread (the URLconf holds one each):
answering a request leaves no request on them."""

import pytest
from django.urls import resolve

from tests.home.test_distribution import content  # noqa: F401 -- the fixture

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("url", ["/feeds/news.rss", "/feeds/news.atom", "/feeds/events.rss"])
def test_a_feed_keeps_no_request_between_requests(client, content, url):  # noqa: F811
    feed = resolve(url).func
    response = client.get(url)
    assert response.status_code == 200
    assert b"<title>" in response.content
    assert not hasattr(feed, "request")
