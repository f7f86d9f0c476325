"""English versions through the same review chain as Vietnamese ones (wagtail-localize).

wagtail-localize 1.14 has paths that make a translation live without a publish permission, and
no way to submit a synced translation for review (see the shared notes, §2.4 and recipe 1). This
module closes the first and adds the second:

- "Sync translated pages" with "publish" ticked publishes only for users who may publish;
- "Convert to alias" (which copies the source's live state) needs the publish permission;
- a translator submits the English version into the chain from the translation editor; the
  translation stays synced and a live English page is not touched until it is approved;
- machine-translated text must be reviewed by a person before the item can be approved;
- starting or syncing a translation needs the right to edit what is translated, and never
  writes over an existing translation of a related snippet (a unit's English name and press
  contact, a theme, a country): those change only in the snippet's own editor.
"""

from django import forms
from django.core.exceptions import FieldDoesNotExist, PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.html import strip_tags
from django.utils.text import Truncator, capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST
from wagtail.admin import messages
from wagtail.models import DraftStateMixin, Page, WorkflowState
from wagtail.snippets.permissions import get_permission_name
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.operations import TranslationCreator
from wagtail_localize.tasks import background
from wagtail_localize.views import convert
from wagtail_localize.views.submit_translations import (
    SubmitPageTranslationView,
    SubmitSnippetTranslationView,
)
from wagtail_localize.views.update_translations import UpdateTranslationsView


def translation_for(page):
    """The enabled (synced) wagtail-localize translation whose target is ``page``, if any."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key,
            target_locale_id=page.locale_id,
            enabled=True,
        )
        .select_related("source", "target_locale")
        .first()
    )


def untranslated_segments(translation):
    """The segments of ``translation`` still without a (valid) translation, in page order: the
    one rule of "not fully translated", for the refusal to submit and for the editor's list."""
    return (
        StringSegment.objects.filter(source_id=translation.source_id)
        .annotate_translation(translation.target_locale)
        .filter(translation__isnull=True)
        .select_related("string", "context")
        .order_by("order")
    )


def segment_name(segment, model):
    """``Summary: “Đoàn công tác của Bộ…”``: the field a segment belongs to and its text."""
    field_name = segment.context.path.split(".")[0]
    try:
        field = capfirst(model._meta.get_field(field_name).verbose_name)
    except FieldDoesNotExist:
        field = field_name
    text = Truncator(" ".join(strip_tags(segment.string.data).split())).chars(60)
    return f"{field}: “{text}”"


def untranslated_names(translation, limit=5):
    """The untranslated segments of ``translation``, named (the first ``limit``)."""
    segments = list(untranslated_segments(translation))
    model = translation.source.specific_content_type.model_class()
    names = [segment_name(segment, model) for segment in segments[:limit]]
    if len(segments) > limit:
        names.append(_("and %(count)s more") % {"count": len(segments) - limit})
    return names


def unreviewed_machine_strings(translation):
    """Machine-translated strings of ``translation`` that no person has reviewed yet."""
    return StringTranslation.objects.filter(
        locale=translation.target_locale,
        translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
        translation_of__segments__source=translation.source,
        context_id=F("translation_of__segments__context_id"),
    ).distinct()


def has_unreviewed_machine_text(page):
    translation = translation_for(page)
    return translation is not None and unreviewed_machine_strings(translation).exists()


def save_translation_revision(translation, user):
    """Store the translation as a draft revision of its page.

    ``Translation.save_target(publish=False)`` writes the translated fields to the page row
    before saving a revision: on a live page that would change what readers see at once,
    unreviewed. A live page therefore gets only a revision, as Wagtail's own editor does.
    """
    page = translation.get_target_instance()
    if not page.live:
        translation.save_target(user=user, publish=False)
        return Page.objects.get(pk=page.pk).specific.get_latest_revision()
    draft = translation.source.get_ephemeral_translated_instance(
        translation.target_locale, fallback=True
    )
    return draft.save_revision(user=user, log_action=True)


@require_POST
def submit_translation_for_review(request, translation_id):
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    page = translation.get_target_instance()
    if not isinstance(page, Page):
        raise Http404
    perms = page.permissions_for_user(request.user)
    if not perms.can_edit() or perms.page_locked():
        raise PermissionDenied
    state = page.current_workflow_state
    resume = state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES
    if not resume and not perms.can_submit_for_moderation():
        messages.error(request, _("This translation cannot be submitted for review now."))
        return redirect("wagtailadmin_pages:edit", page.pk)
    if untranslated_segments(translation).exists():
        # English readers never see untranslated Vietnamese text presented as English.
        total, done = translation.get_progress()
        messages.error(
            request,
            _(
                "Translate all %(total)s segments before submitting (%(done)s done). "
                "Not yet translated: %(missing)s."
            )
            % {"total": total, "done": done, "missing": "; ".join(untranslated_names(translation))},
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    try:
        with transaction.atomic():
            save_translation_revision(translation, request.user)
            page = Page.objects.get(pk=page.pk).specific
            if resume:
                state.resume(request.user)
            else:
                page.get_workflow().start(page, request.user)
    except ValidationError as error:
        messages.error(
            request,
            _("The translated page is not valid: %(errors)s")
            % {"errors": "; ".join(error.messages)},
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    messages.success(request, _("The English version was submitted for review."))
    return redirect("wagtailadmin_pages:edit", page.pk)


def translation_progress(translation):
    """What the translation editor's summary shows: the counts, the untranslated segments named,
    and the English title and address (whose slug wagtail-localize lists under another tab)."""
    total, done = translation.get_progress()
    target = translation.get_target_instance()
    draft = target.get_latest_revision_as_object() if isinstance(target, Page) else target
    return {
        "total": total,
        "done": done,
        "missing": untranslated_names(translation, limit=10),
        "title": getattr(draft, "title", str(draft)),
        "slug": getattr(draft, "slug", ""),
    }


@require_GET
def translation_progress_json(request, translation_id):
    """The editor's summary, fetched again after each saved segment."""
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    target = translation.get_target_instance()
    if not isinstance(target, Page) or not target.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return JsonResponse(translation_progress(translation))


@require_POST
def mark_machine_text_reviewed(request, translation_id):
    """A person has read the machine-translated strings and accepts them as they are."""
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    page = translation.get_target_instance()
    if not isinstance(page, Page) or not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    count = StringTranslation.objects.filter(
        pk__in=unreviewed_machine_strings(translation).values("pk")
    ).update(
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
        last_translated_by=request.user,
    )
    messages.success(
        request, _("%(count)s machine-translated segments marked as reviewed.") % {"count": count}
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


def user_can_publish(user, obj):
    if isinstance(obj, Page):
        return obj.permissions_for_user(user).can_publish()
    if isinstance(obj, DraftStateMixin):
        return user.has_perm(get_permission_name("publish", type(obj)))
    # A snippet without drafts (a unit, a theme) is live as soon as it is saved.
    return user.has_perm(get_permission_name("change", type(obj)))


def user_can_translate(user, obj):
    """Starting, syncing or updating the translations of ``obj`` needs the right to edit it:
    a journalist translates their own items, not another unit's drafts."""
    if not user.is_authenticated:
        return False
    obj = getattr(obj, "specific", obj)
    if isinstance(obj, Page):
        return obj.permissions_for_user(user).can_edit()
    return user.has_perm(get_permission_name("change", type(obj)))


class MissingOnlyTranslationCreator(TranslationCreator):
    """wagtail-localize's creator also "translates" the snippets an item refers to, saving over
    their existing translations with untranslated source text (an English unit's name and press
    contact turned Vietnamese, live at once). Related objects get a translation only where they
    have none; existing ones are changed only in their own editor."""

    def create_translations(self, instance, include_related_objects=True):
        if include_related_objects:
            return super().create_translations(instance, include_related_objects)
        missing = [locale for locale in self.target_locales if not instance.has_translation(locale)]
        if not missing:
            self.seen_objects.add(instance.translation_key)
            return None
        all_locales = self.target_locales
        self.target_locales = missing
        try:
            return super().create_translations(instance, include_related_objects)
        finally:
            self.target_locales = all_locales


@transaction.atomic
def translate_object(instance, locales, components=None, user=None):
    """``wagtail_localize.operations.translate_object`` with the creator above."""
    translator = MissingOnlyTranslationCreator(user, locales)
    translator.create_translations(instance)
    if components is not None:
        components.save(translator, sources_and_translations=translator.mappings)


@transaction.atomic
def translate_page_subtree(page_id, locales, components, user):
    """``wagtail_localize.operations.translate_page_subtree`` with the creator above; pages the
    user may not edit are left out."""
    translator = MissingOnlyTranslationCreator(user, locales)

    def walk(page):
        for child in page.get_children().specific():
            if user_can_translate(user, child):
                translator.create_translations(child)
            if child.numchild:
                walk(child)

    walk(Page.objects.get(id=page_id))
    if components is not None:
        components.save(translator, sources_and_translations=translator.mappings)


class GuardedSubmitMixin:
    """wagtail-localize's "Translate" views check only the general translation permission."""

    def dispatch(self, request, *args, **kwargs):
        if not user_can_translate(request.user, self.get_object()):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @transaction.atomic
    def form_valid(self, form):
        locales = form.cleaned_data["locales"]
        translate_object(self.object, locales, self.components, self.request.user)
        if isinstance(self.object, Page) and form.cleaned_data.get("include_subtree"):
            background.enqueue(
                translate_page_subtree,
                [self.object.id, locales, self.components, self.request.user],
                {},
            )
        single = None
        if len(locales) == 1:
            label = locales[0].get_display_name()
            single = self.object.get_translation(locales[0])
        else:
            label = _("%(count)s languages") % {"count": len(locales)}
        messages.success(self.request, self.get_success_message(label))
        return redirect(self.get_success_url() or self.get_default_success_url(single))


class GuardedSubmitPageTranslationView(GuardedSubmitMixin, SubmitPageTranslationView):
    pass


class GuardedSubmitSnippetTranslationView(GuardedSubmitMixin, SubmitSnippetTranslationView):
    pass


class GuardedUpdateTranslationsView(UpdateTranslationsView):
    """ "Sync translated pages": only for those who may edit the source, and the "publish"
    option only for those who may publish."""

    def dispatch(self, request, *args, **kwargs):
        source = self.get_object().get_source_instance()
        if not user_can_translate(request.user, source):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_form(self):
        form = super().get_form()
        targets = [t.get_target_instance() for t in self.object.translations.filter(enabled=True)]
        if not all(user_can_publish(self.request.user, target) for target in targets):
            field = form.fields["publish_translations"]
            field.disabled = True  # a posted "on" is ignored
            field.widget = forms.HiddenInput()
        return form


def guarded_convert_to_alias(request, page_id):
    """An alias copies the source's live state: only a publisher may convert to one."""
    page = get_object_or_404(Page, id=page_id)
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    return convert.convert_to_alias(request, page_id)


# Translation state of a Vietnamese item's English twin ----------------------------------------

MISSING, DRAFT, IN_REVIEW, LIVE, OUTDATED = "missing", "draft", "in_review", "live", "outdated"


def twin_state(source, twin, twin_in_review=False):
    """The state of ``twin`` (the English version of ``source``, or None)."""
    if twin is None:
        return MISSING
    if twin_in_review:
        return IN_REVIEW
    if not twin.live:
        return DRAFT
    if is_outdated(source, twin):
        return OUTDATED
    return LIVE


def is_outdated(source, twin):
    """The English version predates the Vietnamese one's latest publication."""
    return bool(
        source.live
        and twin.live
        and source.last_published_at
        and twin.last_published_at
        and source.last_published_at > twin.last_published_at
    )


STATE_LABELS = {
    MISSING: gettext_lazy("missing"),
    DRAFT: gettext_lazy("draft"),
    IN_REVIEW: gettext_lazy("in review"),
    LIVE: gettext_lazy("live"),
    OUTDATED: gettext_lazy("outdated"),
}
