"""Sitemap of both language trees of the current site, with each page's translations as
hreflang alternates.

Wagtail's own sitemap lists only the site's root page tree, which here is the Vietnamese one.
https://docs.wagtail.org/en/stable/reference/contrib/sitemaps.html
"""

from collections import defaultdict

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from home.channels import channel_alias_q
from home.visibility import visible


class BilingualSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        roots = Page.objects.filter(translation_key=root.translation_key)
        query = None
        for tree_root in roots:
            branch = Page.objects.descendant_of(tree_root, inclusive=True)
            query = branch if query is None else query | branch
        if query is None:
            return Page.objects.none()
        # Channel aliases are left out: their canonical address is the original's, listed in
        # the sitemap of the original's site.
        # https://developers.google.com/search/docs/crawling-indexing/consolidate-duplicate-urls
        return (
            visible(query)
            .exclude(channel_alias_q())
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        items = list(self.paginator.page(page).object_list)
        by_key = defaultdict(list)
        for item in items:
            by_key[item.translation_key].append(item)
        # Translations outside this sitemap page are looked up in one query.
        missing_keys = [key for key, group in by_key.items() if len(group) == 1]
        if missing_keys:
            known = {item.pk for item in items}
            for other in (
                visible(Page.objects.all())
                .filter(translation_key__in=missing_keys)
                .exclude(pk__in=known)
                .select_related("locale")
            ):
                by_key[other.translation_key].append(other)

        urls, last_mods = [], set()
        for item in items:
            for url_info in item.get_sitemap_urls(self.request):
                group = by_key[item.translation_key]
                if len(group) > 1:
                    url_info["alternates"] = [
                        {
                            "lang_code": t.locale.language_code,
                            "location": t.get_full_url(self.request),
                        }
                        for t in group
                    ]
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
