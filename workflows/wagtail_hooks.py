from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.action_menu import ActionMenuItem
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.models import WorkflowState
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.models import PRESS_PAGE_CONTEXT_HOOK
from workflows import views
from workflows.action_menu import submit_first
from workflows.confirmations import ConfirmedWorkflowActionView, confirm_workflow_action
from workflows.dashboard import AuthorItemsPanel, ReviewQueuePanel, UnitOverviewPanel
from workflows.models import GlossaryTerm, Unit
from workflows.submission import describe, submission_problems


class UnitViewSet(SnippetViewSet):
    model = Unit
    icon = "group"
    menu_label = gettext_lazy("Units")
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "short_name", "code", "parent"]
    list_filter = ["parent"]
    search_fields = ["name", "short_name", "code"]
    ordering = ["name"]


register_snippet(UnitViewSet)


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "doc-full-inverse"
    menu_label = gettext_lazy("Glossary")
    menu_order = 230
    add_to_admin_menu = True
    list_display = ["vietnamese", "english", "category"]
    list_filter = ["category"]
    search_fields = ["vietnamese", "english"]
    ordering = ["vietnamese"]


register_snippet(GlossaryTermViewSet)


@hooks.register("construct_homepage_panels")
def review_panels(request, panels):
    replaced = {ReviewQueuePanel.name, AuthorItemsPanel.name}
    panels[:] = [panel for panel in panels if getattr(panel, "name", None) not in replaced]
    panels.extend([ReviewQueuePanel(), AuthorItemsPanel(), UnitOverviewPanel()])


@hooks.register("register_log_actions")
def register_portal_log_actions(actions):
    actions.register_action(
        "portal.emergency_publish",
        gettext_lazy("Publish without full review"),
        gettext_lazy("Published without full review"),
    )
    actions.register_action(
        "portal.emergency_unpublish",
        gettext_lazy("Take off the site now"),
        gettext_lazy("Taken off the site by the lead unit"),
    )
    actions.register_action(
        "portal.emergency_publish_confirmed",
        gettext_lazy("Confirm review after publication"),
        gettext_lazy("Review confirmed after publication"),
    )


@hooks.register("register_admin_urls")
def register_workflow_urls():
    return [
        path(
            "emergency-publish/<int:page_id>/",
            views.emergency_publish,
            name="workflows_emergency_publish",
        ),
        path(
            "emergency-unpublish/<int:page_id>/",
            views.emergency_unpublish,
            name="workflows_emergency_unpublish",
        ),
        path("published-without-review/", views.emergency_list, name="workflows_emergency_list"),
        path(
            "review/<int:page_id>/<slug:action_name>/<int:task_state_id>/",
            ConfirmedWorkflowActionView.as_view(),
            name="workflows_workflow_action",
        ),
        path(
            "published-without-review/<int:pk>/confirm/",
            views.emergency_confirm,
            name="workflows_emergency_confirm",
        ),
    ]


class EmergencyPublishMenuItem(ActionMenuItem):
    label = gettext_lazy("Publish without full review…")
    name = "action-emergency-publish"
    icon_name = "warning"
    order = 60

    def is_shown(self, context):
        return context["view"] == "edit" and views.is_board_member(context["request"].user)

    def get_url(self, parent_context):
        return reverse("workflows_emergency_publish", args=[parent_context["page"].pk])


@hooks.register("register_page_action_menu_item")
def register_emergency_publish_menu_item():
    return EmergencyPublishMenuItem()


class EmergencyUnpublishMenuItem(ActionMenuItem):
    label = gettext_lazy("Take off the site now…")
    name = "action-emergency-unpublish"
    icon_name = "warning"
    order = 61

    def is_shown(self, context):
        page = context.get("page")
        return (
            context["view"] == "edit"
            and page is not None
            and page.live
            and not page.permissions_for_user(context["request"].user).can_unpublish()
            and views.may_unpublish_in_emergency(context["request"].user, page)
        )

    def get_url(self, parent_context):
        return reverse("workflows_emergency_unpublish", args=[parent_context["page"].pk])


@hooks.register("register_page_action_menu_item")
def register_emergency_unpublish_menu_item():
    return EmergencyUnpublishMenuItem()


class EmergencyUnpublishPageMenuItem(PageMenuItem):
    """The same action in the page listing's and the page header's "More" menu: a unit head
    usually cannot open a live item's editor."""

    label = gettext_lazy("Take off the site now…")
    icon_name = "warning"
    url_name = "workflows_emergency_unpublish"

    def is_shown(self, user):
        return (
            self.page.live
            and not self.page.permissions_for_user(user).can_unpublish()
            and views.may_unpublish_in_emergency(user, self.page)
        )


@hooks.register("register_page_listing_more_buttons")
def emergency_unpublish_listing_button(page, user, next_url=None):
    yield EmergencyUnpublishPageMenuItem(page=page, priority=45)


@hooks.register("register_page_header_buttons")
def emergency_unpublish_header_button(page, user, view_name, next_url=None):
    yield EmergencyUnpublishPageMenuItem(page=page, priority=65)


class EmergencyListMenuItem(MenuItem):
    def is_shown(self, request):
        return views.can_confirm(request.user)


@hooks.register("register_reports_menu_item")
def register_emergency_list_menu_item():
    return EmergencyListMenuItem(
        gettext_lazy("Published without full review"),
        reverse("workflows_emergency_list"),
        icon_name="warning",
        order=900,
    )


@hooks.register("before_edit_page")
def show_requested_changes(request, page):
    """Requested changes come back to the author with the reviewer's comment in the editor."""
    if request.method != "GET":
        return None
    state = page.current_workflow_state
    if state is None or state.status != WorkflowState.STATUS_NEEDS_CHANGES:
        return None
    task_state = state.current_task_state
    comment = task_state.specific.get_comment() if task_state else ""
    reviewer = task_state.finished_by if task_state else None
    messages.warning(
        request,
        _("Changes requested at “%(step)s” by %(reviewer)s: %(comment)s")
        % {
            "step": task_state.task.name if task_state else "",
            "reviewer": (reviewer.get_full_name() or reviewer.get_username()) if reviewer else "",
            "comment": comment,
        },
    )
    return None


@hooks.register("before_edit_page")
def remember_task_state(request, page):
    """The step a decision taken in the editor is about, before Wagtail moves the item on."""
    if request.method == "POST" and request.POST.get("action-workflow-action"):
        request.portal_decided_task_state = page.current_workflow_task_state
    return None


# Wagtail's own message, translated by its catalogue (a variable, so it stays out of ours).
WAGTAIL_PAGE_UPDATED = "Page '%(page_title)s' has been updated."


@hooks.register("after_edit_page")
def confirm_decision_in_editor(request, page):
    task_state = getattr(request, "portal_decided_task_state", None)
    if task_state is not None:
        # The editor has just said "Page '…' has been updated."; the confirmation says more.
        updated = _(WAGTAIL_PAGE_UPDATED) % {"page_title": page.get_admin_display_title()}
        confirm_workflow_action(
            request, page, request.POST.get("workflow-action-name", ""), task_state, updated
        )
    return None


@hooks.register("before_edit_page")
def show_submission_problems(request, page):
    """A draft lists what would stop its submission, before the author tries to submit."""
    if request.method != "GET":
        return None
    state = page.current_workflow_state
    returned = state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES
    perms = page.permissions_for_user(request.user)
    if not (returned or perms.can_submit_for_moderation()) or perms.page_locked():
        return None
    if problems := submission_problems(page):
        messages.warning(
            request,
            _("Before this item can be submitted for review, complete: %(problems)s")
            % {"problems": describe(problems)},
            extra_tags="submission-problems",
        )
    return None


@hooks.register("before_edit_page")
def withdraw_from_review(request, page):
    """An author withdraws their item from review. Wagtail cancels a workflow through the
    edit form, which refuses every POST while the review step locks the page for the author,
    so the cancellation is done here for them; what they submitted stays the latest revision,
    back in their hands as a draft."""
    if request.method != "POST" or not request.POST.get("action-cancel-workflow"):
        return None
    state = page.current_workflow_state
    lock = page.get_lock()
    if (
        state is None
        or not state.user_can_cancel(request.user)
        or lock is None
        or not lock.for_user(request.user)
    ):
        return None  # Wagtail's own path (or its refusal)
    state.cancel(user=request.user)
    messages.success(
        request,
        _("“%(title)s” was withdrawn from review; it is a draft again.")
        % {"title": page.get_admin_display_title()},
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


# Translations ---------------------------------------------------------------------------------


@hooks.register("register_admin_urls", order=-1)
def register_translation_urls():
    """Registered before wagtail-localize's own URLs (hook order 0): the same paths are served by
    the guarded views, and ``reverse("wagtail_localize:...")`` still gives them."""
    from workflows import translation

    return [
        path(
            "localize/submit/page/<int:page_id>/",
            translation.GuardedSubmitPageTranslationView.as_view(),
        ),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            translation.GuardedSubmitSnippetTranslationView.as_view(),
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            translation.GuardedUpdateTranslationsView.as_view(),
        ),
        path(
            "localize/page/<int:page_id>/convert_to_alias/",
            translation.guarded_convert_to_alias,
        ),
        path(
            "translation-review/<int:translation_id>/submit/",
            translation.submit_translation_for_review,
            name="workflows_submit_translation",
        ),
        path(
            "translation-review/<int:translation_id>/progress/",
            translation.translation_progress_json,
            name="workflows_translation_progress",
        ),
        path(
            "translation-review/<int:translation_id>/machine-text-reviewed/",
            translation.mark_machine_text_reviewed,
            name="workflows_machine_text_reviewed",
        ),
    ]


@hooks.register("before_edit_page", order=-1)
def submit_synced_translation(request, page):
    """wagtail-localize's editor takes over the edit view of a synced translation and ignores
    Wagtail's "submit" action; send it to the review chain instead."""
    if request.method == "POST" and "action-submit" in request.POST:
        from workflows.translation import submit_translation_for_review, translation_for

        translation = translation_for(page)
        if translation is not None:
            return submit_translation_for_review(request, translation.pk)
    return None


@hooks.register("before_edit_page")
def show_translation_state(request, page):
    """The English version's state on a Vietnamese item; warnings on an English one."""
    if request.method != "GET":
        return None
    from workflows import translation
    from workflows.glossary import glossary_warnings

    page = page.specific
    if page.locale.language_code == "vi" and page.depth > 2:
        twin = page.get_translations().filter(locale__language_code="en").first()
        state = translation.twin_state(page, twin, twin is not None and twin.workflow_in_progress)
        messages.info(
            request, _("English version: %(state)s") % {"state": translation.STATE_LABELS[state]}
        )
    elif page.locale.language_code == "en":
        if translation.has_unreviewed_machine_text(page):
            messages.warning(
                request,
                _(
                    "This English version contains machine-translated text that no person has "
                    "reviewed; it cannot be approved until it is reviewed."
                ),
            )
        for warning in glossary_warnings(page):
            messages.warning(request, warning)
    return None


@hooks.register("before_serve_page")
def serve_pages_in_their_own_language(page, request, serve_args, serve_kwargs):
    """Never serve a page of one language under the other's address: when a language has no
    live home page, Wagtail would otherwise fall back to the other language's tree."""
    from django.http import Http404
    from django.utils.translation import get_language

    if page.locale.language_code != get_language():
        raise Http404
    return None


@hooks.register("register_admin_urls")
def register_translation_report_urls():
    from workflows.reports import TranslationStatusReportView

    return [
        path(
            "reports/english-versions/",
            TranslationStatusReportView.as_view(),
            name="workflows_translation_report",
        ),
        path(
            "reports/english-versions/results/",
            TranslationStatusReportView.as_view(results_only=True),
            name="workflows_translation_report_results",
        ),
    ]


class TranslationReportMenuItem(MenuItem):
    def is_shown(self, request):
        from workflows.reports import sees_every_unit

        return sees_every_unit(request.user) or request.user.unit_memberships.exists()


@hooks.register("register_reports_menu_item")
def register_translation_report_menu_item():
    return TranslationReportMenuItem(
        gettext_lazy("English versions"),
        reverse("workflows_translation_report"),
        icon_name="site",
        order=800,
    )


@hooks.register("construct_explorer_page_queryset")
def annotate_english_state(parent_page, pages, request):
    """Vietnamese pages in the page listing carry their English version's state."""
    if parent_page.locale.language_code != "vi" or not hasattr(pages, "annotate"):
        return pages
    from workflows.reports import annotate_translation_state

    return annotate_translation_state(pages)


@hooks.register("register_page_listing_buttons")
def english_state_button(page, user, next_url=None):
    from wagtail.admin.widgets.button import Button

    from workflows.translation import MISSING, STATE_LABELS

    state = getattr(page, "state", None)
    if state not in STATE_LABELS or page.depth <= 2:
        return
    if state == MISSING:
        url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    else:
        url = reverse("wagtailadmin_pages:edit", args=[page.en_id])
    yield Button(
        _("English: %(state)s") % {"state": STATE_LABELS[state]},
        url,
        classname=f"button-small button-secondary english-state english-state--{state}",
        attrs={"data-english-state": state},
        priority=90,
    )


hooks.register("construct_page_action_menu", submit_first)


@hooks.register(PRESS_PAGE_CONTEXT_HOOK)
def press_page_units(page):
    """Each unit's feeds, calendar and press contact on the press page."""
    return {"units": Unit.objects.filter(locale=page.locale).order_by("name")}
