"""The speakers' bureau in the admin: the vetting part."""
