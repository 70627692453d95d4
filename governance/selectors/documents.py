"""Governance selectors: the documents part.

The public sees approved and superseded versions only; a version out to consultation is also
seen by active members (they are consulted on it); drafts are seen by the people who write and
approve them (governance members and network administrators). Anyone else asking for one gets
a 404, as for a version that does not exist.
"""

from dataclasses import dataclass, field

from django.http import Http404

from network import roles

from ..models import Document, DocumentVersion

Status = DocumentVersion.Status
PUBLIC_STATUSES = (Status.APPROVED, Status.SUPERSEDED)


def sees_unapproved_versions(user) -> bool:
    """Governance members and network administrators see drafts and consultation versions."""
    if not user.is_authenticated or not user.is_active:
        return False
    return (
        user.is_superuser
        or roles.has_role(user, roles.GOVERNANCE_MEMBER)
        or roles.has_role(user, roles.NETWORK_ADMINISTRATOR)
    )


def statements_current() -> list[DocumentVersion]:
    """The current version of the mission, vision, values and principles, in that order."""
    kinds = [str(kind) for kind in Document.STATEMENT_KINDS]
    versions = DocumentVersion.objects.filter(
        status=Status.APPROVED, document__kind__in=kinds
    ).select_related("document")
    return sorted(
        versions, key=lambda v: (kinds.index(v.document.kind), v.document.order, v.document.title)
    )


@dataclass
class KindGroup:
    kind: str
    label: str
    versions: list[DocumentVersion] = field(default_factory=list)


def documents_current_by_kind() -> list[KindGroup]:
    """Terms of reference and policies with their current version, grouped by kind (in the
    order of Document.Kind), each group in the documents' own order."""
    statement_kinds = [str(kind) for kind in Document.STATEMENT_KINDS]
    versions = (
        DocumentVersion.objects.filter(status=Status.APPROVED)
        .exclude(document__kind__in=statement_kinds)
        .select_related("document")
        .order_by("document__order", "document__title")
    )
    groups = {
        kind.value: KindGroup(kind=kind.value, label=kind.label)
        for kind in Document.Kind
        if kind.value not in statement_kinds
    }
    for version in versions:
        groups[version.document.kind].versions.append(version)
    return [group for group in groups.values() if group.versions]


@dataclass
class DocumentHistory:
    document: Document
    current: DocumentVersion | None
    earlier: list[DocumentVersion]  # approved before, now superseded, newest first
    unapproved: list[DocumentVersion]  # drafts and consultation: for those who see them only

    @property
    def visible(self) -> list[DocumentVersion]:
        """Every version the viewer may open, newest first."""
        return sorted(
            [*self.unapproved, *([self.current] if self.current else []), *self.earlier],
            key=lambda v: -v.number,
        )


def document_history_or_404(*, slug: str, user, member: bool = False) -> DocumentHistory:
    """A document and the versions `user` may see (`member`: an active member, who also sees a
    version out to consultation); 404 when the viewer may see none of its versions."""
    document = Document.objects.filter(slug=slug).first()
    if document is None:
        raise Http404
    sees_all = sees_unapproved_versions(user)
    versions = document.versions.select_related("approved_by").order_by("-number")
    if not sees_all:
        statuses = (*PUBLIC_STATUSES, Status.CONSULTATION) if member else PUBLIC_STATUSES
        versions = versions.filter(status__in=statuses)
    versions = list(versions)
    for version in versions:
        version.document = document  # shared, so get_absolute_url() costs no query
    current = next((v for v in versions if v.status == Status.APPROVED), None)
    if not versions or (current is None and not sees_all and not member):
        raise Http404
    return DocumentHistory(
        document=document,
        current=current,
        earlier=[v for v in versions if v.status == Status.SUPERSEDED],
        unapproved=[v for v in versions if v.status not in PUBLIC_STATUSES],
    )


def version_or_404(history: DocumentHistory, number: int) -> DocumentVersion:
    version = next((v for v in history.visible if v.number == number), None)
    if version is None:
        raise Http404
    return version
