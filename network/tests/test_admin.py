"""The admin: coordinators of an LHIN are granted there, by a network administrator only."""

import pytest

from network import roles, selectors
from network.models import LHIN, AuditEntry
from tests.plugin import sign_in

pytestmark = pytest.mark.django_db


def lhin_form(lhin: LHIN, coordinators: list) -> dict:
    return {
        "ontario_health_region": lhin.ontario_health_region,
        "name": lhin.name,
        "name_fr": lhin.name_fr,
        "areas": lhin.areas,
        "areas_fr": lhin.areas_fr,
        "coordinators": [person.pk for person in coordinators],
    }


def test_a_network_administrator_grants_and_removes_coordinators_of_an_lhin(
    client, network_admin, coordinator, full_member, lhin_toronto
):
    sign_in(client, network_admin)

    response = client.post(
        f"/admin/network/lhin/{lhin_toronto.pk}/change/", lhin_form(lhin_toronto, [full_member])
    )

    assert response.status_code == 302
    assert list(selectors.lhins_coordinated_by(full_member)) == [lhin_toronto]
    assert not selectors.lhins_coordinated_by(coordinator).exists()
    full_member.__dict__.pop("role_slugs", None)
    assert roles.has_role(full_member, roles.LHIN_COORDINATOR)
    assert AuditEntry.objects.filter(
        action="lhin.coordinator.grant", actor=network_admin, target_id=str(lhin_toronto.pk)
    ).exists()
    assert AuditEntry.objects.filter(action="lhin.coordinator.revoke", actor=network_admin).exists()


def test_a_coordinator_sees_an_lhin_read_only_and_cannot_change_who_coordinates(
    client, coordinator, full_member, lhin_toronto
):
    sign_in(client, coordinator)

    page = client.get(f"/admin/network/lhin/{lhin_toronto.pk}/change/")
    response = client.post(
        f"/admin/network/lhin/{lhin_toronto.pk}/change/", lhin_form(lhin_toronto, [full_member])
    )

    assert page.status_code == 200
    assert 'name="coordinators"' not in page.content.decode()
    assert response.status_code == 403
    assert not selectors.lhins_coordinated_by(full_member).exists()


def test_the_lhin_list_runs_the_same_queries_for_any_number_of_coordinators(
    client, network_admin, make_person, lhin_toronto, assert_page_queries
):
    from network import services

    sign_in(client, network_admin)
    response = assert_page_queries("/admin/network/lhin/", 12)
    for _ in range(5):
        services.lhin_coordinator_grant(lhin=lhin_toronto, user=make_person())
    assert_page_queries("/admin/network/lhin/", 12)
    assert "Toronto Central" in response.content.decode()


def test_the_outgoing_email_record_never_shows_its_body(client, network_admin):
    from tests.factories import OutboundEmailFactory

    message = OutboundEmailFactory(body_text="secret sign-in link")
    sign_in(client, network_admin)

    page = client.get(f"/admin/network/outboundemail/{message.pk}/change/").content.decode()

    assert message.subject in page
    assert "secret sign-in link" not in page


def test_the_admin_may_use_inline_styles_but_nothing_else_is_relaxed(client, network_admin):
    sign_in(client, network_admin)

    admin_policy = client.get("/admin/")["Content-Security-Policy"]
    site_policy = client.get("/")["Content-Security-Policy"]

    assert "style-src 'self' 'unsafe-inline'" in admin_policy
    assert "script-src 'self';" in admin_policy + ";"
    assert "unsafe-inline" not in site_policy
