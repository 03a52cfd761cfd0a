from __future__ import annotations

import pytest

from storage import idle_ping
from tests.storage.server_ends import Monotonic


@pytest.fixture
def monotonic(monkeypatch: pytest.MonkeyPatch) -> Monotonic:
    """The clock by which a connection's idle time is judged, moved by hand."""
    clock = Monotonic()
    monkeypatch.setattr(idle_ping, "monotonic", clock)
    return clock
