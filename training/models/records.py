"""Training records: completed sessions, external training, peer-support hours."""

__all__: list[str] = []
