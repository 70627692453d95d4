"""Model permissions of training's catalogue part, by role.

Content editors run the catalogue: topics and courses with their competencies and modules.
The frameworks and rating scales are reference data (read only): content editors read the
scale; governance members already read the frameworks (governance.permissions.registry).
Network administrators do what content editors do.
"""

from governance.permissions.base import crud

_CATALOGUE = (
    *crud("training.topic"),
    *crud("training.course"),
    *crud("training.coursecompetency"),
    *crud("training.coursemodule"),
    "training.view_scalelevel",
)

CONTENT_EDITOR: tuple[str, ...] = _CATALOGUE
LHIN_COORDINATOR: tuple[str, ...] = ()
NETWORK_ADMINISTRATOR: tuple[str, ...] = _CATALOGUE
