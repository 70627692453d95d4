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


def network_administrators():
    """The people with the network administrator role whose accounts are open: who hears of
    anything that would otherwise go unseen."""
    from django.contrib.auth import get_user_model

    from .roles import NETWORK_ADMINISTRATOR

    return (
        get_user_model()
        .objects.filter(
            groups__name=NETWORK_ADMINISTRATOR.group_name, is_active=True, closed_at__isnull=True
        )
        .distinct()
    )


def crisis_lines_published() -> QuerySet[CrisisLine]:
    return CrisisLine.objects.filter(is_published=True)
