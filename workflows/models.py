from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import (
    AbstractGroupApprovalTask,
    Page,
    RevisionMixin,
    Task,
    TaskState,
    TranslatableMixin,
    get_page_models,
)
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from workflows.four_eyes import FourEyesTaskMixin


class Unit(RevisionMixin, TranslatableMixin, index.Indexed, ClusterableModel):
    """A unit of the Ministry (department, office, centre, journal, academy).

    Every news item and event has exactly one lead unit, whose head (or a deputy) approves it,
    and any number of coordinating units. The unit's people are kept with it; the Vietnamese and
    English versions of a unit share them (see ``memberships_for``).
    """

    name = models.CharField(_("name"), max_length=255)
    short_name = models.CharField(
        _("short name"), max_length=60, blank=True, help_text=_("For example: Vụ HTQT, ICD.")
    )
    code = models.SlugField(
        _("code"),
        max_length=20,
        allow_unicode=False,
        help_text=_("A short code shared by both languages, for example: htqt."),
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)
    press_contact_name = models.CharField(_("press contact"), max_length=120, blank=True)
    press_contact_role = models.CharField(_("press contact's position"), max_length=120, blank=True)
    press_contact_phone = models.CharField(
        _("press contact's telephone"), max_length=40, blank=True
    )
    press_contact_email = models.EmailField(_("press contact's e-mail"), blank=True)

    # The code, website and contact details are the same in both languages (wagtail-localize).
    override_translatable_fields = [
        SynchronizedField("code"),
        SynchronizedField("website"),
        SynchronizedField("press_contact_phone"),
        SynchronizedField("press_contact_email"),
    ]

    panels = [
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldPanel("code"),
        FieldPanel("parent"),
        FieldPanel("description"),
        FieldPanel("website"),
        MultiFieldPanel(
            [
                FieldPanel("press_contact_name"),
                FieldPanel("press_contact_role"),
                FieldPanel("press_contact_phone"),
                FieldPanel("press_contact_email"),
            ],
            heading=_("Press contact"),
        ),
        MultiFieldPanel(
            [InlinePanel("memberships", label=_("Person"))],
            heading=_("People"),
            help_text=_(
                "The head and deputies approve the unit's items; members write them. "
                "The Vietnamese and English versions of the unit share their people."
            ),
        ),
    ]

    search_fields = [
        index.SearchField("name"),
        index.SearchField("short_name"),
        index.AutocompleteField("name"),
        index.FilterField("code"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("unit")
        verbose_name_plural = _("units")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["code", "locale"], name="unique_unit_code_per_locale")
        ]
        # Checked with user.has_perm(); the groups that hold them are set up by
        # workflows.roles.setup_editorial_workflow().
        permissions = [
            ("choose_any_lead_unit", _("Can choose any unit as an item's lead unit")),
            ("follow_every_unit", _("Can follow every unit's items in the reports")),
            (
                "publish_without_full_review",
                _("Can publish or take down an item without the full review, giving a reason"),
            ),
            (
                "confirm_publication_without_full_review",
                _("Can confirm an item published without the full review"),
            ),
        ]

    def __str__(self):
        return self.name

    @property
    def display_name(self):
        return self.short_name or self.name

    @property
    def has_press_contact(self):
        return bool(self.press_contact_name or self.press_contact_email or self.press_contact_phone)

    def memberships_for(self, *roles):
        """Memberships of this unit in any language, active users only."""
        qs = UnitMembership.objects.filter(
            unit__translation_key=self.translation_key, user__is_active=True
        )
        if roles:
            qs = qs.filter(role__in=roles)
        return qs

    def reviewers(self):
        """The users who approve this unit's items: its heads and deputies."""
        user_ids = self.memberships_for(*UnitMembership.REVIEWER_ROLES).values("user_id")
        return get_user_model().objects.filter(pk__in=user_ids, is_active=True).order_by("pk")

    def is_reviewer(self, user):
        return (
            user.is_authenticated
            and self.memberships_for(*UnitMembership.REVIEWER_ROLES).filter(user=user).exists()
        )

    @classmethod
    def keys_for_user(cls, user, roles=None):
        """The translation keys of the units ``user`` belongs to (optionally in ``roles``)."""
        qs = UnitMembership.objects.filter(user=user)
        if roles:
            qs = qs.filter(role__in=roles)
        return qs.values("unit__translation_key")


class UnitMembership(models.Model):
    HEAD = "head"
    DEPUTY = "deputy"
    MEMBER = "member"
    ROLE_CHOICES = [
        (HEAD, _("Head")),
        (DEPUTY, _("Deputy head")),
        (MEMBER, _("Journalist or editor")),
    ]
    REVIEWER_ROLES = (HEAD, DEPUTY)

    unit = ParentalKey(Unit, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="unit_memberships",
    )
    role = models.CharField(_("role"), max_length=10, choices=ROLE_CHOICES, default=MEMBER)

    panels = [FieldPanel("user"), FieldPanel("role")]

    class Meta:
        verbose_name = _("unit membership")
        verbose_name_plural = _("unit memberships")
        constraints = [
            models.UniqueConstraint(fields=["unit", "user"], name="unique_membership_per_unit")
        ]

    def __str__(self):
        return f"{self.user} – {self.get_role_display()} – {self.unit}"


def lead_unit_of(obj):
    """The lead unit of a page (news, event), or the portal's default unit for pages without
    one (home, fixed and index pages), which the unit that runs the portal approves."""
    obj = getattr(obj, "specific", obj)
    unit = getattr(obj, "lead_unit", None)
    if unit is not None:
        return unit
    return Unit.objects.filter(code=settings.PORTAL_DEFAULT_UNIT_CODE).order_by("pk").first()


def _pk_strings(queryset):
    # WorkflowState.object_id is a CharField.
    return queryset.annotate(pk_str=Cast("pk", output_field=CharField())).values("pk_str")


def lead_unit_page_models():
    """Every page type with a lead unit (news, events, press releases...), found by its field
    so that this app names no page type."""
    return [
        model
        for model in get_page_models()
        if not model._meta.abstract
        and any(field.name == "lead_unit" for field in model._meta.concrete_fields)
    ]


def object_id_in_units(unit_keys, field="object_id"):
    """A condition on ``<field>`` (a page id stored as text, as in ``WorkflowState``) matching
    pages whose lead unit is one of the units with these translation keys. Pages without a lead
    unit belong to the portal's default unit."""
    models_with_unit = lead_unit_page_models()
    condition = Q()
    for model in models_with_unit:
        condition |= Q(
            **{
                f"{field}__in": _pk_strings(
                    model.objects.filter(lead_unit__translation_key__in=unit_keys)
                )
            }
        )
    default_unit = Unit.objects.filter(
        code=settings.PORTAL_DEFAULT_UNIT_CODE, translation_key__in=unit_keys
    )
    if default_unit.exists():
        with_unit = Q(pk__in=[])
        for model in models_with_unit:
            with_unit |= Q(pk__in=model.objects.exclude(lead_unit=None).values("pk"))
        condition |= Q(
            **{
                f"{field}__in": _pk_strings(
                    Page.objects.exclude(pk__in=Page.objects.filter(with_unit).values("pk"))
                )
            }
        )
    return condition


class AbstractUnitHeadApprovalTask(Task):
    """Approval by the head or a deputy of the item's lead unit, resolved when asked, so that
    a change of head applies to items already waiting."""

    def _is_reviewer(self, obj, user):
        if not user.is_authenticated:
            return False
        if user.is_superuser:
            return True
        unit = lead_unit_of(obj)
        return bool(unit and unit.is_reviewer(user))

    def user_can_access_editor(self, obj, user):
        return self._is_reviewer(obj, user)

    def locked_for_user(self, obj, user):
        return not self._is_reviewer(obj, user)

    def user_can_lock(self, obj, user):
        return self._is_reviewer(obj, user)

    def user_can_unlock(self, obj, user):
        return False

    def get_actions(self, obj, user):
        if not self._is_reviewer(obj, user):
            return []
        return [
            ("reject", _("Request changes"), True),
            ("approve", _("Approve"), False),
            ("approve", _("Approve with comment"), True),
        ]

    def get_form_for_action(self, action):
        if action == "reject":
            from workflows.action_forms import RequiredCommentForm

            return RequiredCommentForm
        return super().get_form_for_action(action)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = TaskState.objects.filter(task=self.task_ptr, status=TaskState.STATUS_IN_PROGRESS)
        if user.is_superuser:
            return states
        keys = list(
            Unit.keys_for_user(user, roles=UnitMembership.REVIEWER_ROLES).values_list(
                "unit__translation_key", flat=True
            )
        )
        if not keys:
            return TaskState.objects.none()
        return states.filter(
            object_id_in_units(keys, field="workflow_state__object_id"),
            workflow_state__base_content_type=ContentType.objects.get_for_model(Page),
        )

    def eligible_reviewers(self, obj):
        unit = lead_unit_of(obj)
        return unit.reviewers() if unit else []

    @classmethod
    def get_description(cls):
        return _("The head or a deputy head of the item's lead unit approves it.")

    class Meta:
        abstract = True


class ReviewedTranslationMixin:
    """An English version with machine-translated text that no person has reviewed cannot be
    approved (it can still be sent back with a request for changes)."""

    def get_actions(self, obj, user):
        from workflows.translation import has_unreviewed_machine_text

        actions = super().get_actions(obj, user)
        if actions and has_unreviewed_machine_text(getattr(obj, "specific", obj)):
            actions = [action for action in actions if action[0] != "approve"]
        return actions


class UnitHeadApprovalTask(
    FourEyesTaskMixin, ReviewedTranslationMixin, AbstractUnitHeadApprovalTask
):
    class Meta:
        verbose_name = _("Unit head approval")
        verbose_name_plural = _("Unit head approvals")


class EditorialBoardApprovalTask(
    FourEyesTaskMixin, ReviewedTranslationMixin, AbstractGroupApprovalTask
):
    """The editorial board's final check, by the members of the chosen groups."""

    def get_form_for_action(self, action):
        if action == "reject":
            from workflows.action_forms import RequiredCommentForm

            return RequiredCommentForm
        return super().get_form_for_action(action)

    def eligible_reviewers(self, obj):
        return (
            get_user_model()
            .objects.filter(groups__in=self.groups.all(), is_active=True)
            .distinct()
            .order_by("pk")
        )

    @classmethod
    def get_description(cls):
        return _("A member of the editorial board gives the final approval.")

    class Meta:
        verbose_name = _("Editorial board approval")
        verbose_name_plural = _("Editorial board approvals")


class EmergencyPublication(models.Model):
    """A page published by a board member without the full review chain, with the written
    reason, until another person confirms it after the fact."""

    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("revision"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    reason = models.TextField(_("reason"))
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("published by"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    published_at = models.DateTimeField(_("published at"), auto_now_add=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("confirmed by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("publication without full review")
        verbose_name_plural = _("publications without full review")
        ordering = ["-published_at"]

    def __str__(self):
        return str(self.page)


class GlossaryTerm(index.Indexed, models.Model):
    """An official term and its official English rendering, with renderings to avoid."""

    CATEGORY_CHOICES = [
        ("asean", _("ASEAN body")),
        ("accsm", _("ACCSM mechanism")),
        ("unit", _("Unit of the Ministry")),
        ("country", _("Member state or partner")),
        ("other", _("Other")),
    ]

    vietnamese = models.CharField(_("Vietnamese term"), max_length=255)
    english = models.CharField(_("official English term"), max_length=255)
    avoid = models.TextField(
        _("English renderings to avoid"),
        blank=True,
        help_text=_("One per line. English pages that use one of them are flagged."),
    )
    category = models.CharField(
        _("category"), max_length=20, choices=CATEGORY_CHOICES, default="other"
    )
    note = models.TextField(_("note"), blank=True)

    panels = [
        FieldPanel("vietnamese"),
        FieldPanel("english"),
        FieldPanel("avoid"),
        FieldPanel("category"),
        FieldPanel("note"),
    ]

    search_fields = [
        index.SearchField("vietnamese"),
        index.SearchField("english"),
        index.AutocompleteField("english"),
        index.FilterField("category"),
    ]

    class Meta:
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")
        ordering = ["vietnamese"]

    def __str__(self):
        return f"{self.vietnamese} – {self.english}"

    def avoided_variants(self):
        return [line.strip() for line in self.avoid.splitlines() if line.strip()]
