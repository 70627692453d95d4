"""Model permissions the home part gives each role (gathered by content.permissions).

Editors and administrators write the home page's hero; nobody deletes it (the admin refuses)."""

_HERO = ("content.add_homepage", "content.change_homepage", "content.view_homepage")

CONTENT_EDITOR: tuple[str, ...] = _HERO
NETWORK_ADMINISTRATOR: tuple[str, ...] = _HERO
LHIN_COORDINATOR: tuple[str, ...] = ()
