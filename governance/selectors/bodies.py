"""Governance selectors: the bodies part.

Who sees what: public bodies and meetings are for everyone; members-only ones for people with
an active membership (signed-out people are asked to sign in, others get 404). A person's name
shows only where their profile shows their display name to the viewer (members.selectors).
"""

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import Prefetch, Q, QuerySet
from django.http import Http404, HttpRequest
from django.utils import timezone

from members.models import User
from members.selectors import audience_of, membership_of, profile_shown
from network.middleware import SignInRequired
from network.selectors import lhins_coordinated_by

from ..models import Attendance, Body, BodyVisibility, Decision, DocumentVersion, Meeting, Seat

# What a person (a seat holder, an attendee) comes with, so their name costs no query per row.
PERSON_RELATED = ("profile", "membership__lhin")


def viewer_is_member(request: HttpRequest) -> bool:
    if not request.user.is_authenticated:
        return False
    membership = membership_of(request)
    return membership is not None and membership.is_active


def _check_members_only(request: HttpRequest) -> None:
    if not request.user.is_authenticated:
        raise SignInRequired
    if not viewer_is_member(request):
        raise Http404  # never tell a non-member that it exists


def bodies_for_viewer(request: HttpRequest) -> QuerySet[Body]:
    bodies = Body.objects.filter(active=True)
    if not viewer_is_member(request):
        bodies = bodies.filter(visibility=BodyVisibility.PUBLIC)
    return bodies


def body_for_viewer(request: HttpRequest, slug: str) -> Body:
    """The body at `slug` if the viewer may see it; 404 or SignInRequired otherwise."""
    body = Body.objects.select_related("terms_of_reference").filter(slug=slug).first()
    if body is None:
        raise Http404
    if body.is_members_only:
        _check_members_only(request)
    return body


def terms_of_reference_current(body: Body) -> DocumentVersion | None:
    if body.terms_of_reference_id is None:
        return None
    return (
        DocumentVersion.objects.select_related("document")
        .filter(document_id=body.terms_of_reference_id, status=DocumentVersion.Status.APPROVED)
        .first()
    )


def seats_of(request: HttpRequest, body: Body) -> list[Seat]:
    """The body's seats, each with `holder_name`: the holder's name if the viewer may see it."""
    seats = list(
        body.seats.select_related(*(f"holder__{name}" for name in PERSON_RELATED)).order_by(
            "order", "pk"
        )
    )
    shown = names_shown(request, (seat.holder for seat in seats))
    for seat in seats:
        seat.holder_name = shown.get(seat.holder_id, "")
    return seats


def _meetings_for_viewer(request: HttpRequest, body: Body) -> QuerySet[Meeting]:
    meetings = body.meetings.all()
    if not viewer_is_member(request):
        meetings = meetings.filter(visibility=BodyVisibility.PUBLIC)
    return meetings


def meetings_upcoming(request: HttpRequest, body: Body) -> QuerySet[Meeting]:
    now = timezone.now()
    return (
        _meetings_for_viewer(request, body)
        .filter(Q(starts_at__gte=now) | Q(ends_at__gte=now))
        .exclude(status=Meeting.Status.HELD)
        .order_by("starts_at")
    )


def meetings_past(request: HttpRequest, body: Body) -> QuerySet[Meeting]:
    now = timezone.now()
    upcoming = (Q(starts_at__gte=now) | Q(ends_at__gte=now)) & ~Q(status=Meeting.Status.HELD)
    return _meetings_for_viewer(request, body).exclude(upcoming).order_by("-starts_at")


def meeting_for_viewer(request: HttpRequest, slug: str, pk: int) -> Meeting:
    meeting = (
        Meeting.objects.select_related("body")
        .prefetch_related(
            Prefetch(
                "decisions",
                queryset=Decision.objects.select_related("moved_by", "seconded_by").order_by(
                    "number"
                ),
            )
        )
        .filter(pk=pk, body__slug=slug)
        .first()
    )
    if meeting is None:
        raise Http404
    if meeting.is_members_only:
        _check_members_only(request)
    return meeting


def names_shown(request: HttpRequest, people: Iterable[User]) -> dict[int, str]:
    """The display names of `people` the viewer may see, by person id: each profile's own
    choice (members.selectors.audience_of), with the viewer's coordinated LHINs read once for
    the whole list. `people` come with PERSON_RELATED."""
    people = [person for person in people if person is not None]
    if not people:
        return {}
    coordinated: set[int] = set()
    if request.user.is_authenticated:
        coordinated = set(lhins_coordinated_by(request.user).values_list("pk", flat=True))
    names = {}
    for person in people:
        profile = getattr(person, "profile", None)
        if profile is None:
            continue
        audience = audience_of(request, person, coordinated=coordinated)
        name = profile_shown(profile, audience).get("display_name")
        if name:
            names[person.pk] = name
    return names


@dataclass
class AttendanceGroup:
    status: str
    label: str
    count: int = 0
    names: list[str] = field(default_factory=list)

    @property
    def unnamed(self) -> int:
        return self.count - len(self.names)


def attendance_of(request: HttpRequest, meeting: Meeting) -> list[AttendanceGroup]:
    """Counts by status, with the names the viewer may see."""
    rows = list(meeting.attendance.select_related(*(f"person__{name}" for name in PERSON_RELATED)))
    shown = names_shown(request, (row.person for row in rows))
    groups = {
        status: AttendanceGroup(status=status, label=label)
        for status, label in Attendance.Status.choices
    }
    for row in rows:
        group = groups[row.status]
        group.count += 1
        if row.person_id in shown:
            group.names.append(shown[row.person_id])
    for group in groups.values():
        group.names.sort(key=str.casefold)
    return list(groups.values())
