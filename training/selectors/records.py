"""Training selectors: the records part. Everything here is the owner's own: another
person's record is answered with 404, never 403."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.contrib.postgres.aggregates import ArrayAgg
from django.db.models import F, Prefetch, Q, QuerySet, Sum, Value
from django.db.models.functions import Coalesce, ExtractYear, NullIf
from django.shortcuts import get_object_or_404
from django.utils.translation import get_language

from ..models import (
    Competency,
    CourseCompetency,
    ExternalTraining,
    PeerSupportHours,
    Registration,
)


def completed_sessions_of(person) -> QuerySet[Registration]:
    """Sessions the person attended (the facilitator marked it), newest first."""
    return (
        Registration.objects.filter(person=person, attended=True)
        .select_related("session__course")
        .order_by("-session__starts_at", "-pk")
    )


def external_training_of(person) -> QuerySet[ExternalTraining]:
    return ExternalTraining.objects.filter(person=person).prefetch_related(
        Prefetch("competencies", queryset=Competency.objects.order_by("framework", "number"))
    )


def external_training_listed(person) -> QuerySet[ExternalTraining]:
    """The person's external training with the names of its competencies (in the current
    language) as `competency_names`, in one query however many there are (for "My data")."""
    name = F("competencies__name")
    if (get_language() or "").startswith("fr"):
        name = Coalesce(NullIf(F("competencies__name_fr"), Value("")), name)
    return (
        ExternalTraining.objects.filter(person=person)
        .annotate(
            competency_names=ArrayAgg(
                name,
                filter=Q(competencies__isnull=False),
                order_by=("competencies__framework", "competencies__number"),
                default=Value([]),
            )
        )
        .order_by("-completed_on", "-pk")
    )


def peer_hours_of(person) -> QuerySet[PeerSupportHours]:
    return PeerSupportHours.objects.filter(person=person)


@dataclass(frozen=True)
class HoursTotals:
    by_year: list[tuple[int, Decimal]]  # newest year first
    overall: Decimal


def peer_hours_totals(person) -> HoursTotals:
    """The hours per calendar year and in all, in one query."""
    rows = (
        peer_hours_of(person)
        .annotate(year=ExtractYear("date"))
        .values("year")
        .annotate(total=Sum("hours"))
        .order_by("-year")
    )
    by_year = [(row["year"], row["total"]) for row in rows]
    return HoursTotals(by_year=by_year, overall=sum((t for _, t in by_year), Decimal(0)))


def external_training_for_owner(person, pk: int) -> ExternalTraining:
    return get_object_or_404(ExternalTraining, pk=pk, person=person)


def peer_hours_for_owner(person, pk: int) -> PeerSupportHours:
    return get_object_or_404(PeerSupportHours, pk=pk, person=person)


def certificate_for_owner(person, registration_pk: int) -> Registration:
    """An attended registration of the person's, with the course's competencies; 404 for
    anyone else's, and before attendance is marked."""
    return get_object_or_404(
        Registration.objects.select_related("session__course", "person").prefetch_related(
            Prefetch(
                "session__course__course_competencies",
                queryset=CourseCompetency.objects.select_related("competency__framework"),
            )
        ),
        pk=registration_pk,
        person=person,
        attended=True,
    )
