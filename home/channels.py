"""Channels: the sites served by this installation (the portal, the State Organisation Journal's
ASEAN section, the units' websites), and news and events shown on several of them.

An item is written and approved once, on the site where it was written. On each other site
chosen in its "Channels", it appears as a Wagtail alias of the original page
(https://docs.wagtail.org/en/stable/reference/pages/model_reference.html#wagtail.models.Page.create_alias)
under that site's news or events index in the same language. Wagtail itself keeps the aliases in
step: publishing the original republishes its aliases (``Page.update_aliases``) and unpublishing
it unpublishes them (``UnpublishPageAction``). What Wagtail does not do is done here, on its
``page_published`` signal and Django's ``pre_delete``: create the alias on a newly chosen
channel, delete it from a channel no longer chosen, and delete the aliases with the original
(Wagtail would turn them into independent copies).

A channel alias gets a translation key of its own, derived from the original's key and the
site, so that the Vietnamese and English aliases on one site are translations of each other
(the language switcher works) without clashing with the originals. wagtail-localize's
"convert to alias" makes aliases that keep the original's key; those are translations, not
channel aliases, and are left alone.
"""

import logging
import uuid

from django.conf import settings
from django.db.models import F, Q
from wagtail.models import Page, Site

from home.versions import site_fragment

logger = logging.getLogger(__name__)

# Fixed namespace for the channel aliases' translation keys (uuid5 of original key and site).
CHANNEL_NAMESPACE = uuid.UUID("6a1f3c52-9d0e-4a55-8a3b-2f7f4f0b9c11")


def channel_key(translation_key, site_id):
    return uuid.uuid5(CHANNEL_NAMESPACE, f"{translation_key}:{site_id}")


def channel_alias_q(prefix=""):
    """Pages that are channel aliases: aliases that are not translations of their original."""
    return Q(**{f"{prefix}alias_of__isnull": False}) & ~Q(
        **{f"{prefix}alias_of__translation_key": F(f"{prefix}translation_key")}
    )


def originals(queryset):
    """``queryset`` without channel aliases: what reports count as one item each."""
    return queryset.exclude(channel_alias_q())


def is_channel_alias(page):
    return bool(page.alias_of_id) and page.alias_of.translation_key != page.translation_key


def canonical_page(page):
    """The page search engines should index for ``page``: the original of a channel alias."""
    while page.alias_of_id and page.alias_of.translation_key != page.translation_key:
        page = page.alias_of
    return page


def site_home(request):
    """The current site's home page in the reader's language, or None."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    # Kept in the fragment cache (per language, until site-wide content changes): listings,
    # feeds and search ask for it on every request.
    return site_fragment(f"site-home:{site.pk}", lambda: site.root_page.localized)


def current_site_name(request):
    """The current site's name (site branding) in the reader's language, or the portal's."""
    from django.utils.translation import get_language, gettext

    from home.models import SiteBranding

    name = ""
    if request is not None and Site.find_for_request(request) is not None:
        name = SiteBranding.for_request(request).name(get_language())
    return name or gettext("ASEAN Portal – Ministry of Home Affairs")


def on_site(queryset, request):
    """``queryset`` limited to the pages of the current site (in every language)."""
    site = Site.find_for_request(request)
    if site is None:
        return queryset.none()
    homes = Page.objects.filter(translation_key=site.root_page.translation_key)
    condition = Q()
    for path in homes.values_list("path", flat=True):
        condition |= Q(path__startswith=path)
    return queryset.filter(condition) if condition else queryset.none()


def site_of(page):
    """The site whose tree holds ``page`` (any language), or None."""
    homes = {
        home.path: home.translation_key
        for home in Page.objects.filter(
            translation_key__in=Site.objects.values("root_page__translation_key")
        ).only("path", "translation_key")
    }
    for path, key in homes.items():
        if page.path.startswith(path):
            return Site.objects.filter(root_page__translation_key=key).first()
    return None


def chosen_sites(page):
    """The channels chosen for ``page``. The choice belongs to the item, not to a language:
    the Vietnamese original's choice holds for its translations too."""
    source = page
    if page.locale.language_code != settings.LANGUAGE_CODE:
        source = (
            type(page)
            .objects.filter(
                translation_key=page.translation_key,
                locale__language_code=settings.LANGUAGE_CODE,
            )
            .first()
            or page
        )
    return list(source.channels.all())


def channel_index(site, page):
    """The index of ``site`` in ``page``'s language that takes ``page``'s type, or None."""
    home = Page.objects.filter(
        translation_key=site.root_page.translation_key, locale_id=page.locale_id
    ).first()
    if home is None:
        return None
    return page.channel_index_model().objects.child_of(home).first()


def free_slug(parent, slug, exclude_pk=None):
    """``slug``, or ``slug-2``, ``slug-3``... when a page of ``parent`` already uses it."""
    taken = set(parent.get_children().exclude(pk=exclude_pk).values_list("slug", flat=True))
    candidate, number = slug, 1
    while candidate in taken:
        number += 1
        candidate = f"{slug}-{number}"
    return candidate


def sync_channel_aliases(page):
    """Make the live aliases of ``page`` match its chosen channels: create the missing ones,
    delete those of channels no longer chosen. Returns the created aliases."""
    page = page.specific
    if page.alias_of_id:
        return []
    own = site_of(page)
    wanted = {}
    if page.live:
        wanted = {site.pk: site for site in chosen_sites(page) if own is None or site.pk != own.pk}
    keys = {channel_key(page.translation_key, site_id): site_id for site_id in wanted}
    # Only the aliases this module made (one channel key per site): an alias an editor made by
    # hand elsewhere is left alone.
    channel_keys = [
        channel_key(page.translation_key, site_id)
        for site_id in Site.objects.values_list("pk", flat=True)
    ]
    existing = {
        alias.translation_key: alias
        for alias in Page.objects.filter(alias_of=page, translation_key__in=channel_keys)
    }
    created = []
    for key, site_id in keys.items():
        if existing.pop(key, None) is not None:
            continue  # Wagtail's update_aliases keeps it in step.
        index = channel_index(wanted[site_id], page)
        if index is None:
            logger.warning(
                "Channel %s has no index for %s in %s; %s not shown there.",
                wanted[site_id],
                page.specific_class.__name__,
                page.locale.language_code,
                page,
            )
            continue
        alias = page.create_alias(
            parent=index, update_slug=free_slug(index, page.slug), reset_translation_key=True
        )
        Page.objects.filter(pk=alias.pk).update(translation_key=key)
        alias.translation_key = key
        created.append(alias)
    for alias in existing.values():
        alias.delete()
    return created


def on_page_published(sender, instance, **kwargs):
    """Connected to Wagtail's ``page_published``. Aliases republished by Wagtail
    (``alias=True``) are followers, not items."""
    if kwargs.get("alias") or not hasattr(instance, "channel_index_model"):
        return
    sync_channel_aliases(instance)
    if instance.locale.language_code == settings.LANGUAGE_CODE:
        # A new choice of channels applies to the live translations too.
        for translation in instance.get_translations().live().specific():
            if not translation.alias_of_id:
                sync_channel_aliases(translation)


def on_page_deleted(sender, instance, **kwargs):
    """Connected to ``pre_delete``: an item's channel aliases go with it."""
    if not hasattr(instance, "channel_index_model") or instance.alias_of_id:
        return
    for alias in Page.objects.filter(alias_of_id=instance.pk).exclude(
        translation_key=instance.translation_key
    ):
        alias.delete()
