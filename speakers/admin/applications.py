"""The speakers' bureau in the admin: the applications part."""
