"""Who may read, write and moderate each forum category.

A category names who may read it and who may write in it (`Rule`): all members, full members
only (peer-only spaces), the members of one LHIN, or governance members. "Members" are people
with an active membership (the member roles, which membership grants and revokes). A
category's moderators (django-guardian grants, `forums.moderate_category`) and network
administrators read and moderate it too. Signed-out people see nothing of the forums (the
views send them to sign in); members never learn that a category they cannot read exists (404).

Lapsed members (their membership ended) read the categories open to all members, read-only,
when `FORUMS_LAPSED_MEMBERS_READ` is on (the default), and nothing when it is off. A member
whose posting is suspended reads as before and writes nothing.

`viewer_of(request)` reads all of it in ONE query (a fixed statement, `statements.VIEWER`), once
per request; `viewer_for_user(user)` reads it for a user without a request (the site search,
tasks).
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Q, QuerySet
from django.utils import timezone

from members.models import Membership, User
from network import roles

from ..models import Category, CategoryUserObjectPermission, Rule
from . import statements

MODERATE = "moderate_category"


@dataclass(frozen=True)
class Viewer:
    """What the forum rules need to know about the person asking."""

    pk: int | None = None
    role_slugs: frozenset[str] = frozenset()
    lhin_id: int | None = None  # of their active membership
    lapsed: bool = False  # had a membership that is no longer active
    suspended_until: object = None
    guidelines_accepted: bool = False
    moderates: frozenset[int] = field(default_factory=frozenset)  # category ids

    @property
    def is_authenticated(self) -> bool:
        return self.pk is not None

    @property
    def is_admin(self) -> bool:
        return roles.NETWORK_ADMINISTRATOR.slug in self.role_slugs

    @property
    def is_member(self) -> bool:
        return bool({roles.FULL_MEMBER.slug, roles.SUPPORTING_MEMBER.slug} & self.role_slugs)

    @property
    def is_full_member(self) -> bool:
        return roles.FULL_MEMBER.slug in self.role_slugs

    @property
    def is_governance(self) -> bool:
        return roles.GOVERNANCE_MEMBER.slug in self.role_slugs

    @property
    def posting_suspended(self) -> bool:
        return self.suspended_until is not None and self.suspended_until > timezone.now()

    def satisfies(self, rule: str, lhin_id: int | None) -> bool:
        """Whether this person is among those `rule` names (membership only, no grants)."""
        if rule == Rule.MEMBERS:
            return self.is_member
        if rule == Rule.FULL_MEMBERS:
            return self.is_full_member
        if rule == Rule.LHIN_MEMBERS:
            return self.is_member and lhin_id is not None and self.lhin_id == lhin_id
        if rule == Rule.GOVERNANCE:
            return self.is_governance
        return False

    def _rule_q(self, prefix: str) -> Q:
        """The categories whose `<prefix>_rule` this person satisfies, as a filter."""
        q = Q(pk__in=[])
        if self.is_member:
            q |= Q(**{f"{prefix}_rule": Rule.MEMBERS})
            if self.lhin_id is not None:
                q |= Q(**{f"{prefix}_rule": Rule.LHIN_MEMBERS, "lhin_id": self.lhin_id})
        if self.is_full_member:
            q |= Q(**{f"{prefix}_rule": Rule.FULL_MEMBERS})
        if self.is_governance:
            q |= Q(**{f"{prefix}_rule": Rule.GOVERNANCE})
        return q

    def readable_q(self) -> Q:
        """Categories this person may read, as a filter on Category."""
        if not self.is_authenticated:
            return Q(pk__in=[])
        if self.is_admin:
            return Q()
        q = self._rule_q("read") | Q(pk__in=self.moderates)
        if self.lapsed and not self.is_member and settings.FORUMS_LAPSED_MEMBERS_READ:
            q |= Q(read_rule=Rule.MEMBERS)
        return q

    def may_read(self, category: Category) -> bool:
        if not self.is_authenticated:
            return False
        if self.is_admin or category.pk in self.moderates:
            return True
        if self.satisfies(category.read_rule, category.lhin_id):
            return True
        return (
            self.lapsed
            and not self.is_member
            and settings.FORUMS_LAPSED_MEMBERS_READ
            and category.read_rule == Rule.MEMBERS
        )

    def may_write(self, category: Category) -> bool:
        """Write (start threads, reply) in `category`: read it, satisfy its writing rule (or
        moderate it), not be suspended. A locked thread is the thread's own check."""
        if not self.may_read(category) or self.posting_suspended:
            return False
        if not category.is_active:
            return self.may_moderate(category)
        return self.may_moderate(category) or self.satisfies(category.write_rule, category.lhin_id)

    def may_moderate(self, category: Category) -> bool:
        return self.is_authenticated and (self.is_admin or category.pk in self.moderates)


ANONYMOUS = Viewer()


def viewer_of(request) -> Viewer:
    """The person asking, as the forum rules see them; one query, kept on the request."""
    if not hasattr(request, "forum_viewer"):
        request.forum_viewer = viewer_for_user(request.user)
    return request.forum_viewer


def viewer_for_user(user) -> Viewer:
    """`user` as the forum rules see them, in one query (none when signed out). Not kept: the
    caller keeps it as long as it stays true (`viewer_of` for one request)."""
    if not user.is_authenticated:
        return ANONYMOUS
    # One fixed statement (selectors.statements): every forum page asks this first.
    (
        group_names,
        moderated,
        membership_lhin,
        membership_status,
        membership_expires,
        suspended_until,
        guidelines_at,
    ) = statements.viewer_row(user.pk, MODERATE)
    by_group = {role.group_name: role.slug for role in roles.ROLES}
    slugs = frozenset(by_group[name] for name in group_names if name in by_group)
    # The same roles the user's own `role_slugs` would read again (the header asks `is_staff`).
    user.role_slugs = slugs
    if user.is_superuser:
        slugs |= {roles.NETWORK_ADMINISTRATOR.slug}
    active = (
        membership_status == Membership.Status.ACTIVE
        and membership_expires is not None
        and membership_expires > timezone.now()
    )
    return Viewer(
        pk=user.pk,
        role_slugs=slugs,
        lhin_id=membership_lhin if active else None,
        lapsed=membership_status is not None and not active,
        suspended_until=suspended_until,
        guidelines_accepted=guidelines_at is not None,
        moderates=frozenset(moderated or ()),
    )


def readable_categories(viewer: Viewer) -> QuerySet[Category]:
    return Category.objects.filter(viewer.readable_q())


def moderators_of(category: Category) -> QuerySet[User]:
    """The people granted to moderate `category` whose accounts are open."""
    return User.objects.filter(
        is_active=True,
        pk__in=CategoryUserObjectPermission.objects.filter(
            content_object=category, permission__codename=MODERATE
        ).values("user"),
    )


__all__ = [
    "ANONYMOUS",
    "MODERATE",
    "Viewer",
    "moderators_of",
    "readable_categories",
    "viewer_for_user",
    "viewer_of",
]
