"""Names of workflow objects in the reader's language.

A workflow's or a task's name is one database column, shown by Wagtail in many places (the
editor's status panel, the dashboard, the moderation reports, the history, the e-mails), always
as ``{{ task.name }}`` or ``str(task)``. The portal stores the English name, which is also a
message id of the catalogue, and every instance loaded from the database carries it as a
``TranslatedName``: the same text to the database, to comparisons and to JSON, the catalogue's
translation in the active language wherever it is rendered. A name that is not in the catalogue
(one an administrator typed) is shown as it was typed.
"""

from django.db.models.signals import post_init
from django.utils.translation import gettext
from django.utils.translation import gettext_noop as _
from wagtail.models import Task, Workflow

# The names of the portal's workflow objects, and Wagtail's own default ones, for the catalogue.
WORKFLOW_NAME = _("ASEAN editorial chain")
UNIT_HEAD_TASK_NAME = _("Unit head approval")
BOARD_TASK_NAME = _("Editorial board approval")
WAGTAIL_DEFAULT_NAMES = [_("Moderators approval")]


class TranslatedName(str):
    """The stored name; rendered (``str()``, ``%s``, ``format``) in the active language."""

    def __str__(self):
        # ``str.__str__`` of a subclass gives the plain stored text.
        return gettext(str.__str__(self))

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    @property
    def stored(self):
        return str.__str__(self)


def translate_name(sender, instance, **kwargs):
    name = instance.__dict__.get("name")
    if isinstance(name, str) and not isinstance(name, TranslatedName):
        instance.name = TranslatedName(name)


def task_models():
    models, pending = [], [Task]
    while pending:
        model = pending.pop()
        models.append(model)
        pending.extend(model.__subclasses__())
    return models


def connect():
    for model in [Workflow, *task_models()]:
        post_init.connect(
            translate_name, sender=model, dispatch_uid=f"translated_name_{model._meta.label}"
        )
