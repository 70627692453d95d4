"""The content app's demo data, one module per part; called by `network.demo.seed_demo`."""

from . import contact, events, home, jobs, news, newsletter, pages, resources


def seed_content_demo() -> None:
    for part in (pages, news, events, resources, jobs, newsletter, contact, home):
        part.seed()
