"""Speakers' bureau services, one module per part (`steps` records each step)."""
