"""Fixtures of the reliability suite."""

from __future__ import annotations

import pytest

from journal import kdf


@pytest.fixture
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the cheap test profile is tried on open, so thousands of opens fit in minutes.

    The real profile is exercised by the few tests that do not use this fixture.
    """
    monkeypatch.setattr(kdf, "KNOWN_PROFILES", (kdf.TEST_PROFILE,))
