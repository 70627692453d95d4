"""The demo's speaker requests: several organizations and states, seeded twice to the same rows,
each host page opening with its link."""

import pytest
from django.utils import timezone

from speakers.demo import pages
from speakers.demo.requests import seed
from speakers.models import RequestStatusChange, SpeakingRequest, Topic
from speakers.selectors.requests import host_token
from speakers.tests.factories import TopicFactory

pytestmark = pytest.mark.django_db


def test_the_demo_requests_seed_twice_to_the_same_rows_in_several_states(client):
    TopicFactory(slug="harm-reduction", name="Harm reduction")
    pages.seed()
    seed()  # the requests part alone: the matching part's demo moves some of them on
    rows = set(SpeakingRequest.objects.values_list("pk", "reference", "status"))
    steps = RequestStatusChange.objects.count()

    seed()

    assert set(SpeakingRequest.objects.values_list("pk", "reference", "status")) == rows
    assert RequestStatusChange.objects.count() == steps
    requests = SpeakingRequest.objects.all()
    assert len(requests) == 6
    assert {r.status for r in requests} == {"received", "matching", "cancelled"}
    assert sum(r.speakers_needed == 2 for r in requests) == 2
    assert {r.language for r in requests} == {"en", "fr"}
    assert len({r.lhin_id for r in requests}) == 6
    assert all(r.reference.startswith("SR-") for r in requests)
    cancelled = requests.get(status="cancelled")
    assert cancelled.cancel_reason
    assert not cancelled.offers.exists()
    assert not SpeakingRequest.objects.filter(offers__isnull=False).exists()
    assert all(r.starts_at > timezone.now() and r.ends_at > r.starts_at for r in requests)
    harm = Topic.objects.get(slug="harm-reduction")
    assert requests.filter(topics=harm).exists()
    for request in requests:
        assert [s.to_status for s in request.changes.all()][-1] == request.status
        page = client.get(f"/speakers/host/{host_token(request)}/")
        assert page.status_code == 200
        assert request.event_title in page.content.decode()
