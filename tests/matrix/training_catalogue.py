"""Permission-matrix rows of training's catalogue part (see tests/matrix/__init__.py).

The catalogue, a published course and the competency pages are public. Content editors and
network administrators run topics and courses in the admin; the rating scales are reference
data, read only (no one adds or deletes a level).
"""

from .base import row

_PUBLIC = row("200 200 200 200 200 200 200 200 200 200 200 200")
_EDITORS = row("302 302 302 302 403 200 302 302 403 403 403 200")
_NOBODY = row("302 302 302 302 403 403 302 302 403 403 403 403")
_REDIRECT = row("302 302 302 302 302 302 302 302 302 302 302 302")


def _admin_rows(model: str, *, read_only: bool = False) -> dict[str, tuple[str, dict[str, int]]]:
    base = f"admin/training/{model}/"
    path = f"/{base}{{training/{model}}}/"
    write = _NOBODY if read_only else _EDITORS
    return {
        base: (f"/{base}", _EDITORS),
        f"{base}add/": (f"/{base}add/", write),
        f"{base}<path:object_id>/history/": (f"{path}history/", _EDITORS),
        f"{base}<path:object_id>/delete/": (f"{path}delete/", write),
        f"{base}<path:object_id>/change/": (f"{path}change/", _EDITORS),
        f"{base}<path:object_id>/": (path, _REDIRECT),
    }


# fmt: off
ROWS: dict[str, tuple[str, dict[str, int]]] = {
    # route: (path requested, row("anon outsider full supporting coordinator editor moderator reviewer governance complaints treasurer admin"))
    "training/": ("/training/", _PUBLIC),
    "training/courses/<slug:slug>/": ("/training/courses/{course}/", _PUBLIC),
    "training/competencies/": ("/training/competencies/", _PUBLIC),
    "training/competencies/<slug:framework_slug>/<int:number>/": ("/training/competencies/core/1/", _PUBLIC),
    **_admin_rows("topic"),
    **_admin_rows("course"),
    **_admin_rows("scalelevel", read_only=True),
}
# fmt: on


def objects(request) -> dict[str, object]:
    """A published course with a topic, and a level of the core scale."""
    from training.models import ScaleLevel
    from training.tests.factories_catalogue import CourseFactory, TopicFactory

    course = CourseFactory()
    topic = TopicFactory()
    course.topics.add(topic)
    return {
        "course": course.slug,
        "training/topic": topic.pk,
        "training/course": course.pk,
        "training/scalelevel": ScaleLevel.objects.filter(framework__slug="core").first().pk,
    }
