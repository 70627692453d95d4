"""Forums views, one module per part."""
