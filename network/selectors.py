"""Network-wide reads."""

from django.db.models import QuerySet
from guardian.shortcuts import get_objects_for_user, get_users_with_perms

from .models import LHIN, CrisisLine


def lhins_coordinated_by(user) -> QuerySet[LHIN]:
    """The LHINs a person is granted to coordinate: object grants only, never a blanket one."""
    return get_objects_for_user(
        user, "network.coordinate_lhin", klass=LHIN, with_superuser=False, accept_global_perms=False
    )


def coordinators_of(lhin: LHIN):
    return get_users_with_perms(
        lhin, only_with_perms_in=["coordinate_lhin"], with_superusers=False, with_group_users=False
    )


def crisis_lines_published() -> QuerySet[CrisisLine]:
    return CrisisLine.objects.filter(is_published=True)
