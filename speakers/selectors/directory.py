"""Speakers' bureau selectors: the directory part (the public list of speakers, a speaker's
public profile, and who may see a speaker's photo).

What the public sees of a speaker is only what the speaker consented to publish, field by field
(`show_*`). `public_profile` is the one place that reads those consents: pages render its
result, never the speaker row, so a field left private cannot slip onto a page. A filter matches
a field only where the speaker publishes it: nobody is found by a topic or a region they keep
private.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from uuid import UUID

from django.db.models import Case, F, Prefetch, QuerySet, When
from django.db.models.functions import Lower
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from members.engagement import sees_every_lhin
from network.choices import SpokenLanguage, choice_labels
from network.models import LHIN
from network.selectors import lhins_coordinated_by
from training.models import Registration

from ..models import Audience, Format, Speaker, Topic, Travel


def _topics() -> Prefetch:
    return Prefetch("topics", queryset=Topic.objects.order_by("order", "name"))


def directory_speakers(
    *,
    topic: Topic | None = None,
    format: str = "",
    lhin: LHIN | None = None,
    language: str = "",
) -> QuerySet[Speaker]:
    """Listed speakers matching the filters, each filter on a published field only.

    Speakers who publish their name come first, by name; the others follow in an order that
    says nothing about them (their public id), so a hidden name never shows through the order.
    """
    speakers = Speaker.objects.listed()
    if topic is not None:
        speakers = speakers.filter(show_topics=True, topics=topic)
    if format:
        speakers = speakers.filter(show_formats=True, formats__contains=[format])
    if lhin is not None:
        speakers = speakers.filter(show_lhins=True, lhins_served=lhin)
    if language:
        speakers = speakers.filter(show_languages=True, languages__contains=[language])
    return (
        speakers.prefetch_related(_topics(), "lhins_served")
        .annotate(
            shown_name=Case(When(show_name=True, name__gt="", then=Lower("name")), default=None)
        )
        .order_by(F("shown_name").asc(nulls_last=True), "public_id")
    )


def speaker_listed_or_404(public_id: UUID) -> Speaker:
    """A listed speaker with everything their page may show; 404 for anyone not listed (a
    draft, a declined or paused speaker, or one who chose not to be listed)."""
    return get_object_or_404(
        Speaker.objects.listed().prefetch_related(
            _topics(),
            "lhins_served",
            Prefetch(
                "training_registrations",
                queryset=Registration.objects.filter(attended=True)
                .select_related("session__course")
                .order_by("session__starts_at", "pk"),
            ),
            "training_external",
        ),
        public_id=public_id,
    )


def public_name(speaker: Speaker) -> str:
    """The name the public sees: the speaker's own when they publish it; otherwise a neutral
    label naming the regions they serve if they publish those, or no detail at all.

    The label names a region served, never the home LHIN: where a speaker lives is not among
    what they consent to publish. Reads `lhins_served` (prefetch it for a list).
    """
    if speaker.show_name and speaker.name:
        return speaker.name
    lhins = list(speaker.lhins_served.all()) if speaker.show_lhins else []
    if not lhins:
        return _("A speaker from the bureau")
    if len(lhins) == 1:
        return _("A speaker serving %(region)s") % {"region": lhins[0].display_name}
    others = len(lhins) - 1
    return ngettext(
        "A speaker serving %(region)s and %(count)d other region",
        "A speaker serving %(region)s and %(count)d other regions",
        others,
    ) % {"region": lhins[0].display_name, "count": others}


@dataclass(frozen=True)
class PublicProfile:
    """What the public may see of a speaker: each field empty unless its owner publishes it."""

    public_id: UUID
    url: str
    name: str
    named: bool  # the name is the speaker's own, not a neutral label
    bio: str = ""
    topics: list[str] = field(default_factory=list)
    formats: list[str] = field(default_factory=list)
    audiences: list[str] = field(default_factory=list)
    lhins: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    travel: str = ""
    availability: str = ""
    photo_url: str = ""
    photo_alt: str = ""
    training: list[str] = field(default_factory=list)


def _training_titles(speaker: Speaker) -> list[str]:
    """Titles of the training the speaker linked: courses attended here, training elsewhere."""
    titles = [
        registration.session.course.display_title
        for registration in speaker.training_registrations.all()
    ]
    titles += [training.title for training in speaker.training_external.all()]
    return list(dict.fromkeys(titles))


def public_profile(speaker: Speaker, *, training: bool = False) -> PublicProfile:
    """The consented fields of `speaker`. `training` adds the training done (when published),
    which needs the prefetches of `speaker_listed_or_404`."""
    named = bool(speaker.show_name and speaker.name)
    name = public_name(speaker)
    photo_url = ""
    if speaker.show_photo and speaker.photo:
        # The version changes with every edit, so a cached copy of a replaced photo is not kept.
        photo_url = "{}?v={}".format(
            reverse("speakers:photo", args=[speaker.public_id]),
            int(speaker.updated_at.timestamp()),
        )
    return PublicProfile(
        public_id=speaker.public_id,
        url=speaker.get_absolute_url(),
        name=name,
        named=named,
        bio=speaker.bio if speaker.show_bio else "",
        topics=[t.display_name for t in speaker.topics.all()] if speaker.show_topics else [],
        formats=choice_labels(Format.choices, speaker.formats) if speaker.show_formats else [],
        audiences=choice_labels(Audience.choices, speaker.audiences)
        if speaker.show_audiences
        else [],
        lhins=[lhin.display_name for lhin in speaker.lhins_served.all()]
        if speaker.show_lhins
        else [],
        languages=choice_labels(SpokenLanguage.choices, speaker.languages)
        if speaker.show_languages
        else [],
        travel=str(Travel(speaker.travel).label) if speaker.show_travel and speaker.travel else "",
        availability=speaker.availability if speaker.show_availability else "",
        photo_url=photo_url,
        photo_alt=(speaker.photo_alt or _("Photo of %(name)s") % {"name": name})
        if photo_url
        else "",
        training=_training_titles(speaker) if training and speaker.show_training else [],
    )


# --- The photo -----------------------------------------------------------------------------------


def photo_is_public(speaker: Speaker) -> bool:
    """Anyone may see the photo of a listed speaker who publishes it."""
    return bool(speaker.photo) and speaker.show_photo and speaker.is_active and speaker.listed


def _may_see_private_photo(user, speaker: Speaker) -> bool:
    if not user.is_authenticated:
        return False
    if speaker.person_id == user.pk or sees_every_lhin(user):
        return True
    # A reviewer assigned to this application (a django-guardian grant on it).
    if user.has_perm("speakers.review_speaker", speaker):
        return True
    return (
        speaker.home_lhin_id is not None
        and lhins_coordinated_by(user).filter(pk=speaker.home_lhin_id).exists()
    )


def speaker_photo_or_404(user, public_id: UUID) -> tuple[Speaker, bool]:
    """The speaker whose photo `user` may see, and whether it is public; 404 for anyone else, as
    for a photo that does not exist. Seen by: the speaker; anyone when public; the reviewers
    assigned to the application; the coordinators of its home LHIN; network administrators."""
    speaker = get_object_or_404(Speaker, public_id=public_id)
    if not speaker.photo:
        raise Http404
    if photo_is_public(speaker):
        return speaker, True
    if _may_see_private_photo(user, speaker):
        return speaker, False
    raise Http404
