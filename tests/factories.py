"""Factories for the portal's models (wagtail-factories / factory_boy)."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Locale

from events.models import Country, EventPage
from home.models import HomePage, StandardPage
from news.models import NewsPage, Theme
from workflows.models import Unit


def vi_locale():
    return Locale.objects.get_or_create(language_code="vi")[0]


class UnitFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Vụ số {n}")
    short_name = factory.Sequence(lambda n: f"V{n}")
    code = factory.Sequence(lambda n: f"unit{n}")
    locale = factory.LazyFunction(vi_locale)

    class Meta:
        model = Unit


class ThemeFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Chủ đề {n}")
    slug = factory.Sequence(lambda n: f"chu-de-{n}")
    locale = factory.LazyFunction(vi_locale)

    class Meta:
        model = Theme


class CountryFactory(factory.django.DjangoModelFactory):
    iso_code = factory.Iterator(["VN", "LA", "KH", "TH", "MY", "SG", "ID", "PH", "BN", "MM"])
    name = factory.LazyAttribute(lambda o: f"Quốc gia {o.iso_code}")
    locale = factory.LazyFunction(vi_locale)

    class Meta:
        model = Country
        django_get_or_create = ("iso_code", "locale")


class HomePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Trang chủ {n}")
    slogan = "Tư duy Cộng đồng, Hành động Cộng đồng"

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Giới thiệu {n}")
    introduction = "Trang giới thiệu."

    class Meta:
        model = StandardPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Tin số {n}")
    summary = "Tóm tắt của tin."
    publication_date = factory.Sequence(lambda n: timezone.now() - datetime.timedelta(days=n + 1))
    lead_unit = factory.SubFactory(UnitFactory)

    class Meta:
        model = NewsPage
        skip_postgeneration_save = True

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            # A ParentalManyToManyField is written when the page is saved.
            self.themes.set(extracted)
            self.save()


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Sự kiện số {n}")
    summary = "Tóm tắt của sự kiện."
    start = factory.Sequence(lambda n: timezone.now() + datetime.timedelta(days=n + 1))
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=8))
    venue = "Hà Nội"
    lead_unit = factory.SubFactory(UnitFactory)

    class Meta:
        model = EventPage
