"""Forums services, one module per part."""
