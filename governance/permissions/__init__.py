"""The model permissions governance gives each role, gathered from one module per part.

`network.roles` builds the groups from these tuples. Each part of governance lists its own in
its module here, so the parts can grow without touching one another.
"""

from . import bodies, complaints, consultations, documents, honoraria, registry

PARTS = (documents, bodies, consultations, complaints, registry, honoraria)


def _gather(name: str) -> tuple[str, ...]:
    return tuple(permission for part in PARTS for permission in getattr(part, name, ()))


GOVERNANCE_MEMBER_PERMISSIONS = _gather("GOVERNANCE_MEMBER")
COMPLAINTS_OFFICER_PERMISSIONS = _gather("COMPLAINTS_OFFICER")
TREASURER_PERMISSIONS = _gather("TREASURER")
LHIN_COORDINATOR_GOVERNANCE_PERMISSIONS = _gather("LHIN_COORDINATOR")
NETWORK_ADMINISTRATOR_GOVERNANCE_PERMISSIONS = _gather("NETWORK_ADMINISTRATOR")
