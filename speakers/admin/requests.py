"""The speakers' bureau in the admin: the requests part."""
