"""Model permissions of the speakers' bureau's vetting part, by role.

Coordinators and network administrators keep the selection criteria (a criterion already assessed
is retired with `active`, never deleted: the admin refuses it) and take the steps of an
application (`change_speaker`: nothing of the applicant's is edited, only its status). Reviewers
hold no model permission: each is granted `review_speaker` on the applications assigned to them.
"""

_VETTING = (
    "speakers.view_criterion",
    "speakers.add_criterion",
    "speakers.change_criterion",
    "speakers.delete_criterion",
    "speakers.view_speaker",
    "speakers.change_speaker",
)

LHIN_COORDINATOR: tuple[str, ...] = _VETTING
NETWORK_ADMINISTRATOR: tuple[str, ...] = _VETTING
