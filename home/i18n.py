"""Links between the language versions of a page."""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site

from home.visibility import visible


@dataclass(frozen=True)
class LanguageLink:
    language_code: str
    language_name: str
    url: str
    full_url: str
    is_current: bool
    # True when the link leads to a translation of the page itself, False when it falls back
    # to the home page of that language.
    is_translation: bool
    last_published_at: object = None


def language_links(request, page=None):
    """One link per content language: to ``page``'s live translation where there is one,
    otherwise to that language's home page. Costs a fixed number of queries."""
    current = get_language()
    translations = {}
    if isinstance(page, Page) and page.pk:
        siblings = visible(page.get_translations(inclusive=True)).select_related("locale")
        translations = {p.locale.language_code: p for p in siblings}

    missing = [
        code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code not in translations
    ]
    home_pages = {}
    if missing:
        site = Site.find_for_request(request)
        if site is not None:
            home_pages = {
                p.locale.language_code: p
                for p in visible(Page.objects.all())
                .filter(translation_key=site.root_page.translation_key)
                .filter(locale__in=Locale.objects.filter(language_code__in=missing))
                .select_related("locale")
            }

    links = []
    # Each language in its own name (LANGUAGES), as readers look for it.
    for code, name in settings.LANGUAGES:
        target = translations.get(code) or home_pages.get(code)
        if target is None:
            continue
        url = target.get_url(request)
        if url is None:
            continue
        links.append(
            LanguageLink(
                language_code=code,
                language_name=name,
                url=url,
                full_url=target.get_full_url(request),
                is_current=code == current,
                is_translation=code in translations,
                last_published_at=target.last_published_at,
            )
        )
    return links


def outdated_source(page, links):
    """The link to the Vietnamese source when ``page`` (an English page) was last published
    before it, otherwise None."""
    if not isinstance(page, Page) or page.locale.language_code == settings.LANGUAGE_CODE:
        return None
    for link in links:
        if (
            link.language_code == settings.LANGUAGE_CODE
            and link.is_translation
            and link.last_published_at
            and page.last_published_at
            and link.last_published_at > page.last_published_at
        ):
            return link
    return None
