"""Job postings: the list of open roles with its filters, a posting's page (open, closed, draft,
members-only), the sitemap, the editors' admin and the demo."""

import re
from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine
from django.utils.formats import date_format

from content.demo import jobs as demo
from content.models import Access, JobPosting, Status
from content.selectors.jobs import toronto_today
from network.models import LHIN, AuditEntry
from tests.plugin import sign_in

from .factories import JobPostingFactory

pytestmark = pytest.mark.django_db

JOBS = "/jobs/"
# In tests each request's transaction (ATOMIC_REQUESTS) shows as two queries: SAVEPOINT and
# RELEASE SAVEPOINT. The counts below include them.
REQUEST_TRANSACTION = 2


def roles_listed(response) -> list[str]:
    return [job.role for job in response.context["page"].object_list]


def in_days(days: int) -> date:
    return toronto_today() + timedelta(days=days)


# --- The list ----------------------------------------------------------------------------------


def test_the_list_shows_open_published_public_postings_soonest_closing_first(client):
    JobPostingFactory(role="Peer navigator", closes_on=in_days(20))
    JobPostingFactory(role="Peer support worker", closes_on=in_days(3))
    JobPostingFactory(role="Closes today", closes_on=in_days(0))
    JobPostingFactory(role="Closed yesterday", closes_on=in_days(-1))
    JobPostingFactory(role="A draft", status=Status.DRAFT)
    JobPostingFactory(role="For members", access=Access.MEMBERS)

    response = client.get(JOBS)

    assert response.status_code == 200
    assert roles_listed(response) == ["Closes today", "Peer support worker", "Peer navigator"]
    page = response.content.decode()
    assert "3 open postings" in page
    assert "Closed yesterday" not in page
    assert "A draft" not in page
    assert "For members" not in page


def test_a_posting_leaves_the_list_at_midnight_in_toronto_not_in_utc(client):
    JobPostingFactory(role="Peer group facilitator", closes_on=date(2027, 3, 9))

    # 03:00 UTC on the 10th is still 22:00 on the 9th in Toronto: the last evening to apply.
    with time_machine.travel(datetime(2027, 3, 10, 3, 0, tzinfo=UTC)):
        assert roles_listed(client.get(JOBS)) == ["Peer group facilitator"]
    with time_machine.travel(datetime(2027, 3, 10, 5, 1, tzinfo=UTC)):
        assert roles_listed(client.get(JOBS)) == []


@pytest.mark.parametrize(
    ("person", "sees_it"),
    [
        ("anonymous", False),
        ("outsider", False),
        ("supporting_member", True),
        ("full_member", True),
        ("content_editor", True),
    ],
)
def test_members_only_postings_are_listed_for_members_only(client, request, person, sees_it):
    JobPostingFactory(role="Peer advisor to the training panel", access=Access.MEMBERS)
    JobPostingFactory(role="Board seat for full members", access=Access.FULL_MEMBERS)
    sign_in(client, request.getfixturevalue(person))

    listed = roles_listed(client.get(JOBS))

    assert ("Peer advisor to the training panel" in listed) is sees_it
    assert ("Board seat for full members" in listed) is (
        person in ("full_member", "content_editor")
    )


def test_choosing_an_lhin_lists_its_postings_and_those_open_across_the_province(
    client, lhin_toronto, lhin_north_east
):
    JobPostingFactory(role="In Toronto", lhin=lhin_toronto)
    JobPostingFactory(role="In Sudbury", lhin=lhin_north_east)
    JobPostingFactory(role="Anywhere in Ontario", lhin=None)

    response = client.get(JOBS, {"lhin": lhin_toronto.slug})

    assert sorted(roles_listed(response)) == ["Anywhere in Ontario", "In Toronto"]
    assert re.search(
        rf'<option value="{lhin_toronto.slug}"[^>]*selected', response.content.decode()
    )


def test_paid_or_volunteer_narrows_the_list(client):
    JobPostingFactory(role="Paid role", pay=JobPosting.Pay.PAID)
    JobPostingFactory(role="Volunteer role", pay=JobPosting.Pay.VOLUNTEER)

    assert roles_listed(client.get(JOBS, {"pay": "volunteer"})) == ["Volunteer role"]
    assert sorted(roles_listed(client.get(JOBS, {"pay": ""}))) == ["Paid role", "Volunteer role"]


def test_a_bad_filter_value_is_refused_next_to_its_field_keeping_the_other(client, lhin_toronto):
    response = client.get(JOBS, {"lhin": "atlantis", "pay": "volunteer"})

    assert response.status_code == 400
    page = response.content.decode()
    assert "Please choose one of the 14 LHIN regions listed." in page
    assert 'href="#id_lhin"' in page  # the error summary links to the field
    assert re.search(r'<select[^>]*name="lhin"[^>]*aria-invalid="true"', page)
    assert re.search(r'<option value="volunteer"[^>]*selected', page)


def test_the_list_comes_in_pages_of_twenty(client):
    for number in range(25):
        JobPostingFactory(role=f"Role {number:02d}", closes_on=in_days(1 + number))

    first = client.get(JOBS)
    second = client.get(JOBS, {"page": 2})

    assert len(roles_listed(first)) == 20
    assert roles_listed(second) == [f"Role {number}" for number in range(20, 25)]
    assert "Page 2 of 2" in second.content.decode()


def test_the_list_runs_the_same_queries_for_three_postings_or_thirty(
    client, assert_page_queries, lhin_toronto, full_member
):
    # The LHINs of the filter, the count and the page (each posting's LHIN joined in).
    JobPostingFactory.create_batch(3, lhin=lhin_toronto)
    assert_page_queries(JOBS, REQUEST_TRANSACTION + 3)
    JobPostingFactory.create_batch(27, lhin=lhin_toronto)
    response = assert_page_queries(JOBS, REQUEST_TRANSACTION + 3)
    assert len(roles_listed(response)) == 20

    # Signed in and filtering: the person, their roles, and the LHIN chosen.
    sign_in(client, full_member)
    assert_page_queries(f"{JOBS}?lhin={lhin_toronto.slug}&pay=paid", REQUEST_TRANSACTION + 6)


def test_the_list_is_in_french_for_a_french_speaker(client):
    JobPostingFactory(role="Peer support worker", role_fr="Pair aidant", hours="Part-time")
    JobPostingFactory(role="English only", role_fr="")
    JobPosting.objects.filter(role="Peer support worker").update(hours_fr="Temps partiel")
    client.cookies["django_language"] = "fr"

    page = client.get(JOBS).content.decode()

    assert "Pair aidant" in page
    assert "Temps partiel" in page
    assert "English only" in page  # no French role: the English one, never an empty link


# --- A posting ---------------------------------------------------------------------------------


def test_an_open_posting_shows_the_role_and_how_to_apply(client, lhin_toronto):
    job = JobPostingFactory(
        role="Peer navigator",
        organization="Escarpment General Hospital",
        lhin=lhin_toronto,
        how_to_apply="<p>Call 905-555-0110.</p>",
    )

    response = client.get(f"/jobs/{job.slug}/")

    assert response.status_code == 200
    page = response.content.decode()
    assert page.count("<h1") == 1
    assert "Peer navigator" in page
    assert "Escarpment General Hospital" in page
    assert "Toronto Central" in page
    assert "Call 905-555-0110." in page
    assert "Applications closed" not in page
    assert "X-Robots-Tag" not in response.headers


def test_a_closed_posting_still_opens_and_says_plainly_that_it_closed(client):
    closed_on = in_days(-10)
    job = JobPostingFactory(closes_on=closed_on, how_to_apply="<p>Write to jobs@example.org.</p>")

    response = client.get(f"/jobs/{job.slug}/")

    assert response.status_code == 200
    page = response.content.decode()
    assert f"Applications closed on {date_format(closed_on, 'DATE_FORMAT')}" in page
    assert "jobs@example.org" not in page  # no way to apply any more
    assert response["X-Robots-Tag"] == "noindex"
    assert job.role not in client.get(JOBS).content.decode()


def test_a_draft_is_not_found_except_by_editors_who_see_a_preview(
    client, full_member, content_editor
):
    job = JobPostingFactory(status=Status.DRAFT)
    url = f"/jobs/{job.slug}/"

    assert client.get(url).status_code == 404
    assert sign_in(client, full_member).get(url).status_code == 404
    response = sign_in(client, content_editor).get(url)
    assert response.status_code == 200
    assert "Preview: this posting is a draft." in response.content.decode()


def test_a_members_only_posting_asks_the_signed_out_to_sign_in_and_is_not_found_by_others(
    client, outsider, supporting_member
):
    job = JobPostingFactory(access=Access.MEMBERS)
    url = f"/jobs/{job.slug}/"

    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next={url}"
    assert sign_in(client, outsider).get(url).status_code == 404
    assert sign_in(client, supporting_member).get(url).status_code == 200


def test_a_posting_that_does_not_exist_is_404(client):
    assert client.get("/jobs/no-such-role/").status_code == 404


def test_a_posting_runs_a_pinned_number_of_queries(assert_page_queries):
    job = JobPostingFactory()

    assert_page_queries(f"/jobs/{job.slug}/", REQUEST_TRANSACTION + 1)


# --- The sitemap -------------------------------------------------------------------------------


def test_the_sitemap_maps_open_public_postings_only(client):
    open_job = JobPostingFactory()
    closed = JobPostingFactory(closes_on=in_days(-1))
    members = JobPostingFactory(access=Access.MEMBERS)
    draft = JobPostingFactory(status=Status.DRAFT)

    sitemap = client.get("/sitemap.xml").content.decode()

    assert f"/jobs/{open_job.slug}/" in sitemap
    for hidden in (closed, members, draft):
        assert f"/jobs/{hidden.slug}/" not in sitemap


# --- The admin ---------------------------------------------------------------------------------


def test_an_editor_posts_a_role_from_the_admin_signed_and_audited(client, content_editor):
    sign_in(client, content_editor)

    response = client.post(
        "/admin/content/jobposting/add/",
        {
            "role": "Peer support worker",
            "role_fr": "Pair aidant",
            "slug": "peer-support-worker-kingston",
            "organization": "Limestone Community Health",
            "lhin": LHIN.objects.get(number=10).pk,
            "pay": "paid",
            "hours": "Part-time",
            "hours_fr": "Temps partiel",
            "description": '<p>Walk alongside peers.<script>alert("x")</script></p>',
            "description_fr": "<p>Accompagner des pairs.</p>",
            "how_to_apply": "<p>Email us.</p>",
            "how_to_apply_fr": "<p>Écrivez-nous.</p>",
            "closes_on": in_days(14).isoformat(),
            "status": "published",
            "access": "0",
        },
    )

    assert response.status_code == 302
    job = JobPosting.objects.get(slug="peer-support-worker-kingston")
    assert job.updated_by == content_editor
    assert "<script" not in job.description
    assert AuditEntry.objects.filter(action="job.add", target_id=str(job.pk)).exists()
    assert "Peer support worker" in client.get(JOBS).content.decode()


def test_a_posting_without_a_closing_date_is_refused_with_the_reason_on_the_field(
    client, content_editor
):
    sign_in(client, content_editor)

    response = client.post(
        "/admin/content/jobposting/add/",
        {"role": "Peer navigator", "slug": "peer-navigator", "organization": "A clinic"},
    )

    assert response.status_code == 400
    assert "closes_on" in response.context["adminform"].form.errors
    assert not JobPosting.objects.exists()


def test_the_admin_list_of_postings_runs_the_same_queries_for_few_or_many(
    client, content_editor, lhin_toronto, django_assert_max_num_queries
):
    sign_in(client, content_editor)
    JobPostingFactory.create_batch(3, lhin=lhin_toronto)
    with django_assert_max_num_queries(12) as few:
        assert client.get("/admin/content/jobposting/").status_code == 200
    JobPostingFactory.create_batch(30, lhin=lhin_toronto)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get("/admin/content/jobposting/").status_code == 200


# --- The demo ----------------------------------------------------------------------------------


def test_the_demo_lists_open_roles_in_both_languages_and_runs_twice_without_doubling(client):
    demo.seed()
    demo.seed()

    assert JobPosting.objects.count() == len(demo.DEMO_JOBS)
    open_roles = roles_listed(client.get(JOBS))
    assert len(open_roles) >= 5
    assert JobPosting.objects.filter(closes_on__lt=toronto_today()).count() >= 2
    assert JobPosting.objects.filter(access=Access.MEMBERS).exists()
    assert all(job.role_fr and job.description_fr for job in JobPosting.objects.all())
