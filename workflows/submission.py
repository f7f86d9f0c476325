"""What stops a draft from being submitted for review, shown before the author submits it.

Since Wagtail 7, "Save draft" defers required fields and block validation: a draft with an empty
required paragraph saves without a word and is refused only on "Submit". Wagtail's editor refuses
a submission on the model's validation (``full_clean``: required fields, the page's own
``clean``) and on each StreamField block's ``clean``; an English version is refused while a
segment is untranslated (``untranslated_segments``). ``submission_problems`` runs those same
checks on the latest saved version, so the author sees the list while editing.
"""

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from wagtail.fields import StreamField

from workflows.translation import translation_for, untranslated_names


def _field_label(model, name):
    if name == "__all__":
        return ""
    try:
        return str(capfirst(model._meta.get_field(name).verbose_name))
    except FieldDoesNotExist:
        return name


def _block_messages(error, where):
    """``[(where, message)]`` for a StreamField or StructBlock validation error."""
    found = [(where, message) for message in getattr(error, "non_block_errors", []) or []]
    block_errors = getattr(error, "block_errors", None)
    if not block_errors:
        return found or [(where, message) for message in error.messages]
    for key, child in block_errors.items():
        if isinstance(key, int):
            label = _("%(field)s, block %(number)s") % {"field": where, "number": key + 1}
        else:
            label = f"{where}, {key}"
        found.extend(_block_messages(child, label))
    return found


def submission_problems(page):
    """``[(where, message)]``: why the latest version of ``page`` cannot be submitted yet."""
    obj = page.get_latest_revision_as_object()
    model = type(obj)
    problems = []
    try:
        obj.full_clean()
    except ValidationError as error:
        for name, messages in error.message_dict.items():
            problems.extend((_field_label(model, name), message) for message in messages)
    for field in model._meta.get_fields():
        if isinstance(field, StreamField):
            try:
                field.stream_block.clean(getattr(obj, field.name))
            except ValidationError as error:
                problems.extend(_block_messages(error, _field_label(model, field.name)))
    translation = translation_for(page)
    if translation is not None:
        problems.extend(
            (_("Not yet translated"), name) for name in untranslated_names(translation, limit=10)
        )
    return problems


def describe(problems):
    return "; ".join(
        f"{where}: {message}" if where else str(message) for where, message in problems
    )
