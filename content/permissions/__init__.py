"""The model permissions content gives each role, gathered from one module per part (read by
`network.roles`)."""

from . import contact, events, home, jobs, news, newsletter, pages, resources

PARTS = (pages, news, events, resources, jobs, newsletter, contact, home)


def _gather(name: str) -> tuple[str, ...]:
    return tuple(permission for part in PARTS for permission in getattr(part, name, ()))


CONTENT_EDITOR_CONTENT_PERMISSIONS = _gather("CONTENT_EDITOR")
LHIN_COORDINATOR_CONTENT_PERMISSIONS = _gather("LHIN_COORDINATOR")
NETWORK_ADMINISTRATOR_CONTENT_PERMISSIONS = _gather("NETWORK_ADMINISTRATOR")
