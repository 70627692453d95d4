"""Roles are groups defined in code; object grants (a coordinator's LHIN) go through guardian."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from network import roles, selectors, services
from network.models import LHIN, AuditEntry

pytestmark = pytest.mark.django_db


def test_every_role_exists_as_a_group_with_exactly_its_permissions():
    for role in roles.ROLES:
        group = Group.objects.get(name=role.group_name)
        held = {
            f"{app}.{codename}"
            for app, codename in group.permissions.values_list(
                "content_type__app_label", "codename"
            )
        }
        assert held == set(role.permissions), role.slug


def test_sync_roles_puts_back_a_permission_removed_by_hand_and_removes_one_added():
    group = Group.objects.get(name=roles.CONTENT_EDITOR.group_name)
    group.permissions.clear()
    group.permissions.add(
        *Group.objects.get(name=roles.NETWORK_ADMINISTRATOR.group_name).permissions.filter(
            codename="change_user"
        )
    )

    call_command("sync_roles", stdout=open("/dev/null", "w"))  # noqa: SIM115

    codenames = set(group.permissions.values_list("codename", flat=True))
    assert "change_user" not in codenames
    assert {"add_crisisline", "change_crisisline", "delete_crisisline"} <= codenames


def test_a_role_naming_a_permission_that_does_not_exist_fails_loudly(monkeypatch):
    broken = roles.Role(
        slug="broken", group_name="Broken", label="b", description="b", permissions=("x.nope",)
    )
    monkeypatch.setattr(roles, "ROLES", (*roles.ROLES, broken))

    with pytest.raises(roles.UnknownPermission, match=r"x\.nope"):
        roles.sync_roles()


def test_the_14_lhins_are_loaded_with_their_ontario_health_regions():
    assert LHIN.objects.count() == 14
    assert list(LHIN.objects.values_list("number", flat=True)) == list(range(1, 15))
    assert LHIN.objects.get(number=7).name == "Toronto Central"
    assert LHIN.objects.get(number=7).ontario_health_region == "toronto"
    assert LHIN.objects.get(number=11).name_fr == "Champlain"
    west = set(LHIN.objects.filter(ontario_health_region="west").values_list("number", flat=True))
    assert west == {1, 2, 3, 4}
    central = LHIN.objects.filter(ontario_health_region="central").values_list("number", flat=True)
    assert set(central) == {5, 6, 8, 12}


def test_an_lhin_answers_with_its_french_name_in_french():
    from django.utils import translation

    lhin = LHIN.objects.get(number=13)
    with translation.override("fr"):
        assert lhin.display_name == "Nord-Est"
    with translation.override("en"):
        assert lhin.display_name == "North East"


def test_a_coordinator_is_granted_one_lhin_and_not_the_others(coordinator, lhin_toronto):
    assert list(selectors.lhins_coordinated_by(coordinator)) == [lhin_toronto]
    assert coordinator.has_perm("network.coordinate_lhin", lhin_toronto)
    other = LHIN.objects.get(number=13)
    assert not coordinator.has_perm("network.coordinate_lhin", other)
    assert roles.has_role(coordinator, roles.LHIN_COORDINATOR)
    assert coordinator.is_staff


def test_granting_is_audited_and_revoking_the_last_lhin_removes_the_role(
    coordinator, lhin_toronto, network_admin
):
    services.lhin_coordinator_revoke(lhin=lhin_toronto, user=coordinator, actor=network_admin)

    coordinator.refresh_from_db()
    coordinator.__dict__.pop("role_slugs", None)
    assert not roles.has_role(coordinator, roles.LHIN_COORDINATOR)
    assert not coordinator.is_staff
    actions = list(AuditEntry.objects.values_list("action", flat=True).order_by("created_at"))
    assert actions[-2:] == ["lhin.coordinator.revoke", "role.revoke"]
    assert AuditEntry.objects.filter(action="lhin.coordinator.grant").count() == 1


def test_admin_access_follows_roles(full_member, content_editor, make_person):
    assert not full_member.is_staff
    assert content_editor.is_staff
    superuser = make_person(is_superuser=True)
    assert superuser.is_staff
    inactive_editor = make_person(roles.CONTENT_EDITOR, is_active=False)
    assert not inactive_editor.is_staff
