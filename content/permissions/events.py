"""Model permissions the events part gives each role (gathered by content.permissions): content
editors and network administrators write events; LHIN coordinators have none here."""

from governance.permissions.base import crud

CONTENT_EDITOR: tuple[str, ...] = crud("content.event")
NETWORK_ADMINISTRATOR: tuple[str, ...] = crud("content.event")
LHIN_COORDINATOR: tuple[str, ...] = ()
