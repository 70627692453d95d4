"""Model permissions the resources part gives each role (gathered by content.permissions).

Content editors run the library; network administrators do what content editors do."""

from governance.permissions.base import crud

_LIBRARY = crud("content.resource")

CONTENT_EDITOR: tuple[str, ...] = _LIBRARY
NETWORK_ADMINISTRATOR: tuple[str, ...] = _LIBRARY
LHIN_COORDINATOR: tuple[str, ...] = ()
