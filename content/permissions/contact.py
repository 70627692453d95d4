"""Model permissions the contact part gives each role (gathered by content.permissions).

Only network administrators read the contact messages: they hold people's names, addresses and
sometimes more. "change" is for marking a message handled; every field stays read only.
"""

CONTENT_EDITOR: tuple[str, ...] = ()
NETWORK_ADMINISTRATOR: tuple[str, ...] = (
    "content.view_contactmessage",
    "content.change_contactmessage",
    "content.delete_contactmessage",
)
LHIN_COORDINATOR: tuple[str, ...] = ()
