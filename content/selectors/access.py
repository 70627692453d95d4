"""Who sees what of the content: everyone sees public content; members (full or supporting, with
an active membership: the roles members.services grants and revokes) see members-only content;
full members see full-members-only content. Content editors and network administrators see
everything, as they edit it. Signed-out people asked for more are sent to sign in
(`SignInRequired`); signed-in people without access get 404, never a hint that it exists."""

from django.db.models import Q, QuerySet
from django.db.models.functions import Now
from django.http import Http404

from network import roles
from network.middleware import SignInRequired

from ..models.access import Access, Status

SEES_EVERYTHING = (roles.CONTENT_EDITOR, roles.NETWORK_ADMINISTRATOR)


def viewer_access(user) -> int:
    """The most restricted `Access` level this person may see (costs no query: roles are cached
    on the user)."""
    if not user.is_authenticated:
        return Access.PUBLIC
    if user.is_superuser or any(roles.has_role(user, role) for role in SEES_EVERYTHING):
        return Access.FULL_MEMBERS
    if roles.has_role(user, roles.FULL_MEMBER):
        return Access.FULL_MEMBERS
    if roles.has_role(user, roles.SUPPORTING_MEMBER):
        return Access.MEMBERS
    return Access.PUBLIC


def is_editor(user) -> bool:
    """Content editors and network administrators: they preview drafts and scheduled content."""
    return user.is_authenticated and (
        user.is_superuser or any(roles.has_role(user, role) for role in SEES_EVERYTHING)
    )


def access_check(user, access: int) -> None:
    """Nothing when `user` may see content at `access`; SignInRequired or Http404 otherwise."""
    if access <= viewer_access(user):
        return
    if not user.is_authenticated:
        raise SignInRequired
    raise Http404


def live_for(
    queryset: QuerySet,
    user,
    *,
    access_field: str = "access",
    scheduled_field: str | None = None,
) -> QuerySet:
    """What of `queryset` is published, and due (its `scheduled_field` empty or past), at a level
    `user` may see. Every list, feed, sitemap and search reads content through this."""
    queryset = queryset.filter(
        status=Status.PUBLISHED, **{f"{access_field}__lte": viewer_access(user)}
    )
    if scheduled_field:
        queryset = queryset.filter(
            Q(**{f"{scheduled_field}__isnull": True}) | Q(**{f"{scheduled_field}__lte": Now()})
        )
    return queryset
