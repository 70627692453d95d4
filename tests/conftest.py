"""Browser settings for the cross-app tests (a conftest, so it overrides pytest-playwright's)."""

import os

import pytest


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Debian's Chromium, never a browser Playwright would download (the recipe in shared/)."""
    return {
        **browser_type_launch_args,
        "executable_path": os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"),
        "args": ["--disable-gpu", "--disable-quic", "--disable-background-networking"],
    }
