"""Governance's demo data, one module per part; called by `network.demo.seed_demo`."""

from . import bodies, complaints, consultations, documents, honoraria, registry


def seed_governance_demo() -> None:
    for part in (documents, registry, honoraria, bodies, consultations, complaints):
        part.seed()
