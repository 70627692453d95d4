"""The speakers' bureau in the admin: the pages part."""
