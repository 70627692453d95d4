"""The speakers' bureau's demo data, one module per part; called by `network.demo.seed_demo`."""

from . import applications, directory, matching, pages, requests, vetting


def seed_speakers_demo() -> None:
    for part in (pages, applications, vetting, directory, requests, matching):
        part.seed()
