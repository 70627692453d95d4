"""Model permissions of training's sessions part, by role.

Content editors and network administrators schedule sessions in the admin and see the
registrations (read only: members register themselves). Coordinators see sessions through the
coverage report, not here. Calendar feeds have no admin: their tokens are secrets.
"""

from governance.permissions.base import crud

_RUN_SESSIONS = (*crud("training.session"), "training.view_registration")

CONTENT_EDITOR: tuple[str, ...] = _RUN_SESSIONS
LHIN_COORDINATOR: tuple[str, ...] = ()
NETWORK_ADMINISTRATOR: tuple[str, ...] = _RUN_SESSIONS
