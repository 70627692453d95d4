"""Model permissions of training's assessments part, by role.

No role gets any permission on self-assessments, ratings or learning plans: they are their
owner's alone. Network administrators see the anonymous aggregates (governance members too,
by their role: see `training.admin.assessments.may_see_aggregates`).
"""

from governance.permissions.base import crud  # noqa: F401 (for the tuples below)

CONTENT_EDITOR: tuple[str, ...] = ()
LHIN_COORDINATOR: tuple[str, ...] = ()
NETWORK_ADMINISTRATOR: tuple[str, ...] = ("training.view_selfassessmentreport",)
