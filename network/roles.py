"""The roles of the platform, defined in code: each is a Group with its model permissions.

`sync_roles()` runs after every migrate (and as `manage.py sync_roles`) and makes the groups
match this module exactly. Object-level grants, such as a coordinator for one LHIN, are made
with django-guardian on top of a role (see `network.services`).
"""

from collections.abc import Iterable
from dataclasses import dataclass

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models import Q
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from content.forums.permissions import (
    CONTENT_EDITOR_FORUMS_PERMISSIONS,
    NETWORK_ADMINISTRATOR_FORUMS_PERMISSIONS,
)
from content.permissions import (
    CONTENT_EDITOR_CONTENT_PERMISSIONS,
    LHIN_COORDINATOR_CONTENT_PERMISSIONS,
    NETWORK_ADMINISTRATOR_CONTENT_PERMISSIONS,
)
from governance.permissions import (
    COMPLAINTS_OFFICER_PERMISSIONS,
    GOVERNANCE_MEMBER_PERMISSIONS,
    LHIN_COORDINATOR_GOVERNANCE_PERMISSIONS,
    NETWORK_ADMINISTRATOR_GOVERNANCE_PERMISSIONS,
    TREASURER_PERMISSIONS,
)
from speakers.permissions import (
    LHIN_COORDINATOR_SPEAKERS_PERMISSIONS,
    NETWORK_ADMINISTRATOR_SPEAKERS_PERMISSIONS,
)
from training.permissions import (
    CONTENT_EDITOR_PERMISSIONS,
    LHIN_COORDINATOR_TRAINING_PERMISSIONS,
    NETWORK_ADMINISTRATOR_TRAINING_PERMISSIONS,
)


@dataclass(frozen=True)
class Role:
    slug: str
    group_name: str  # stable English key of the Group row; never shown translated
    label: Promise
    description: Promise
    permissions: tuple[str, ...] = ()
    admin_access: bool = False


def _crud(model: str) -> tuple[str, ...]:
    app_label, name = model.split(".")
    return tuple(f"{app_label}.{action}_{name}" for action in ("add", "change", "delete", "view"))


FULL_MEMBER = Role(
    slug="full_member",
    group_name="Full member",
    label=_("Full member"),
    description=_(
        "A person with lived or living experience of substance use. May vote and stand for "
        "governance roles."
    ),
)
SUPPORTING_MEMBER = Role(
    slug="supporting_member",
    group_name="Supporting member",
    label=_("Supporting member"),
    description=_(
        "Family, allies, professionals and organizations that support peer work: resources, "
        "training and forums, without a vote."
    ),
)
LHIN_COORDINATOR = Role(
    slug="lhin_coordinator",
    group_name="LHIN coordinator",
    label=_("LHIN coordinator"),
    description=_(
        "Reviews membership and tracks engagement for the LHINs they are granted, in the admin."
    ),
    permissions=(
        "network.view_lhin",
        "network.view_crisisline",
        "members.view_membershipapplication",
        "members.change_membershipapplication",  # decide: approve, decline, ask for more
        "members.view_membership",
        "members.view_lhintarget",
        *LHIN_COORDINATOR_GOVERNANCE_PERMISSIONS,
        *LHIN_COORDINATOR_TRAINING_PERMISSIONS,
        *LHIN_COORDINATOR_SPEAKERS_PERMISSIONS,
        *LHIN_COORDINATOR_CONTENT_PERMISSIONS,
    ),
    admin_access=True,
)
CONTENT_EDITOR = Role(
    slug="content_editor",
    group_name="Content editor",
    label=_("Content editor"),
    description=_(
        "Publishes the network's pages, including the crisis and warm lines, and the training "
        "catalogue and its sessions."
    ),
    permissions=(
        *_crud("network.crisisline"),
        "network.view_lhin",
        *CONTENT_EDITOR_PERMISSIONS,
        *CONTENT_EDITOR_CONTENT_PERMISSIONS,
        *CONTENT_EDITOR_FORUMS_PERMISSIONS,
    ),
    admin_access=True,
)
FORUM_MODERATOR = Role(
    slug="forum_moderator",
    group_name="Forum moderator",
    label=_("Forum moderator"),
    description=_("Looks after the forums they are granted, and responds to people in distress."),
)
SPEAKERS_REVIEWER = Role(
    slug="speakers_reviewer",
    group_name="Speakers' bureau reviewer",
    label=_("Speakers' bureau reviewer"),
    description=_("Reviews the speakers' bureau applications they are assigned."),
)
GOVERNANCE_MEMBER = Role(
    slug="governance_member",
    group_name="Governance member",
    label=_("Governance member"),
    description=_(
        "Sits on a governance body: edits the statements, terms of reference and policies, runs "
        "bodies, meetings and consultations in the admin, and sees the anonymous complaint counts."
    ),
    permissions=GOVERNANCE_MEMBER_PERMISSIONS,
    admin_access=True,
)
COMPLAINTS_OFFICER = Role(
    slug="complaints_officer",
    group_name="Complaints officer",
    label=_("Complaints officer"),
    description=_(
        "Receives complaints and feedback, acknowledges them and sees each case through to its "
        "close. The only role that sees cases."
    ),
    permissions=COMPLAINTS_OFFICER_PERMISSIONS,
    admin_access=True,
)
TREASURER = Role(
    slug="treasurer",
    group_name="Treasurer",
    label=_("Treasurer"),
    description=_("Pays approved honoraria and reimbursements, and exports them for the books."),
    permissions=TREASURER_PERMISSIONS,
    admin_access=True,
)
NETWORK_ADMINISTRATOR = Role(
    slug="network_administrator",
    group_name="Network administrator",
    label=_("Network administrator"),
    description=_("Runs the platform: people, roles, regions and reference data."),
    permissions=(
        *_crud("network.crisisline"),
        "network.view_lhin",
        "network.change_lhin",
        "network.view_outboundemail",
        "network.view_auditentry",
        "members.view_user",
        "members.change_user",
        "members.view_membershipapplication",
        "members.change_membershipapplication",
        "members.view_membership",
        "members.view_consentrecord",
        "members.view_lhintarget",
        "members.add_lhintarget",
        "members.change_lhintarget",
        "auth.view_group",
        "account.view_emailaddress",
        "account.change_emailaddress",
        "mfa.view_authenticator",
        "mfa.delete_authenticator",
        "usersessions.view_usersession",
        "usersessions.delete_usersession",
        *NETWORK_ADMINISTRATOR_GOVERNANCE_PERMISSIONS,
        *NETWORK_ADMINISTRATOR_TRAINING_PERMISSIONS,
        *NETWORK_ADMINISTRATOR_SPEAKERS_PERMISSIONS,
        *NETWORK_ADMINISTRATOR_CONTENT_PERMISSIONS,
        *NETWORK_ADMINISTRATOR_FORUMS_PERMISSIONS,
    ),
    admin_access=True,
)

ROLES: tuple[Role, ...] = (
    FULL_MEMBER,
    SUPPORTING_MEMBER,
    LHIN_COORDINATOR,
    CONTENT_EDITOR,
    FORUM_MODERATOR,
    SPEAKERS_REVIEWER,
    GOVERNANCE_MEMBER,
    COMPLAINTS_OFFICER,
    TREASURER,
    NETWORK_ADMINISTRATOR,
)
BY_SLUG = {role.slug: role for role in ROLES}
_BY_GROUP_NAME = {role.group_name: role for role in ROLES}
ADMIN_GROUP_NAMES = frozenset(role.group_name for role in ROLES if role.admin_access)


class UnknownPermission(LookupError):
    pass


def _permissions(names: Iterable[str]) -> list[Permission]:
    wanted = {tuple(name.split(".", 1)) for name in names}
    if not wanted:
        return []
    query = Q()
    for app_label, codename in wanted:
        query |= Q(content_type__app_label=app_label, codename=codename)
    found = list(Permission.objects.filter(query).select_related("content_type"))
    missing = wanted - {(p.content_type.app_label, p.codename) for p in found}
    if missing:
        raise UnknownPermission(
            "Roles name permissions that do not exist: "
            + ", ".join(sorted(".".join(m) for m in missing))
        )
    return found


@transaction.atomic
def sync_roles() -> list[Group]:
    """Create or update each role's group so its permissions are exactly those listed here."""
    # Permissions are created by another post_migrate handler; make sure they exist first.
    for app_config in global_apps.get_app_configs():
        create_permissions(app_config, verbosity=0)
    groups = []
    for role in ROLES:
        group, _created = Group.objects.get_or_create(name=role.group_name)
        group.permissions.set(_permissions(role.permissions))
        groups.append(group)
    return groups


def sync_roles_after_migrate(sender, **kwargs) -> None:
    sync_roles()


def group_for(role: Role) -> Group:
    return Group.objects.get(name=role.group_name)


def role_slugs_of(user) -> frozenset[str]:
    if not user.is_authenticated:
        return frozenset()
    names = user.groups.values_list("name", flat=True)
    return frozenset(_BY_GROUP_NAME[name].slug for name in names if name in _BY_GROUP_NAME)


def has_role(user, role: Role) -> bool:
    return role.slug in user.role_slugs


def has_admin_access(user) -> bool:
    return any(BY_SLUG[slug].admin_access for slug in user.role_slugs)
