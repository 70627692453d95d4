"""Honoraria and reimbursement: the published guidelines and rates, a person's own records (which
they may decline), and the records in the admin for coordinators, the treasurer and
administrators, with the treasurer's CSV export."""

import csv
import io
from decimal import Decimal

import pytest
from django.core import mail
from django.db import IntegrityError, transaction
from django.utils import timezone, translation

from governance.demo import honoraria as demo
from governance.forms.honoraria import HonorariumRequestForm
from governance.models import Document, DocumentVersion, Honorarium, HonorariumRate
from governance.services import honoraria as services
from governance.tests.factories_honoraria import HonorariumFactory, HonorariumRateFactory
from network.models import AuditEntry, OutboundEmail
from network.services import role_grant
from tests.factories import MembershipFactory, UserFactory
from tests.plugin import sign_in

pytestmark = pytest.mark.django_db

PUBLIC = "/governance/honoraria/"
MINE = "/governance/honoraria/mine/"
ADMIN = "/admin/governance/honorarium/"
EXPORT = "/admin/governance/honorarium/export.csv"


def decline_url(honorarium: Honorarium) -> str:
    return f"/governance/honoraria/mine/{honorarium.pk}/decline/"


def admin_url(honorarium: Honorarium, step: str = "change") -> str:
    return f"{ADMIN}{honorarium.pk}/{step}/"


@pytest.fixture
def member(full_member, lhin_toronto):
    """The full member, a member in Toronto Central."""
    MembershipFactory(person=full_member, lhin=lhin_toronto)
    return full_member


def request_data(person, **overrides) -> dict:
    return {
        "person": str(person.pk),
        "lhin": "",
        "kind": "honorarium",
        "rate": "",
        "activity": "Spoke at the Toronto forum",
        "activity_date": "2026-11-02",
        "quantity": "1",
        "amount": "150.00",
        **overrides,
    }


# --- The public page ---------------------------------------------------------------------------


def guidelines(body: str = "<p>Peers are paid for their expertise.</p>") -> DocumentVersion:
    document = Document.objects.create(
        kind=Document.Kind.POLICY, slug="honoraria-guidelines", title="Honoraria guidelines"
    )
    return DocumentVersion.objects.create(
        document=document,
        number=1,
        status=DocumentVersion.Status.APPROVED,
        body=body,
        body_fr="<p>Les pairs sont rémunérés.</p>",
        approved_at=timezone.now(),
    )


def test_the_public_page_shows_the_approved_guidelines_the_active_rates_and_the_income_note(
    client,
):
    guidelines()
    HonorariumRateFactory(activity="Speaking engagement", amount=Decimal("150.00"))
    HonorariumRateFactory(activity="Retired rate", active=False)

    page = client.get(PUBLIC).content.decode()

    assert "Peers are paid for their expertise." in page
    assert "Speaking engagement" in page
    assert "$150.00" in page
    assert "Retired rate" not in page
    assert "Ontario Works" in page
    assert "decline any honorarium at any time" in page


def test_without_the_guidelines_document_the_page_shows_the_rates_only(client):
    HonorariumRateFactory(activity="Mileage", unit="km", amount=Decimal("0.61"))

    response = client.get(PUBLIC)

    assert response.status_code == 200
    assert 'id="guidelines"' not in response.content.decode()
    assert "$0.61" in response.content.decode()


def test_a_draft_of_the_guidelines_is_not_shown(client):
    version = guidelines("<p>Not approved yet.</p>")
    version.status = DocumentVersion.Status.DRAFT
    version.approved_at = None
    version.save()

    assert "Not approved yet." not in client.get(PUBLIC).content.decode()


def test_in_french_amounts_are_written_the_french_way(client):
    guidelines()
    HonorariumRateFactory(activity_fr="Conférence", amount=Decimal("25.00"))

    page = client.get(PUBLIC, headers={"accept-language": "fr"}).content.decode()

    assert "25,00 $" in page
    assert "Conférence" in page
    assert "Les pairs sont rémunérés." in page


def test_the_public_page_runs_a_pinned_number_of_queries(client, assert_page_queries):
    guidelines()
    HonorariumRateFactory.create_batch(3)
    # The savepoint and its release, the guidelines with their document, the rates.
    assert_page_queries(PUBLIC, 4)
    HonorariumRateFactory.create_batch(20)
    assert_page_queries(PUBLIC, 4)


# --- Amounts -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        ("-20.00", "cannot be negative"),
        ("0", "must be more than $0.00"),
        ("0.00", "must be more than $0.00"),
        ("50000", "more than $5,000.00 is surely a typing slip"),
        ("lots", "Enter a number."),
    ],
)
def test_an_amount_negative_zero_or_absurd_is_refused_with_a_message(
    client, coordinator, member, amount, message
):
    sign_in(client, coordinator)

    response = client.post(f"{ADMIN}add/", request_data(member, amount=amount))

    assert response.status_code == 400
    assert message in response.content.decode()
    assert 'value="Spoke at the Toronto forum"' in response.content.decode()
    assert not Honorarium.objects.exists()


def test_a_rate_negative_zero_or_absurd_is_refused_with_a_message(client, network_admin):
    sign_in(client, network_admin)
    data = {
        "activity": "Speaking",
        "unit": "event",
        "effective_from": "2026-04-01",
        "active": "on",
        "order": "1",
    }
    for amount, message in [
        ("-1", "cannot be negative"),
        ("0", "must be more than $0.00"),
        ("1500", "more than $1,000.00"),
    ]:
        response = client.post("/admin/governance/honorariumrate/add/", {**data, "amount": amount})
        assert response.status_code == 400
        assert message in response.content.decode(), amount
    assert not HonorariumRate.objects.exists()


def test_the_form_works_out_the_amount_from_the_rate_and_refuses_an_absurd_total(
    coordinator, member
):
    mileage = HonorariumRateFactory(unit="km", amount=Decimal("0.61"))

    form = HonorariumRequestForm(
        request_data(member, rate=str(mileage.pk), quantity="64", amount=""), user=coordinator
    )
    assert form.is_valid(), form.errors
    assert form.cleaned_data["amount"] == Decimal("39.04")

    form = HonorariumRequestForm(
        request_data(member, rate=str(mileage.pk), quantity="99999", amount=""), user=coordinator
    )
    assert not form.is_valid()
    assert "surely a typing slip" in str(form.errors["quantity"])

    form = HonorariumRequestForm(request_data(member, amount=""), user=coordinator)
    assert "Enter the amount, or choose a rate" in str(form.errors["amount"])


@pytest.mark.parametrize("amount", ["-1.00", "0.00", "5000.01"])
def test_the_database_refuses_an_amount_out_of_range(member, lhin_toronto, amount):
    with pytest.raises(IntegrityError), transaction.atomic():
        Honorarium.objects.create(
            person=member,
            lhin=lhin_toronto,
            activity="Slip",
            activity_date="2026-11-02",
            amount=Decimal(amount),
        )


def test_model_validation_explains_an_amount_out_of_range(member, lhin_toronto):
    honorarium = Honorarium(
        person=member, lhin=lhin_toronto, activity="x", activity_date="2026-11-02"
    )
    honorarium.amount = Decimal("-5")
    with pytest.raises(Exception, match=r"more than \$0.00"):
        honorarium.full_clean()
    honorarium.amount = Decimal("6000")
    with pytest.raises(Exception, match=r"at most \$5,000.00"):
        honorarium.full_clean()


# --- Requesting and approving ------------------------------------------------------------------


def test_a_coordinator_requests_a_record_for_a_member_of_their_lhin(
    client, coordinator, member, lhin_toronto
):
    sign_in(client, coordinator)

    response = client.post(f"{ADMIN}add/", request_data(member))

    assert response.status_code == 302
    honorarium = Honorarium.objects.get()
    assert (honorarium.person, honorarium.lhin, honorarium.status) == (
        member,
        lhin_toronto,
        "requested",
    )
    assert honorarium.requested_by == coordinator
    assert AuditEntry.objects.filter(action="honorarium.request", actor=coordinator).exists()


def test_a_coordinator_cannot_pick_a_member_of_another_lhin(client, coordinator_other, member):
    sign_in(client, coordinator_other)

    response = client.post(f"{ADMIN}add/", request_data(member))

    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
    assert not Honorarium.objects.exists()


def test_a_person_without_membership_needs_an_lhin_chosen(network_admin, lhin_north_east):
    guest = UserFactory(display_name="Guest Speaker")

    form = HonorariumRequestForm(request_data(guest), user=network_admin)
    assert "choose the LHIN region" in str(form.errors["lhin"])

    form = HonorariumRequestForm(
        request_data(guest, lhin=str(lhin_north_east.pk)), user=network_admin
    )
    assert form.is_valid(), form.errors


def test_approving_emails_the_person_after_the_commit_without_the_amount_in_the_subject(
    client, coordinator, member, django_capture_on_commit_callbacks
):
    honorarium = HonorariumFactory(person=member, amount=Decimal("175.00"))
    sign_in(client, coordinator)

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = client.post(admin_url(honorarium, "approve"))
        assert not mail.outbox  # nothing leaves before the commit

    assert response.status_code == 302
    honorarium.refresh_from_db()
    assert honorarium.status == "approved"
    assert honorarium.approved_by == coordinator
    assert honorarium.approved_at is not None
    assert callbacks
    for callback in callbacks:
        callback()
    [email] = mail.outbox
    assert email.to == [member.email]
    assert "175" not in email.subject
    assert "$175.00" in email.body
    assert "decline" in email.body
    assert OutboundEmail.objects.filter(to=[member.email]).count() == 1


def test_approving_twice_is_refused_with_a_message(coordinator, member):
    honorarium = HonorariumFactory(person=member, approved=True)

    with pytest.raises(services.HonorariumError, match="Only a requested record"):
        services.honorarium_approve(honorarium_id=honorarium.pk, actor=coordinator)


def test_the_treasurer_cannot_approve(client, treasurer, member):
    honorarium = HonorariumFactory(person=member)
    sign_in(client, treasurer)

    # A requested record is not the treasurer's to see at all.
    assert client.post(admin_url(honorarium, "approve")).status_code == 404
    honorarium.refresh_from_db()
    assert honorarium.status == "requested"


def test_approving_the_selected_requests_in_the_list(client, coordinator, member):
    records = HonorariumFactory.create_batch(3, person=member)
    sign_in(client, coordinator)

    client.post(
        ADMIN,
        {"action": "approve_selected", "_selected_action": [str(r.pk) for r in records]},
    )

    assert set(Honorarium.objects.values_list("status", flat=True)) == {"approved"}


def test_a_coordinator_cancels_with_a_reason(client, coordinator, member):
    honorarium = HonorariumFactory(person=member)
    sign_in(client, coordinator)

    empty = client.post(admin_url(honorarium, "cancel"), {"reason": ""})
    assert empty.status_code == 400
    response = client.post(admin_url(honorarium, "cancel"), {"reason": "Called off"})

    assert response.status_code == 302
    honorarium.refresh_from_db()
    assert (honorarium.status, honorarium.cancel_reason) == ("cancelled", "Called off")
    assert honorarium.cancelled_by == coordinator


# --- Coordinator scoping -----------------------------------------------------------------------


def test_the_coordinator_of_another_lhin_gets_404_for_a_toronto_record(
    client, coordinator_other, member
):
    honorarium = HonorariumFactory(person=member)
    sign_in(client, coordinator_other)

    for step in ("change", "history"):
        assert client.get(admin_url(honorarium, step)).status_code == 404, step
    assert client.get(admin_url(honorarium, "cancel")).status_code == 404
    assert client.post(admin_url(honorarium, "approve")).status_code == 404
    assert honorarium.activity not in client.get(ADMIN).content.decode()


def test_a_coordinator_sees_the_records_of_their_lhin_only(
    client, coordinator, member, lhin_north_east
):
    HonorariumFactory(person=member, activity="Toronto talk")
    HonorariumFactory(lhin=lhin_north_east, activity="Sudbury talk")
    sign_in(client, coordinator)

    page = client.get(ADMIN).content.decode()

    assert "Toronto talk" in page
    assert "Sudbury talk" not in page


def test_the_treasurer_sees_approved_and_paid_records_of_every_lhin_only(
    client, treasurer, lhin_north_east
):
    HonorariumFactory(activity="Waiting talk")
    HonorariumFactory(activity="Approved talk", approved=True)
    HonorariumFactory(activity="Paid north talk", lhin=lhin_north_east, paid=True)
    sign_in(client, treasurer)

    page = client.get(ADMIN).content.decode()

    assert "Approved talk" in page
    assert "Paid north talk" in page
    assert "Waiting talk" not in page


def test_the_admin_list_runs_a_pinned_number_of_queries(
    client, coordinator, member, assert_page_queries
):
    HonorariumFactory.create_batch(3, person=member)
    sign_in(client, coordinator)
    assert_page_queries(ADMIN, 13)
    HonorariumFactory.create_batch(27, person=member)
    assert_page_queries(ADMIN, 13)


# --- Paying ------------------------------------------------------------------------------------


def test_the_treasurer_marks_an_approved_record_paid_and_the_person_is_told(
    client, treasurer, member, django_capture_on_commit_callbacks
):
    honorarium = HonorariumFactory(person=member, approved=True)
    sign_in(client, treasurer)
    assert client.get(admin_url(honorarium, "pay")).status_code == 200

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(admin_url(honorarium, "pay"), {"payment_reference": "CHQ 2044"})

    assert response.status_code == 302
    honorarium.refresh_from_db()
    assert (honorarium.status, honorarium.payment_reference) == ("paid", "CHQ 2044")
    assert honorarium.paid_by == treasurer
    assert honorarium.paid_at is not None
    [email] = mail.outbox
    assert email.to == [member.email]
    assert "150" not in email.subject
    assert "CHQ 2044" in email.body
    assert AuditEntry.objects.filter(action="honorarium.pay", actor=treasurer).exists()


def test_paying_needs_a_reference_and_an_approved_record(client, treasurer, coordinator, member):
    honorarium = HonorariumFactory(person=member, approved=True)
    sign_in(client, treasurer)

    response = client.post(admin_url(honorarium, "pay"), {"payment_reference": ""})
    assert response.status_code == 400
    assert "This field is required" in response.content.decode()

    paid = HonorariumFactory(person=member, paid=True)
    with pytest.raises(services.HonorariumError, match="Only an approved record"):
        services.honorarium_mark_paid(honorarium_id=paid.pk, actor=treasurer, payment_reference="x")


def test_a_coordinator_may_see_an_approved_record_but_not_pay_it(client, coordinator, member):
    honorarium = HonorariumFactory(person=member, approved=True)
    sign_in(client, coordinator)

    assert client.get(admin_url(honorarium)).status_code == 200
    assert client.post(admin_url(honorarium, "pay"), {"payment_reference": "x"}).status_code == 403


# --- The person's own records ------------------------------------------------------------------


def test_a_person_sees_their_own_records_only_with_the_status_in_words(client, member):
    HonorariumFactory(person=member, activity="My talk", approved=True)
    HonorariumFactory(activity="Someone else's talk")
    sign_in(client, member)

    page = client.get(MINE).content.decode()

    assert "My talk" in page
    assert "Approved, waiting for payment" in page
    assert "$150.00" in page
    assert "Someone else" not in page
    assert "Decline" in page


def test_a_signed_out_visitor_is_asked_to_sign_in(client):
    assert client.get(MINE)["Location"].startswith("/accounts/login/")


def test_the_person_declines_without_a_reason_and_nobody_is_emailed(
    client, member, coordinator, django_capture_on_commit_callbacks
):
    honorarium = HonorariumFactory(person=member, approved=True)
    sign_in(client, member)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(decline_url(honorarium), follow=True)

    assert "Nothing more is needed from you" in response.content.decode()
    honorarium.refresh_from_db()
    assert honorarium.status == "declined"
    assert honorarium.declined_at is not None
    assert AuditEntry.objects.filter(action="honorarium.decline", actor=member).exists()
    assert not mail.outbox
    assert not OutboundEmail.objects.exists()


def test_another_persons_record_cannot_be_declined(client, member):
    theirs = HonorariumFactory()
    sign_in(client, member)

    assert client.post(decline_url(theirs)).status_code == 404
    theirs.refresh_from_db()
    assert theirs.status == "requested"


@pytest.mark.parametrize(
    ("traits", "message"),
    [
        ({"paid": True}, "already paid"),
        ({"status": "cancelled"}, "nothing to decline"),
        ({"status": "declined"}, "already declined"),
    ],
)
def test_a_paid_cancelled_or_declined_record_cannot_be_declined(client, member, traits, message):
    if "status" in traits:
        traits = {**traits, f"{traits['status']}_at": timezone.now()}
    honorarium = HonorariumFactory(person=member, **traits)
    sign_in(client, member)

    response = client.post(decline_url(honorarium))

    assert response.status_code == 409
    assert message in response.content.decode()
    assert Honorarium.objects.get(pk=honorarium.pk).status == honorarium.status


def test_declining_is_a_post(client, member):
    honorarium = HonorariumFactory(person=member)
    sign_in(client, member)

    assert client.get(decline_url(honorarium)).status_code == 405


def test_my_page_runs_a_pinned_number_of_queries(client, member, assert_page_queries):
    HonorariumFactory.create_batch(3, person=member)
    sign_in(client, member)
    # The savepoint pair, the session, the person, the count and the page of records.
    assert_page_queries(MINE, 6)
    HonorariumFactory.create_batch(22, person=member)
    assert_page_queries(MINE, 6)


# --- The treasurer's export --------------------------------------------------------------------


def read_csv(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_the_export_lists_the_records_with_plain_dates_and_amounts(client, treasurer):
    person = UserFactory(display_name="Jo Peer", email="jo@example.net")
    honorarium = HonorariumFactory(
        person=person, paid=True, amount=Decimal("1234.50"), activity="Forum"
    )
    HonorariumFactory(activity="Not yet approved")
    sign_in(client, treasurer)

    with translation.override("fr"):
        response = client.get(EXPORT, headers={"accept-language": "fr"})

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    header, *rows = read_csv(response)
    assert len(header) == 13
    [row] = rows
    assert row[0] == honorarium.reference
    assert row[1:3] == ["Jo Peer", "jo@example.net"]
    assert row[5:7] == ["Forum", "2026-11-02"]
    assert row[8] == "1234.50"
    assert row[11] == timezone.localdate(honorarium.paid_at).isoformat()
    assert row[12] == "CHQ 1001"
    assert AuditEntry.objects.filter(action="honorarium.export", actor=treasurer).exists()


def test_the_export_escapes_cells_a_spreadsheet_would_run_as_formulas(client, treasurer):
    person = UserFactory(display_name="Peer", email="peer@example.net")
    HonorariumFactory(person=person, activity='=HYPERLINK("http://x")', approved=True)
    HonorariumFactory(person=person, activity="+1+1", approved=True)
    HonorariumFactory(person=person, activity="@SUM(A1)", approved=True)
    HonorariumFactory(person=person, activity="-2", approved=True)
    sign_in(client, treasurer)

    activities = sorted(row[5] for row in read_csv(client.get(EXPORT))[1:])

    assert activities == ["'+1+1", "'-2", '\'=HYPERLINK("http://x")', "'@SUM(A1)"]


def test_the_export_filters_by_status_and_dates(client, treasurer):
    HonorariumFactory(activity="Early paid", paid=True, activity_date="2026-01-10")
    HonorariumFactory(activity="Late paid", paid=True, activity_date="2026-06-10")
    HonorariumFactory(activity="Late approved", approved=True, activity_date="2026-06-12")
    sign_in(client, treasurer)

    response = client.get(EXPORT, {"status": "paid", "date_from": "2026-03-01"})

    assert [row[5] for row in read_csv(response)[1:]] == ["Late paid"]
    bad = client.get(EXPORT, {"date_from": "2026-06-01", "date_to": "2026-01-01"})
    assert bad.status_code == 400
    assert "comes before the start date" in bad.content.decode()


def test_only_the_treasurer_and_administrators_export(client, coordinator, network_admin):
    assert sign_in(client, coordinator).get(EXPORT).status_code == 403
    assert sign_in(client, network_admin).get(EXPORT).status_code == 200


# --- Personal data and closing an account ------------------------------------------------------


def test_my_data_has_an_honoraria_section(client, member):
    HonorariumFactory(person=member, activity="Advisory meeting", paid=True)
    sign_in(client, member)

    page = client.get("/members/my-data/").content.decode()
    data = client.get("/members/my-data/download/").json()

    assert 'id="honoraria"' in page
    assert "Advisory meeting" in page
    [record] = data["honoraria"]
    assert (record["activity"], record["amount"], record["status"]) == (
        "Advisory meeting",
        "150.00",
        "Paid",
    )


def test_closing_an_account_keeps_paid_records_and_cancels_the_unpaid_ones(member):
    from members.services import account_close

    paid = HonorariumFactory(person=member, paid=True)
    waiting = HonorariumFactory(person=member, approved=True)
    services_entry = AuditEntry.objects.create(
        action="honorarium.request", target_repr=str(paid), target_id=str(paid.pk)
    )
    from django.contrib.contenttypes.models import ContentType

    services_entry.target_type = ContentType.objects.get_for_model(Honorarium)
    services_entry.save()

    account_close(user=member)

    paid.refresh_from_db()
    waiting.refresh_from_db()
    assert paid.status == "paid"
    assert waiting.status == "cancelled"
    assert waiting.cancel_reason == "The person closed their account."
    services_entry.refresh_from_db()
    assert "River" not in services_entry.target_repr
    assert not AuditEntry.objects.filter(target_repr__contains="River").exists()


def test_no_payment_can_be_requested_for_a_closed_account(member, coordinator):
    from members.services import account_close

    account_close(user=member)
    member.refresh_from_db()

    with pytest.raises(services.HonorariumError, match="account is closed"):
        services.honorarium_request(
            person=member,
            kind="honorarium",
            activity="x",
            activity_date="2026-11-02",
            amount=Decimal("10"),
            actor=coordinator,
        )


# --- Demo --------------------------------------------------------------------------------------


def test_the_demo_runs_twice_and_has_guidelines_rates_and_every_status(client):
    from network.demo import seed_demo

    seed_demo()
    seed_demo()

    assert (
        DocumentVersion.objects.filter(
            document__slug="honoraria-guidelines", status="approved"
        ).count()
        == 1
    )
    assert HonorariumRate.objects.filter(active=True).count() == len(demo.RATES)
    assert set(Honorarium.objects.values_list("status", flat=True)) == set(Honorarium.Status)
    assert set(Honorarium.objects.values_list("person__email", flat=True)) == {
        "full.member@example.org",
        "speaker@example.org",
    }
    # Governance's own seven; the speakers' bureau's demo adds one for a completed engagement.
    assert Honorarium.objects.filter(speaking_offer__isnull=True).count() == 7
    page = client.get(PUBLIC).content.decode()
    assert "Guidelines for honoraria and reimbursement" in page
    assert "$0.61" in page


def test_a_person_with_two_roles_sees_the_union(client, coordinator, member, lhin_north_east):
    from network import roles

    role_grant(user=coordinator, role=roles.TREASURER)
    coordinator.__dict__.pop("role_slugs", None)
    HonorariumFactory(person=member, activity="Toronto waiting")
    HonorariumFactory(lhin=lhin_north_east, activity="North approved", approved=True)
    HonorariumFactory(lhin=lhin_north_east, activity="North waiting")
    sign_in(client, coordinator)

    page = client.get(ADMIN).content.decode()

    assert "Toronto waiting" in page
    assert "North approved" in page
    assert "North waiting" not in page
