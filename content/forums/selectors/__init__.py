"""Forums selectors, one module per part."""
