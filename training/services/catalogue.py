"""Training services: the catalogue part (publishing courses)."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from network.services import audit_record

from ..models import Course


@transaction.atomic
def course_publish(*, actor, course: Course, published: bool = True) -> Course:
    """Publish a course (or take it down). A course is published only once it says which
    competency it builds: the catalogue is organized by them."""
    course = Course.objects.select_for_update().get(pk=course.pk)
    if course.is_published == published:
        return course
    if published and not course.course_competencies.exists():
        raise ValidationError(
            _("“%(title)s” builds no competency yet: add at least one before publishing.")
            % {"title": course.title}
        )
    course.is_published = published
    course.full_clean()
    course.save(update_fields=["is_published", "updated_at"])
    audit_record(
        actor=actor,
        action="training.course_published" if published else "training.course_unpublished",
        target=course,
    )
    return course
