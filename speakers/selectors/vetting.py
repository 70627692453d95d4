"""Speakers' bureau selectors: the vetting part.

What the people vetting an application see of it (`application_sections`: the same for the admin
and the reviewers' pages, so neither shows more than the other; the safety plan only as "yes" or
"no"), who sees which applications, and the reviewers' assignments and assessments.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import (
    Case,
    Count,
    Exists,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.text import capfirst
from django.utils.timezone import localdate
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from members.engagement import sees_every_lhin
from members.models import User
from network import roles
from network.choices import SpokenLanguage
from network.selectors import lhins_coordinated_by

from ..models import (
    Assessment,
    Audience,
    Criterion,
    Format,
    SafetyPlan,
    Speaker,
    SpeakerStatusChange,
    SpeakerUserObjectPermission,
)
from .applications import CONSENT_FIELDS

# Steps recorded without a change of status (see SpeakerStatusChange.event).
EVENTS = {"paused": gettext_lazy("Paused"), "resumed": gettext_lazy("Resumed")}


# --- Who sees which applications ----------------------------------------------------------------


def applications_visible_to(user) -> QuerySet[Speaker]:
    """The admin's list: every application past its draft for network administrators, those of
    the LHINs they coordinate for coordinators. A draft is its author's alone."""
    applications = Speaker.objects.exclude(status=Speaker.Status.DRAFT)
    if sees_every_lhin(user):
        return applications
    return applications.filter(home_lhin__in=lhins_coordinated_by(user))


def _review_grants(user) -> QuerySet[SpeakerUserObjectPermission]:
    return SpeakerUserObjectPermission.objects.filter(
        user=user, permission__codename="review_speaker"
    )


def is_assigned(*, speaker: Speaker, reviewer) -> bool:
    return _review_grants(reviewer).filter(content_object=speaker).exists()


def is_reviewer(user) -> bool:
    return user.is_authenticated and roles.has_role(user, roles.SPEAKERS_REVIEWER)


def applications_assigned_to(user) -> QuerySet[Speaker]:
    """The applications a reviewer is assigned, the open ones first, each with how many of the
    active criteria this reviewer has assessed (`assessed`)."""
    grants = _review_grants(user).filter(content_object=OuterRef("pk"))
    return (
        Speaker.objects.exclude(status=Speaker.Status.DRAFT)
        .filter(Exists(grants))
        .select_related("home_lhin")
        .annotate(
            assessed=Count(
                "assessments",
                filter=Q(assessments__reviewer=user, assessments__criterion__active=True),
            ),
            still_open=Case(
                When(status__in=Speaker.OPEN, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            ),
        )
        .order_by("still_open", "-submitted_at", "pk")
    )


def _with_application(applications: QuerySet[Speaker]) -> QuerySet[Speaker]:
    """Everything `application_sections` reads, in a fixed number of queries."""
    from training.models import ExternalTraining, Registration

    return (
        applications.select_related("home_lhin", "person", "decided_by")
        .annotate(safety_plan_exists=Exists(SafetyPlan.objects.filter(speaker=OuterRef("pk"))))
        .prefetch_related(
            "topics",
            "lhins_served",
            Prefetch(
                "training_registrations",
                queryset=Registration.objects.select_related("session__course"),
            ),
            Prefetch(
                "training_external", queryset=ExternalTraining.objects.order_by("-completed_on")
            ),
        )
    )


def application_for_reviewer(user, public_id) -> Speaker | None:
    """The access helper of the reviewers' pages: the application if `user` holds the reviewer
    role and is assigned to it, else None (a 404, for everyone else: coordinators and
    administrators included, who use the admin)."""
    if not is_reviewer(user):
        return None
    grants = _review_grants(user).filter(content_object=OuterRef("pk"))
    return (
        _with_application(Speaker.objects.exclude(status=Speaker.Status.DRAFT))
        .filter(Exists(grants), public_id=public_id)
        .first()
    )


def application_for_admin(pk: int) -> Speaker:
    return _with_application(Speaker.objects.all()).get(pk=pk)


# --- What the people vetting see ----------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    label: str
    value: str = ""
    items: list[str] = field(default_factory=list)
    text: bool = False  # several lines, kept as the applicant wrote them
    image_url: str = ""
    image_alt: str = ""


@dataclass(frozen=True)
class Section:
    title: str
    rows: list[Row]


def _labels(values: list[str], choices) -> list[str]:
    known = dict(choices)
    return [str(known.get(value, value)) for value in values]


def _yes_no(value: bool) -> str:
    return _("Yes") if value else _("No")


def application_sections(speaker: Speaker) -> list[Section]:
    """The application as reviewers and coordinators read it (load it with
    `application_for_reviewer` or `application_for_admin`). The safety plan is never read here:
    only whether there is one."""
    fields = Speaker._meta
    none = _("Not given")

    def label(name: str) -> str:
        return capfirst(fields.get_field(name).verbose_name)

    def listing(title: str, items: list[str]) -> Row:
        return Row(title, items=items, value="" if items else none)

    photo = Row(label("photo"), value=none)
    if speaker.photo:
        photo = Row(
            label("photo"),
            image_url=reverse("speakers:photo", args=[speaker.public_id]),
            image_alt=speaker.photo_alt,
            value="" if speaker.photo_alt else _("No description given"),
        )
    about = [
        Row(label("name"), value=speaker.name or none),
        Row(
            label("home_lhin"), value=speaker.home_lhin.display_name if speaker.home_lhin else none
        ),
        Row(label("bio"), value=speaker.bio or none, text=bool(speaker.bio)),
        photo,
        Row(label("photo_alt"), value=speaker.photo_alt or none),
    ]
    speaking = [
        listing(label("topics"), [topic.display_name for topic in speaker.topics.all()]),
        listing(label("formats"), _labels(speaker.formats, Format.choices)),
        listing(label("audiences"), _labels(speaker.audiences, Audience.choices)),
        listing(label("lhins_served"), [lhin.display_name for lhin in speaker.lhins_served.all()]),
        listing(label("languages"), _labels(speaker.languages, SpokenLanguage.choices)),
        Row(label("travel"), value=speaker.get_travel_display() or none),
        Row(label("availability"), value=speaker.availability or none),
    ]
    training = [
        listing(
            label("training_registrations"),
            [
                f"{registration.session.course.display_title} "
                f"({date_format(localdate(registration.session.starts_at), 'DATE_FORMAT')})"
                for registration in speaker.training_registrations.all()
            ],
        ),
        listing(
            label("training_external"),
            [
                f"{external.title} ({external.provider}, "
                f"{date_format(external.completed_on, 'DATE_FORMAT')})"
                for external in speaker.training_external.all()
            ],
        ),
    ]
    private = [
        Row(label("references"), value=speaker.references or none, text=bool(speaker.references)),
        Row(
            label("accessibility_needs"),
            value=speaker.accessibility_needs or none,
            text=bool(speaker.accessibility_needs),
        ),
        Row(label("monthly_limit"), value=str(speaker.monthly_limit)),
        Row(label("honorarium_preference"), value=speaker.get_honorarium_preference_display()),
        Row(
            _("Safety plan"),
            value=(
                _("Yes. Only the speaker can read it.") if speaker.safety_plan_exists else _("No")
            ),
        ),
    ]
    published = [label(name) for name in CONSENT_FIELDS if getattr(speaker, name)]
    publishing = [
        Row(label("listed"), value=_yes_no(speaker.listed)),
        Row(_("Chose to publish"), items=published, value="" if published else _("Nothing")),
    ]
    return [
        Section(_("About them"), about),
        Section(_("Speaking"), speaking),
        Section(_("Training"), training),
        Section(_("Private: for the people vetting and matching"), private),
        Section(_("What they chose to publish"), publishing),
    ]


# --- Reviewers, assessments and steps ----------------------------------------------------------


def active_criteria() -> QuerySet[Criterion]:
    return Criterion.objects.filter(active=True).order_by("order", "title")


def reviewers_of(speaker: Speaker) -> list[User]:
    """The reviewers assigned to the application, each with `assessed`: how many active
    criteria they have assessed."""
    assessed = (
        Assessment.objects.filter(speaker=speaker, reviewer=OuterRef("pk"), criterion__active=True)
        .order_by()
        .values("reviewer")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return list(
        User.objects.filter(
            Exists(
                SpeakerUserObjectPermission.objects.filter(
                    user=OuterRef("pk"),
                    content_object=speaker,
                    permission__codename="review_speaker",
                )
            )
        )
        .annotate(assessed=Coalesce(Subquery(assessed), 0))
        .order_by("display_name")
    )


def reviewers_available(speaker: Speaker) -> QuerySet[User]:
    """People who may be assigned: active, holding the reviewer role, not yet assigned, and not
    the applicant."""
    assigned = SpeakerUserObjectPermission.objects.filter(
        content_object=speaker, permission__codename="review_speaker"
    ).values("user")
    return (
        User.objects.filter(is_active=True, groups__name=roles.SPEAKERS_REVIEWER.group_name)
        .exclude(pk__in=assigned)
        .exclude(pk=speaker.person_id)
        .order_by("display_name")
    )


def assessments_of(speaker: Speaker) -> list[Assessment]:
    """Every reviewer's assessments, retired criteria included (the decision may rest on them)."""
    return list(
        Assessment.objects.filter(speaker=speaker)
        .select_related("criterion", "reviewer")
        .order_by("reviewer__display_name", "reviewer_id", "criterion__order", "criterion__title")
    )


def steps_of(speaker: Speaker) -> list[SpeakerStatusChange]:
    return list(speaker.changes.select_related("actor").order_by("at", "pk"))


def step_label(step: SpeakerStatusChange) -> str:
    """A step in words: "Submitted → In review", or the event ("paused")."""
    statuses = dict(Speaker.Status.choices)
    if step.event:
        return str(EVENTS.get(step.event, step.event))
    to_status = statuses.get(step.to_status, step.to_status)
    if not step.from_status:
        return str(to_status)
    return f"{statuses.get(step.from_status, step.from_status)} → {to_status}"
