"""Model permissions of the speakers' bureau's pages part, by role.

LHIN coordinators and network administrators keep the bureau's public pages and its list of
speaking topics. Pages are never deleted (hosts' emails and links lead to them); a topic is
retired with `active`, and the admin deletes only one that no speaker or request uses.
"""

from governance.permissions.base import crud

_PAGES = (
    "speakers.add_bureaupage",
    "speakers.change_bureaupage",
    "speakers.view_bureaupage",
)
_TOPICS = crud("speakers.topic")

LHIN_COORDINATOR: tuple[str, ...] = (*_PAGES, *_TOPICS)
NETWORK_ADMINISTRATOR: tuple[str, ...] = (*_PAGES, *_TOPICS)
