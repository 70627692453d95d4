"""Content services: the jobs part (postings are saved from the admin, signed and audited)."""

from django.db import transaction

from network.services import audit_record

from ..models import JobPosting


@transaction.atomic
def job_save(*, job: JobPosting, editor) -> JobPosting:
    """Save a posting (new or changed), signed with its editor."""
    created = job.pk is None
    job.updated_by = editor
    job.full_clean()
    job.save()
    audit_record(
        actor=editor,
        action="job.add" if created else "job.change",
        target=job,
        status=job.status,
        closes_on=job.closes_on.isoformat(),
    )
    return job


@transaction.atomic
def job_delete(*, job: JobPosting, editor) -> None:
    audit_record(actor=editor, action="job.delete", target=job)
    job.delete()
