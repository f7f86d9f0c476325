"""The portal's roles as Django groups, their permissions, and the review chain.

``setup_editorial_workflow()`` is idempotent: run it after every deployment
(``manage.py setup_editorial_workflow``); ``load_initial_data`` runs it too.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from home.permissions import TAKE_DOWN_CODENAME, ensure_take_down_permission
from workflows.models import EditorialBoardApprovalTask, UnitHeadApprovalTask
from workflows.names import BOARD_TASK_NAME, UNIT_HEAD_TASK_NAME, WORKFLOW_NAME

# Names differ from Wagtail's own "Editors" and "Moderators", which hold no page permission
# here (security migration 0003) and are never offered in the user forms (security/users.py).
WAGTAIL_DEFAULT_GROUPS = ("Editors", "Moderators")
JOURNALISTS = "Phóng viên – Biên tập viên"
UNIT_HEADS = "Lãnh đạo đơn vị"
EDITORIAL_BOARD = "Ban Biên tập Cổng"
ICD_COORDINATORS = "Điều phối viên Vụ Hợp tác quốc tế"
SITE_ADMINISTRATORS = "Quản trị Cổng"
# The Ministry's leadership reads the follow-up, the reports and the plan's results; it changes
# nothing, so it holds view permissions only.
LEADERSHIP = "Lãnh đạo Bộ"


def unused_default_groups():
    """Wagtail's own default groups, left without powers by the setup and never offered in the
    user forms (security/users.py): the portal's roles are the groups above."""
    return Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS)


def is_unused_default_group(group):
    return group.name in WAGTAIL_DEFAULT_GROUPS


# Page permissions on the root page, so that both language trees (and any later one) are
# covered. Nobody but site administrators may publish: approval in the chain publishes.
PAGE_PERMISSIONS = {
    JOURNALISTS: ["add_page"],
    UNIT_HEADS: ["add_page"],
    EDITORIAL_BOARD: ["add_page", "change_page"],
    SITE_ADMINISTRATORS: [
        "add_page",
        "change_page",
        "publish_page",
        "bulk_delete_page",
        "lock_page",
        "unlock_page",
    ],
}
COLLECTION_PERMISSIONS = {
    JOURNALISTS: ["add_image", "choose_image", "add_document", "choose_document"],
    UNIT_HEADS: ["add_image", "choose_image", "add_document", "choose_document"],
    EDITORIAL_BOARD: [
        "add_image",
        "change_image",
        "choose_image",
        "add_document",
        "change_document",
        "choose_document",
    ],
    SITE_ADMINISTRATORS: [
        "add_image",
        "change_image",
        "delete_image",
        "choose_image",
        "add_document",
        "change_document",
        "delete_document",
        "choose_document",
    ],
}
# "submit_translation" lets a user start an English version with wagtail-localize; its paths
# to publication are guarded (workflows/translation.py). The board, which gives the final
# approval, may take live items down ("take_down_page", home/permissions.py).
MODEL_PERMISSIONS = {
    JOURNALISTS: ["wagtailadmin.access_admin", "wagtail_localize.submit_translation"],
    UNIT_HEADS: ["wagtailadmin.access_admin", "wagtail_localize.submit_translation"],
    EDITORIAL_BOARD: [
        "wagtailadmin.access_admin",
        "workflows.choose_any_lead_unit",
        "workflows.follow_every_unit",
        "workflows.publish_without_full_review",
        "workflows.confirm_publication_without_full_review",
        f"wagtailcore.{TAKE_DOWN_CODENAME}",
        "wagtail_localize.submit_translation",
        "press.view_feedbacksubmission",
        "press.change_feedbacksubmission",
    ],
    ICD_COORDINATORS: [
        "wagtailadmin.access_admin",
        # The ASEAN reporters' network is the ICD's (press/reporters.py).
        "press.add_reporter",
        "press.change_reporter",
        "press.delete_reporter",
        "press.view_reporter",
        "reporting.view_all_units_reports",
        "reporting.decide_unit_reports",
        "reporting.add_plan",
        "reporting.change_plan",
        "reporting.view_plan",
    ],
    LEADERSHIP: [
        "wagtailadmin.access_admin",
        "reporting.view_all_units_reports",
        "reporting.view_plan",
    ],
    SITE_ADMINISTRATORS: [
        "wagtailadmin.access_admin",
        # Every permission of the board's, so that administrators may add people to it
        # (security/users.py: nobody grants more than they hold).
        "workflows.choose_any_lead_unit",
        "workflows.follow_every_unit",
        "workflows.publish_without_full_review",
        "workflows.confirm_publication_without_full_review",
        # They may take items down through their publish permission; holding this too keeps
        # their powers a superset of the board's (security/users.py manages lower roles only).
        f"wagtailcore.{TAKE_DOWN_CODENAME}",
        "wagtail_localize.submit_translation",
        "press.view_feedbacksubmission",
        "press.change_feedbacksubmission",
        "press.delete_feedbacksubmission",
        "press.add_reporter",
        "press.change_reporter",
        "press.delete_reporter",
        "press.view_reporter",
        "workflows.add_glossaryterm",
        "workflows.change_glossaryterm",
        "workflows.delete_glossaryterm",
        "workflows.add_unit",
        "workflows.change_unit",
        "workflows.delete_unit",
        "news.add_theme",
        "news.change_theme",
        "news.delete_theme",
        "events.add_country",
        "events.change_country",
        "events.delete_country",
        "home.change_portalsettings",
        "home.change_sitebranding",
        "auth.add_user",
        "auth.change_user",
        "auth.view_user",
        "wagtailcore.add_workflow",
        "wagtailcore.change_workflow",
        "wagtailcore.add_task",
        "wagtailcore.change_task",
        "wagtailredirects.add_redirect",
        "wagtailredirects.change_redirect",
        "wagtailredirects.delete_redirect",
        "reporting.view_all_units_reports",
        "reporting.decide_unit_reports",
        "reporting.add_plan",
        "reporting.change_plan",
        "reporting.view_plan",
    ],
}


def _permission(label):
    app_label, codename = label.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


@transaction.atomic
def setup_editorial_workflow():
    """Create or update the groups, their permissions and the review chain."""
    groups = {
        name: Group.objects.get_or_create(name=name)[0]
        for name in (
            JOURNALISTS,
            UNIT_HEADS,
            EDITORIAL_BOARD,
            ICD_COORDINATORS,
            SITE_ADMINISTRATORS,
            LEADERSHIP,
        )
    }
    ensure_take_down_permission()
    root = Page.get_first_root_node()
    # Wagtail's default groups publish on the root without review: their page permissions go.
    GroupPagePermission.objects.filter(group__name__in=WAGTAIL_DEFAULT_GROUPS).delete()
    root_collection = Collection.get_first_root_node()
    for name, codenames in PAGE_PERMISSIONS.items():
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=groups[name],
                page=root,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )
    for name, codenames in COLLECTION_PERMISSIONS.items():
        for codename in codenames:
            app_label = "wagtailimages" if codename.endswith("_image") else "wagtaildocs"
            GroupCollectionPermission.objects.get_or_create(
                group=groups[name],
                collection=root_collection,
                permission=Permission.objects.get(
                    content_type__app_label=app_label, codename=codename
                ),
            )
    for name, labels in MODEL_PERMISSIONS.items():
        groups[name].permissions.add(*[_permission(label) for label in labels])

    unit_task = UnitHeadApprovalTask.objects.filter(name=UNIT_HEAD_TASK_NAME).first()
    if unit_task is None:
        unit_task = UnitHeadApprovalTask.objects.create(name=UNIT_HEAD_TASK_NAME)
    board_task = EditorialBoardApprovalTask.objects.filter(name=BOARD_TASK_NAME).first()
    if board_task is None:
        board_task = EditorialBoardApprovalTask.objects.create(name=BOARD_TASK_NAME)
    board_task.groups.add(groups[EDITORIAL_BOARD])

    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    for order, task in enumerate([unit_task, board_task]):
        # Created directly: modelcluster would defer workflow.workflow_tasks.create() until
        # the workflow is saved, and a workflow without tasks publishes at once.
        WorkflowTask.objects.update_or_create(
            workflow=workflow, task=task, defaults={"sort_order": order}
        )
    # The chain applies to every page of every language tree, replacing Wagtail's default
    # "Moderators approval" on the root page.
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    return workflow, groups
