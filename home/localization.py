"""Helpers for translatable snippets shown on pages of either language.

A page may still point at a snippet of its source language (many-to-many relations are not
relinked when a page is copied for translation), so pages are filtered by the snippets'
``translation_key`` and shown with the snippet's version in the reader's language.
"""

from django.utils.translation import get_language


def active_locale_id(pages):
    """The id of the active language's locale when the pages' own (already loaded) locale is
    that language, else None; spares a query when pages are shown in their own language."""
    language = get_language()
    for page in pages:
        locale = page._state.fields_cache.get("locale")
        if locale is not None and locale.language_code == language:
            return locale.pk
    return None


def localize_related(pages, field, model, many=True):
    """Set ``localized_<field>`` on each page: the related snippet(s) in the active locale.

    Costs one query for the whole list (the relation itself should be prefetched or
    select_related by the caller), none when every snippet is already in that locale."""
    return localize_relations(pages, [(field, model, many)])


def localize_relations(pages, relations):
    """``localize_related`` for several ``(field, model, many)`` relations at once: one query
    per snippet model (a page's lead unit and coordinating units share one), none for
    snippets already in the active locale."""
    pages = list(pages)
    target = active_locale_id(pages)
    related, keys = {}, {}
    for field, model, many in relations:
        for page in pages:
            objs = list(getattr(page, field).all()) if many else [getattr(page, field)]
            related[(field, page.pk)] = [obj for obj in objs if obj is not None]
            keys.setdefault(model, set()).update(
                obj.translation_key
                for obj in related[(field, page.pk)]
                if target is None or obj.locale_id != target
            )
    localized = {}
    for model, model_keys in keys.items():
        if model_keys:
            localized[model] = {
                obj.translation_key: obj
                for obj in model.objects.filter(
                    translation_key__in=model_keys, locale__language_code=get_language()
                )
            }
    for field, model, many in relations:
        found = localized.get(model, {})
        for page in pages:
            objs = [found.get(obj.translation_key, obj) for obj in related[(field, page.pk)]]
            setattr(page, f"localized_{field}", objs if many else (objs[0] if objs else None))
    return pages
