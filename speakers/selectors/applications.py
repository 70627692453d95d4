"""Speakers' bureau selectors: the applications part.

Everything here reads the signed-in person's own application: there is no lookup by id, so
nobody can reach another person's application, profile or safety plan through these.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.postgres.aggregates import ArrayAgg
from django.db.models import Exists, F, OuterRef, Prefetch, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import Promise
from django.utils.text import capfirst
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from members.models import Membership
from network.choices import choice_labels
from network.models import LHIN
from training.models import ExternalTraining, Registration

from ..models import Audience, Format, SafetyPlan, Speaker, SpeakerStatusChange, Topic

# The application's steps, in order: (slug, title). The slugs are the addresses' last part.
STEPS: tuple[tuple[str, Promise], ...] = (
    ("about", _("About you")),
    ("speaking", _("How you speak")),
    ("background", _("Your background")),
    ("publish", _("What to publish")),
    ("safety", _("Your safety plan")),
    ("review", _("Review and submit")),
)
STEP_SLUGS = tuple(slug for slug, _title in STEPS)
STEP_TITLES = dict(STEPS)


@dataclass(frozen=True)
class Missing:
    """Something an application needs before it is submitted, and the step where it is given."""

    field: str
    label: Promise
    step: str

    @property
    def step_title(self) -> Promise:
        return STEP_TITLES[self.step]


def speaker_of(person) -> Speaker | None:
    """The person's own Speaker row (their application, or their profile once approved), with
    whether they have a safety plan (`plan_exists`), in one query."""
    return (
        Speaker.objects.select_related("home_lhin")
        .annotate(plan_exists=Exists(SafetyPlan.objects.filter(speaker=OuterRef("pk"))))
        .filter(person=person)
        .first()
    )


def speaker_in_full(person) -> Speaker | None:
    """The person's Speaker row with everything the review step shows: topics, regions,
    training and their safety plan (theirs alone), in a fixed number of queries."""
    return (
        Speaker.objects.select_related("home_lhin", "safety_plan")
        .prefetch_related(
            Prefetch("topics", queryset=Topic.objects.order_by("order", "name")),
            Prefetch("lhins_served", queryset=LHIN.objects.order_by("number")),
            Prefetch(
                "training_registrations",
                queryset=Registration.objects.select_related("session__course").order_by(
                    "-session__starts_at", "-pk"
                ),
            ),
            Prefetch(
                "training_external",
                queryset=ExternalTraining.objects.order_by("-completed_on", "-pk"),
            ),
        )
        .filter(person=person)
        .first()
    )


def safety_plan_of(speaker: Speaker) -> SafetyPlan | None:
    return SafetyPlan.objects.filter(speaker=speaker).first()


def home_lhin_suggested(person) -> LHIN | None:
    """The LHIN of the person's membership, to start an application with."""
    membership = Membership.objects.select_related("lhin").filter(person=person).first()
    return membership.lhin if membership is not None else None


def topics_offered(speaker: Speaker | None) -> QuerySet[Topic]:
    """Active topics, and any retired one the speaker already chose (so saving keeps it)."""
    chosen = Q(speakers=speaker) if speaker is not None and speaker.pk else Q(pk__in=[])
    return Topic.objects.filter(Q(active=True) | chosen).distinct().order_by("order", "name")


def training_attended_by(person) -> QuerySet[Registration]:
    """The training sessions the person attended here (a facilitator marked it)."""
    return (
        Registration.objects.filter(person=person, attended=True)
        .select_related("session__course")
        .order_by("-session__starts_at", "-pk")
    )


def training_recorded_by(person) -> QuerySet[ExternalTraining]:
    """The training the person recorded as taken elsewhere."""
    return ExternalTraining.objects.filter(person=person).order_by("-completed_on", "-pk")


def _has_any(speaker: Speaker, relation: str) -> bool:
    prefetched = getattr(speaker, "_prefetched_objects_cache", {})
    if relation in prefetched:
        return bool(prefetched[relation])
    return getattr(speaker, relation).exists()


def application_missing(speaker: Speaker | None) -> list[Missing]:
    """What the application still needs before it can be submitted, in the order of the steps:
    a name, a bio, a home LHIN, and at least one topic, format, LHIN served and language."""
    new = speaker is None or not speaker.pk
    checks = (
        ("name", _("A name to show"), "about", lambda s: bool(s.name.strip())),
        ("bio", _("A public bio"), "about", lambda s: bool(s.bio.strip())),
        ("home_lhin", _("Your home LHIN region"), "about", lambda s: s.home_lhin_id is not None),
        ("topics", _("At least one topic"), "speaking", lambda s: _has_any(s, "topics")),
        ("formats", _("At least one format"), "speaking", lambda s: bool(s.formats)),
        (
            "lhins_served",
            _("At least one LHIN region you serve"),
            "speaking",
            lambda s: _has_any(s, "lhins_served"),
        ),
        ("languages", _("At least one language"), "speaking", lambda s: bool(s.languages)),
    )
    return [
        Missing(field, label, step)
        for field, label, step, given in checks
        if new or not given(speaker)
    ]


def history_of(speaker: Speaker) -> QuerySet[SpeakerStatusChange]:
    """The steps of the application and of the speaker's life, newest first. Only when and
    what: who took a step is the coordinators' business."""
    return SpeakerStatusChange.objects.filter(speaker=speaker).order_by("-at", "-pk")


def is_listed(speaker: Speaker) -> bool:
    """Whether the public directory shows the speaker now (active and consenting)."""
    return speaker.is_active and speaker.listed


# --- My data -----------------------------------------------------------------------------------


def _localized(path: str):
    """`path`, or its French column (`<path>_fr`) when French is active and it is filled."""
    if (get_language() or "").startswith("fr"):
        return Coalesce(NullIf(F(f"{path}_fr"), Value("")), F(path))
    return F(path)


def _names(relation: str, name, order_by: str):
    """The names of a speaker's related rows as one array, from one correlated subquery on the
    relation's join table (so a speaker is still one row)."""
    through = Speaker._meta.get_field(relation).remote_field.through
    return Coalesce(
        Subquery(
            through.objects.filter(speaker=OuterRef("pk"))
            .order_by()
            .values("speaker")
            .annotate(names=ArrayAgg(name, order_by=order_by))
            .values("names")[:1]
        ),
        Value([]),
    )


def personal_records_of(person) -> dict[str, list[dict]]:
    """The person's application and speaker profile with their consents, their safety plan
    (it is theirs) and the steps of their application, for "My data", in two queries however
    much there is."""
    speaker = (
        Speaker.objects.select_related("home_lhin", "safety_plan")
        .annotate(
            topic_names=_names("topics", _localized("topic__name"), "topic__order"),
            lhin_names=_names("lhins_served", _localized("lhin__name"), "lhin__number"),
            attended_names=_names(
                "training_registrations",
                _localized("registration__session__course__title"),
                "registration__session__starts_at",
            ),
            external_names=_names(
                "training_external", F("externaltraining__title"), "externaltraining__title"
            ),
        )
        .filter(person=person)
        .first()
    )
    if speaker is None:
        return {"speaker": [], "safety_plan": [], "steps": [], "engagements": []}
    plan = getattr(speaker, "safety_plan", None)
    statuses = dict(Speaker.Status.choices)
    return {
        "speaker": [
            {
                "status": speaker.get_status_display(),
                "name_to_show": speaker.name,
                "home_lhin": speaker.home_lhin.display_name if speaker.home_lhin else None,
                "public_bio": speaker.bio,
                "photo": bool(speaker.photo),
                "photo_alt": speaker.photo_alt,
                "topics": speaker.topic_names,
                "formats": choice_labels(Format.choices, speaker.formats),
                "audiences": choice_labels(Audience.choices, speaker.audiences),
                "lhins_served": speaker.lhin_names,
                "languages": choice_labels(
                    Speaker._meta.get_field("languages").base_field.choices, speaker.languages
                ),
                "travel": speaker.get_travel_display() if speaker.travel else "",
                "availability": speaker.availability,
                "monthly_limit": speaker.monthly_limit,
                "training_attended": speaker.attended_names,
                "training_external": speaker.external_names,
                "references": speaker.references,
                "accessibility_needs": speaker.accessibility_needs,
                "honorarium_preference": speaker.get_honorarium_preference_display(),
                "published": [
                    str(Speaker._meta.get_field(field).verbose_name)
                    for field in CONSENT_FIELDS
                    if getattr(speaker, field)
                ],
                "created_at": speaker.created_at,
                "submitted_at": speaker.submitted_at,
                "decided_at": speaker.decided_at,
                "decision_note": speaker.decision_note,
                "paused_at": speaker.paused_at,
            }
        ],
        "safety_plan": [
            {
                "will_speak_about": plan.will_speak_about,
                "wont_speak_about": plan.wont_speak_about,
                "support_person": plan.support_person,
                "after_care": plan.after_care,
                "updated_at": plan.updated_at,
            }
        ]
        if plan is not None
        else [],
        "steps": [
            {"at": step.at, "status": step_label(step, statuses)}
            for step in SpeakerStatusChange.objects.filter(speaker=speaker).order_by("at", "pk")
        ],
        "engagements": [_engagement_record(offer) for offer in _engagements_of(speaker)],
    }


def _engagements_of(speaker: Speaker):
    from ..models import Offer

    return (
        Offer.objects.filter(speaker=speaker)
        .select_related("request", "debrief")
        .order_by("request__starts_at", "pk")
    )


def _engagement_record(offer) -> dict:
    """An engagement as the speaker knows it, with their own debrief (theirs alone)."""
    debrief = getattr(offer, "debrief", None)
    return {
        "event": offer.request.event_title,
        "starts_at": offer.request.starts_at,
        "status": offer.get_status_display(),
        "offered_at": offer.offered_at,
        "answered_at": offer.responded_at,
        "debrief": {
            "feeling": debrief.get_feeling_display(),
            "notes": debrief.notes,
            "follow_up": debrief.follow_up,
            "submitted_at": debrief.submitted_at,
        }
        if debrief is not None
        else None,
    }


# The consents to publish, in the order the "What to publish" step asks them.
CONSENT_FIELDS = (
    "show_name",
    "show_bio",
    "show_photo",
    "show_topics",
    "show_formats",
    "show_audiences",
    "show_lhins",
    "show_languages",
    "show_travel",
    "show_availability",
    "show_training",
    "listed",
)

EVENTS = {
    "paused": _("Paused"),
    "resumed": _("Resumed"),
}


def step_label(step: SpeakerStatusChange, statuses: dict | None = None) -> str:
    """A step in words: its event ("Paused") or the status it led to ("Submitted")."""
    if step.event in EVENTS:
        return str(EVENTS[step.event])
    statuses = statuses if statuses is not None else dict(Speaker.Status.choices)
    return str(statuses.get(step.to_status, step.to_status))


# --- The review step ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SummarySection:
    step: str
    title: Promise
    rows: list[tuple[str, str]]  # (label, value in words; "" when not given)


def _label(field: str) -> str:
    return capfirst(str(Speaker._meta.get_field(field).verbose_name))


def _yes_no(value: bool) -> str:
    return str(_("Yes") if value else _("No"))


def summary_of(speaker: Speaker | None) -> list[SummarySection]:
    """Everything in the application, step by step, in words, for the review step. Expects
    `speaker_in_full` (its relations prefetched)."""
    if speaker is None:
        return []
    languages = Speaker._meta.get_field("languages").base_field.choices
    registrations = [
        str(_("%(course)s, %(date)s"))
        % {
            "course": row.session.course.display_title,
            "date": date_format(timezone.localtime(row.session.starts_at), "DATE_FORMAT"),
        }
        for row in speaker.training_registrations.all()
    ]
    external = [
        str(_("%(title)s (%(provider)s)")) % {"title": row.title, "provider": row.provider}
        for row in speaker.training_external.all()
    ]
    return [
        SummarySection(
            "about",
            STEP_TITLES["about"],
            [
                (_label("name"), speaker.name),
                (_label("home_lhin"), speaker.home_lhin.display_name if speaker.home_lhin else ""),
                (_label("bio"), speaker.bio),
                (_label("photo"), _yes_no(bool(speaker.photo))),
                (_label("photo_alt"), speaker.photo_alt),
            ],
        ),
        SummarySection(
            "speaking",
            STEP_TITLES["speaking"],
            [
                (_label("topics"), ", ".join(t.display_name for t in speaker.topics.all())),
                (_label("formats"), ", ".join(choice_labels(Format.choices, speaker.formats))),
                (
                    _label("audiences"),
                    ", ".join(choice_labels(Audience.choices, speaker.audiences)),
                ),
                (
                    _label("lhins_served"),
                    ", ".join(lhin.display_name for lhin in speaker.lhins_served.all()),
                ),
                (_label("languages"), ", ".join(choice_labels(languages, speaker.languages))),
                (_label("travel"), speaker.get_travel_display() if speaker.travel else ""),
                (_label("availability"), speaker.availability),
                (_label("monthly_limit"), str(speaker.monthly_limit)),
            ],
        ),
        SummarySection(
            "background",
            STEP_TITLES["background"],
            [
                (_label("training_registrations"), "; ".join(registrations)),
                (_label("training_external"), "; ".join(external)),
                (_label("references"), speaker.references),
                (_label("accessibility_needs"), speaker.accessibility_needs),
                (_label("honorarium_preference"), speaker.get_honorarium_preference_display()),
            ],
        ),
        SummarySection(
            "publish",
            STEP_TITLES["publish"],
            [(_label(field), _yes_no(getattr(speaker, field))) for field in CONSENT_FIELDS],
        ),
    ]
