"""Speakers' bureau selectors: the pages part (the bureau's pages and its speaking topics)."""

from django.db.models import Count, IntegerField, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404

from ..models import BureauPage, Speaker, SpeakingRequest, Topic


def bureau_pages() -> QuerySet[BureauPage]:
    """Every page of the bureau, in the order coordinators gave them."""
    return BureauPage.objects.order_by("order", "kind")


def bureau_page_or_404(kind: str) -> BureauPage:
    """The page of that kind; 404 for a kind that does not exist or has not been written."""
    return get_object_or_404(BureauPage, kind=kind)


def _count_of(through) -> Coalesce:
    counted = (
        through.objects.filter(topic=OuterRef("pk"))
        .order_by()
        .values("topic")
        .annotate(total=Count("pk"))
        .values("total")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def topics_with_uses() -> QuerySet[Topic]:
    """Topics, each with `speaker_count` and `request_count` (how many name it)."""
    return Topic.objects.annotate(
        speaker_count=_count_of(Speaker.topics.through),
        request_count=_count_of(SpeakingRequest.topics.through),
    )


def topic_uses(topic: Topic) -> int:
    """How many speakers and speaking requests name the topic."""
    speaker_count = getattr(topic, "speaker_count", None)
    request_count = getattr(topic, "request_count", None)
    if speaker_count is None or request_count is None:
        speaker_count = Speaker.topics.through.objects.filter(topic_id=topic.pk).count()
        request_count = SpeakingRequest.topics.through.objects.filter(topic_id=topic.pk).count()
    return speaker_count + request_count
