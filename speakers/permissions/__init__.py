"""The model permissions the speakers' bureau gives each role, gathered from one module per part.

`network.roles` builds the groups from these tuples.
"""

from . import applications, directory, matching, pages, requests, vetting

PARTS = (pages, applications, vetting, directory, requests, matching)


def _gather(name: str) -> tuple[str, ...]:
    return tuple(permission for part in PARTS for permission in getattr(part, name, ()))


LHIN_COORDINATOR_SPEAKERS_PERMISSIONS = _gather("LHIN_COORDINATOR")
NETWORK_ADMINISTRATOR_SPEAKERS_PERMISSIONS = _gather("NETWORK_ADMINISTRATOR")
