"""Who may manage whom: roles cannot be escalated through the admin's user and group views.

- Only a superuser grants superuser status or changes a superuser's account.
- Anyone else manages only users whose powers are strictly fewer than their own (a site
  administrator manages journalists, heads and board members, not another administrator), and
  their own account.
- Nobody adds a user, themselves included, to a group holding a power they do not hold.
- Groups (their permissions) are created, changed and deleted by superusers only: a group's
  permissions are a role, and a role is what must not be escalated.
- Wagtail's default "Editors" and "Moderators" groups are never offered: the portal's roles are
  the groups of ``workflows.roles``.

A user's or group's powers are the model permissions it holds and the page and collection
permissions it holds, each on a subtree; one set covers another when every permission of the
other is held on the same subtree or an ancestor's.
https://docs.wagtail.org/en/stable/extending/customizing_group_views.html
"""

from dataclasses import dataclass, field

from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.models import GroupCollectionPermission, GroupPagePermission
from wagtail.users import forms as user_forms
from wagtail.users.views import groups as group_views
from wagtail.users.views import users as user_views

from workflows.roles import is_unused_default_group, unused_default_groups


@dataclass(frozen=True)
class Powers:
    model: frozenset = field(default_factory=frozenset)
    pages: frozenset = field(default_factory=frozenset)  # (codename, page path)
    collections: frozenset = field(default_factory=frozenset)  # (app.codename, path)
    everything: bool = False

    def covers(self, other):
        if self.everything:
            return True
        if other.everything:
            return False
        return (
            other.model <= self.model
            and all(_on_subtree(need, self.pages) for need in other.pages)
            and all(_on_subtree(need, self.collections) for need in other.collections)
        )


def _on_subtree(needed, held):
    codename, path = needed
    return any(code == codename and path.startswith(root) for code, root in held)


def _tree_powers(group_filter):
    pages = frozenset(
        GroupPagePermission.objects.filter(**group_filter).values_list(
            "permission__codename", "page__path"
        )
    )
    collections = frozenset(
        (f"{app}.{codename}", path)
        for app, codename, path in GroupCollectionPermission.objects.filter(
            **group_filter
        ).values_list(
            "permission__content_type__app_label", "permission__codename", "collection__path"
        )
    )
    return pages, collections


def user_powers(user):
    if not user.is_active:
        return Powers()
    if user.is_superuser:
        return Powers(everything=True)
    pages, collections = _tree_powers({"group__user": user})
    return Powers(frozenset(user.get_all_permissions()), pages, collections)


def group_powers(group):
    model = frozenset(
        f"{app}.{codename}"
        for app, codename in group.permissions.values_list("content_type__app_label", "codename")
    )
    pages, collections = _tree_powers({"group": group})
    return Powers(model, pages, collections)


def may_grant_group(actor, group):
    """Whether ``actor`` may add someone (themselves included) to ``group``."""
    if is_unused_default_group(group):
        return False
    return user_powers(actor).covers(group_powers(group))


def grantable_groups(actor):
    groups = Group.objects.exclude(pk__in=unused_default_groups()).order_by("name")
    if actor.is_superuser:
        return groups
    mine = user_powers(actor)
    return groups.filter(pk__in=[group.pk for group in groups if mine.covers(group_powers(group))])


def may_manage_user(actor, target):
    """Whether ``actor`` may change or delete ``target``'s account (password, e-mail, active,
    groups) through the admin."""
    if actor.is_superuser:
        return True
    if target.is_superuser:
        return False
    if actor.pk == target.pk:
        return True
    mine, theirs = user_powers(actor), user_powers(target)
    return mine.covers(theirs) and not theirs.covers(mine)


# Forms and views ------------------------------------------------------------------------------


class RoleLimitedFormMixin:
    """Only superusers see "Administrator"; groups are those the signed-in user may grant."""

    def __init__(self, *args, actor=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.actor = actor
        if actor is None or not actor.is_superuser:
            self.fields.pop("is_superuser", None)
        if "groups" in self.fields and actor is not None:
            self.fields["groups"].queryset = grantable_groups(actor)
            self.fields["groups"].error_messages["invalid_choice"] = _(
                "You cannot add anyone to this group: it holds powers you do not hold."
            )


class UserCreationForm(RoleLimitedFormMixin, user_forms.UserCreationForm):
    pass


class UserEditForm(RoleLimitedFormMixin, user_forms.UserEditForm):
    def save(self, commit=True):
        # Groups the form does not offer (Wagtail's defaults) are kept, not silently removed.
        kept = []
        if self.instance.pk and "groups" in self.fields:
            offered = self.fields["groups"].queryset
            kept = list(self.instance.groups.exclude(pk__in=offered.values("pk")))
        user = super().save(commit=commit)
        if kept and commit:
            user.groups.add(*kept)
        return user


class ActorFormKwargsMixin:
    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["actor"] = self.request.user
        return kwargs


class CreateUserView(ActorFormKwargsMixin, user_views.CreateView):
    pass


class EditUserView(ActorFormKwargsMixin, user_views.EditView):
    def dispatch(self, request, *args, **kwargs):
        if not may_manage_user(request.user, self.object):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class DeleteUserView(user_views.DeleteView):
    def dispatch(self, request, *args, **kwargs):
        if not may_manage_user(request.user, self.get_object()):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class PortalUserViewSet(user_views.UserViewSet):
    add_view_class = CreateUserView
    edit_view_class = EditUserView
    delete_view_class = DeleteUserView

    def get_form_class(self, for_update=False):
        return UserEditForm if for_update else UserCreationForm


class SuperuserOnlyMixin:
    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_superuser:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class CreateGroupView(SuperuserOnlyMixin, group_views.CreateView):
    pass


class EditGroupView(SuperuserOnlyMixin, group_views.EditView):
    pass


class DeleteGroupView(SuperuserOnlyMixin, group_views.DeleteView):
    pass


class PortalGroupViewSet(group_views.GroupViewSet):
    add_view_class = CreateGroupView
    edit_view_class = EditGroupView
    delete_view_class = DeleteGroupView


def check_bulk_user_action(request, action_type, objects, action):
    """The users' bulk actions (assign a group, activate or deactivate, delete) follow the same
    rules as the edit view."""
    if not objects or objects[0]._meta.label_lower != request.user._meta.label_lower:
        return
    if not all(may_manage_user(request.user, target) for target in objects):
        raise PermissionDenied
    if action_type == "assign_role":
        role = action.cleaned_form.cleaned_data.get("role")
        if role is None or not may_grant_group(request.user, role):
            raise PermissionDenied
