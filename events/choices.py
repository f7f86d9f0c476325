"""The kinds and formats of events (kept apart so that forms and feeds need not load the
models)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EventType(models.TextChoices):
    ACCSM_HEADS = "accsm_heads", _("ACCSM heads' meeting")
    ACCSM_PLUS_THREE = "accsm_plus_three", _("ACCSM+3 meeting")
    WORKSHOP = "workshop", _("Workshop")
    CONFERENCE = "conference", _("Conference")
    TRAINING = "training", _("Training course")
    STUDY_VISIT = "study_visit", _("Study visit")
    OTHER = "other", _("Other")


class EventFormat(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("Hybrid")
