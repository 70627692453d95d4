"""The speakers' bureau in the admin: the matching part."""
