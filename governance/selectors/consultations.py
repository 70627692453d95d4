"""Governance selectors: the consultations part."""

from dataclasses import dataclass

from django.db.models import Case, Count, Q, QuerySet, Value, When
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from members.models import Membership, Visibility

from ..models import Consultation, ConsultationComment, ConsultationVote, DocumentVersion


def consultations_for_members() -> QuerySet[Consultation]:
    return Consultation.objects.select_related("document_version__document")


def consultations_open(now=None) -> QuerySet[Consultation]:
    now = now or timezone.now()
    return (
        consultations_for_members()
        .filter(opens_at__lte=now, closes_at__gt=now)
        .order_by("closes_at", "pk")
    )


def consultations_upcoming(now=None) -> QuerySet[Consultation]:
    now = now or timezone.now()
    return consultations_for_members().filter(opens_at__gt=now).order_by("opens_at", "pk")


def consultations_closed(now=None) -> QuerySet[Consultation]:
    now = now or timezone.now()
    return consultations_for_members().filter(closes_at__lte=now).order_by("-closes_at", "-pk")


def consultation_for_members(pk: int) -> Consultation | None:
    return consultations_for_members().filter(pk=pk).first()


def comments_shown(consultation: Consultation) -> QuerySet[ConsultationComment]:
    """The comments members see, oldest first, each with `author_named`: whether the author
    shows their display name to members (an active member whose profile says so); the others
    appear as "A member". One query, whatever the number of comments."""
    now = timezone.now()
    return (
        ConsultationComment.objects.filter(consultation=consultation, is_hidden=False)
        .select_related("author")
        .annotate(
            author_named=Case(
                When(
                    author__profile__display_name_visibility__gte=Visibility.MEMBERS,
                    author__membership__status=Membership.Status.ACTIVE,
                    author__membership__expires_at__gt=now,
                    then=Value(True),
                ),
                default=Value(False),
            )
        )
        .order_by("created_at", "pk")
    )


@dataclass(frozen=True)
class ChoiceResult:
    choice: str
    label: str
    count: int
    percent: float


def vote_counts(consultation: Consultation) -> tuple[list[ChoiceResult], int]:
    """The count and share of each choice, and the total, in one query: never who voted how."""
    choices = ConsultationVote.Choice
    counts = ConsultationVote.objects.filter(consultation=consultation).aggregate(
        **{choice.value: Count("pk", filter=Q(choice=choice.value)) for choice in choices}
    )
    total = sum(counts.values())
    return [
        ChoiceResult(
            choice=choice.value,
            label=choice.label,
            count=counts[choice.value],
            percent=round(100 * counts[choice.value] / total, 1) if total else 0.0,
        )
        for choice in choices
    ], total


def vote_of(consultation: Consultation, voter) -> ConsultationVote | None:
    return ConsultationVote.objects.filter(consultation=consultation, voter=voter).first()


def approved_version_of(version: DocumentVersion) -> DocumentVersion | None:
    return DocumentVersion.objects.filter(
        document_id=version.document_id, status=DocumentVersion.Status.APPROVED
    ).first()


def _reverse_or_empty(name: str, *args) -> str:
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return ""


def document_links(draft: DocumentVersion, approved: DocumentVersion | None) -> dict[str, str]:
    """Links to the documents part's pages: the current approved version and its comparison
    with the draft. Empty where there is no approved version or the page does not exist."""
    if approved is None:
        return {"approved": "", "compare": ""}
    slug = draft.document.slug
    page = _reverse_or_empty("governance:document_compare", slug)
    compare = f"{page}?from={approved.number}&to={draft.number}" if page else ""
    return {
        "approved": _reverse_or_empty("governance:document_version", slug, approved.number),
        "compare": compare,
    }


def comment_shown_name(comment: ConsultationComment, viewer) -> str:
    """The author's display name where they show it to members (always to themself), else ""
    (the page says "A member"). `comment` comes from `comments_shown`."""
    if comment.author_id == viewer.pk or comment.author_named:
        return comment.author.display_name
    return ""


def personal_records_of(user) -> dict[str, list[dict]]:
    """For "My data": the person's comments and votes (their own vote is theirs to see)."""
    comments = ConsultationComment.objects.filter(author=user).select_related("consultation")
    votes = ConsultationVote.objects.filter(voter=user).select_related("consultation")
    return {
        "comments": [
            {
                "consultation": comment.consultation.title,
                "created_at": comment.created_at,
                "comment": comment.body,
                "hidden": comment.is_hidden,
            }
            for comment in comments.order_by("created_at", "pk")
        ],
        "votes": [
            {
                "consultation": vote.consultation.title,
                "vote": vote.get_choice_display(),
                "created_at": vote.created_at,
                "updated_at": vote.updated_at,
            }
            for vote in votes.order_by("created_at", "pk")
        ],
    }
