"""Each site's name, logo and colours; colours must keep text readable (WCAG AA)."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation
from wagtail.models import Site

from home.models import SiteBranding, contrast_ratio

pytestmark = pytest.mark.django_db


def test_contrast_ratio_follows_wcag():
    assert round(contrast_ratio("#000000", "#ffffff"), 1) == 21.0
    assert round(contrast_ratio("#777777", "#ffffff"), 2) == 4.48
    assert contrast_ratio("#0b3d91", "#ffffff") > 10


@translation.override("vi")
def test_a_colour_too_light_for_white_text_is_refused(tree):
    branding = SiteBranding.for_site(Site.objects.get(is_default_site=True))
    branding.primary_colour = "#ffcc00"
    branding.accent_colour = "#777777"
    with pytest.raises(ValidationError) as error:
        branding.full_clean()
    assert set(error.value.message_dict) == {"primary_colour", "accent_colour"}
    assert "4.5:1" in error.value.message_dict["accent_colour"][0]
    branding.primary_colour = "ffcc00"
    with pytest.raises(ValidationError) as error:
        branding.full_clean()
    assert "sáu chữ số thập lục phân" in error.value.message_dict["primary_colour"][0]


def test_admin_shows_the_contrast_error_in_vietnamese_and_saves_nothing(admin_client, tree):
    site = Site.objects.get(is_default_site=True)
    url = reverse("wagtailsettings:edit", args=["home", "sitebranding", site.pk])
    response = admin_client.post(
        url,
        {
            "name_vi": "Cổng",
            "name_en": "Portal",
            "primary_colour": "#ffcc00",
            "accent_colour": "#b3261e",
        },
        HTTP_ACCEPT_LANGUAGE="vi",
    )
    assert response.status_code == 200
    assert "Hãy chọn màu đậm hơn" in response.content.decode()
    assert not SiteBranding.objects.filter(site=site, primary_colour="#ffcc00").exists()
    response = admin_client.post(
        url,
        {
            "name_vi": "Cổng",
            "name_en": "Portal",
            "primary_colour": "#1F3A68",
            "accent_colour": "#b3261e",
        },
    )
    assert response.status_code == 302
    assert SiteBranding.for_site(site).primary_colour == "#1f3a68"


def test_pages_link_the_sites_stylesheet_without_inline_styles(client, tree):
    site = Site.objects.get(is_default_site=True)
    branding = SiteBranding.for_site(site)
    branding.primary_colour = "#1f3a68"
    branding.save()
    html = BeautifulSoup(client.get("/").content, "html.parser")
    link = html.find("link", href=lambda href: href and href.startswith("/site.css?v="))
    assert link["href"].endswith(branding.version)
    assert not html.select("[style]") and not html.find("style")
    response = client.get(link["href"])
    assert response["Content-Type"].startswith("text/css")
    assert "max-age=31536000" in response["Cache-Control"]
    css = response.content.decode()
    assert "--colour-primary: #1f3a68;" in css
    assert "--colour-primary-dark: #162949;" in css
    # A new colour gives a new address, so cached copies are never stale.
    branding.primary_colour = "#00594f"
    branding.save()
    again = BeautifulSoup(client.get("/").content, "html.parser")
    assert (
        again.find("link", href=lambda href: href and "/site.css?v=" in href)["href"]
        != link["href"]
    )
