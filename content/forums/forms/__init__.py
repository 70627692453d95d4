"""Forums forms, one module per part."""
