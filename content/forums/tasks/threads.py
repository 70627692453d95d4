"""Forums tasks: the threads part."""
