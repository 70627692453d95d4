"""The private annual self-assessment and the personal learning plan."""

__all__: list[str] = []
