"""The forums' demo data, one module per part; called by `network.demo.seed_demo`."""

from . import moderation, subscriptions, threads


def seed_forums_demo() -> None:
    for part in (threads, moderation, subscriptions):
        part.seed()
