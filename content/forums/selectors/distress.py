"""Forums selectors: distress flags and how fast moderators responded to them."""

from __future__ import annotations

from datetime import timedelta

from django.db.models import Aggregate, DurationField, ExpressionWrapper, F, QuerySet
from django.http import Http404

from ..models import Category, DistressFlag
from .access import Viewer
from .moderation import _signed_in, moderated_categories_q

__all__ = ["distress_flags_for", "median_response"]


class _Median(Aggregate):
    """PostgreSQL's exact median of an interval."""

    function = "percentile_cont"
    template = "%(function)s(0.5) WITHIN GROUP (ORDER BY %(expressions)s)"
    allow_distinct = False
    output_field = DurationField()


def distress_flags_for(viewer: Viewer) -> QuerySet[DistressFlag]:
    """The flags of the categories the person moderates (all, for network administrators),
    newest first, each with its time to first response (None while nobody has responded)."""
    _signed_in(viewer)
    if not viewer.is_admin and not viewer.moderates:
        raise Http404
    return (
        DistressFlag.objects.filter(
            post__thread__category__in=Category.objects.filter(moderated_categories_q(viewer))
        )
        .select_related("post__thread__category", "first_responder")
        .annotate(
            response_time=ExpressionWrapper(
                F("first_response_at") - F("created_at"), output_field=DurationField()
            )
        )
        .order_by("-created_at", "-pk")
    )


def median_response(flags: QuerySet[DistressFlag]) -> timedelta | None:
    """The median time to first response of the flags responded to."""
    return (
        flags.filter(first_response_at__isnull=False)
        .order_by()
        .aggregate(median=_Median(F("first_response_at") - F("created_at")))["median"]
    )
