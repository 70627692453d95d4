"""Content tasks: the resources part. Thin: they take primary keys and call the services, which
make a second run harmless (a link goes dead once; the digest is sent once a week)."""

from celery import shared_task
from django.utils import timezone

from ..models import Resource, Status
from ..selectors.resources import LINKED_KINDS, resources_due_for_link_check
from ..services import resources as services

__all__ = ["check_resource_links", "check_resource_links_batch", "send_review_digest"]

LINK_BATCH_SIZE = 20


@shared_task
def check_resource_links() -> int:
    """Beat, nightly: the links due for a check, in batches of LINK_BATCH_SIZE (one task each,
    so a slow site holds up twenty links, not the whole library). Returns how many."""
    pks = list(resources_due_for_link_check(timezone.now()).values_list("pk", flat=True))
    for start in range(0, len(pks), LINK_BATCH_SIZE):
        check_resource_links_batch.delay_on_commit(pks[start : start + LINK_BATCH_SIZE])
    return len(pks)


@shared_task
def check_resource_links_batch(resource_ids: list[int]) -> list[int]:
    """Check each resource's link and record the results; editors hear of the newly dead ones.
    Returns their pks."""
    targets = Resource.objects.filter(
        pk__in=resource_ids, status=Status.PUBLISHED, kind__in=LINKED_KINDS
    ).exclude(url="")
    results = {pk: services.link_check(url) for pk, url in targets.values_list("pk", "url")}
    return services.resource_links_record(results=results)


@shared_task
def send_review_digest() -> bool:
    """Beat, weekly: one digest to the editors of what is due for review and what is dead."""
    return services.review_digest_send()
