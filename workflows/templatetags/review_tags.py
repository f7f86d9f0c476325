from django import template

from workflows.glossary import glossary_warnings
from workflows.translation import translation_progress, unreviewed_machine_strings

register = template.Library()


@register.inclusion_tag("workflows/translation_review_panel.html", takes_context=True)
def translation_review_panel(context, translation, instance):
    """Under wagtail-localize's editor: submit the English version for review, review machine
    text, and the glossary's warnings."""
    request = context["request"]
    perms = instance.permissions_for_user(request.user)
    state = instance.current_workflow_state
    total, done = translation.get_progress()
    return {
        "request": request,
        "translation": translation,
        "instance": instance,
        "workflow_state": state,
        "can_submit": perms.can_edit()
        and not perms.page_locked()
        and (
            (state is not None and state.status == "needs_changes")
            or perms.can_submit_for_moderation()
        ),
        "total": total,
        "done": done,
        "machine_count": unreviewed_machine_strings(translation).count(),
        "glossary_warnings": glossary_warnings(translation.get_target_instance().specific),
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("workflows/translation_progress.html")
def translation_progress_summary(translation):
    """Above wagtail-localize's editor: the progress, the segments still to translate, named,
    and the English title with its address; kept up to date by translation_progress.js."""
    return {"translation": translation, **translation_progress(translation)}
