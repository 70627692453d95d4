"""Training's demo data, one module per part; called by `network.demo.seed_demo`."""

from . import assessments, catalogue, coverage, records, sessions


def seed_training_demo() -> None:
    for part in (catalogue, sessions, records, assessments, coverage):
        part.seed()
