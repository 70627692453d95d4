"""The model permissions training gives each role, gathered from one module per part (read by
`network.roles`)."""

from . import assessments, catalogue, coverage, records, sessions

PARTS = (catalogue, sessions, records, assessments, coverage)


def _gather(name: str) -> tuple[str, ...]:
    return tuple(permission for part in PARTS for permission in getattr(part, name, ()))


CONTENT_EDITOR_PERMISSIONS = _gather("CONTENT_EDITOR")
LHIN_COORDINATOR_TRAINING_PERMISSIONS = _gather("LHIN_COORDINATOR")
NETWORK_ADMINISTRATOR_TRAINING_PERMISSIONS = _gather("NETWORK_ADMINISTRATOR")
