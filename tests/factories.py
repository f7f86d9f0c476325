"""Factories for the portal's models (wagtail-factories / factory_boy)."""

import factory
import wagtail_factories

from home.models import HomePage


class HomePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Trang chủ {n}")
    slogan = "Tư duy Cộng đồng, Hành động Cộng đồng"

    class Meta:
        model = HomePage
