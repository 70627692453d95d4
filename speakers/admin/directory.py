"""The speakers' bureau in the admin: the directory part."""
