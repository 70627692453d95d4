"""Model permissions of the speakers' bureau's matching part, by role.

Coordinators and network administrators see speaking requests and take their steps (the change
permission: notes, offers, confirmation, completion); which requests a coordinator sees is the
LHINs they coordinate (`speakers.admin.matching`). Nobody is given offers or debriefs as models:
offers are shown on their request, and a debrief is its speaker's alone.
"""

LHIN_COORDINATOR: tuple[str, ...] = (
    "speakers.view_speakingrequest",
    "speakers.change_speakingrequest",
)
NETWORK_ADMINISTRATOR: tuple[str, ...] = (
    "speakers.view_speakingrequest",
    "speakers.change_speakingrequest",
)
