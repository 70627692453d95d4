"""Training selectors: the assessments part."""
