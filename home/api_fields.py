"""Serializers of related objects in the content API."""

from rest_framework import serializers
from wagtail.models import Page

from home.visibility import visible


def _describe(obj, attributes):
    return {name: getattr(obj, name) for name in attributes}


class RelatedListField(serializers.Field):
    """A many-to-many relation as a list of small objects."""

    def __init__(self, attributes, **kwargs):
        self.attributes = attributes
        super().__init__(read_only=True, **kwargs)

    def get_attribute(self, instance):
        return getattr(instance, self.source)

    def to_representation(self, value):
        return [_describe(obj, self.attributes) for obj in value.all()]


class RelatedObjectField(RelatedListField):
    """A foreign key as a small object, or null."""

    def to_representation(self, value):
        return _describe(value, self.attributes)


class RelatedPageField(RelatedObjectField):
    """A page named by a foreign key, or null while the public may not see it
    (home/visibility.py): the API never names an unpublished or private page. One query, in
    place of the one that reading the foreign key would make."""

    def get_attribute(self, instance):
        pk = getattr(instance, f"{self.source}_id", None)
        if pk is None:
            return None
        return visible(Page.objects.filter(pk=pk)).first()
