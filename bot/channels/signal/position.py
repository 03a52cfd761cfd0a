"""Where to resume signal-cli's event stream, so a message in hand when the bot stops is not lost.

signal-cli numbers its events and keeps the last 1000; a client reconnecting with `Last-Event-ID`
first gets the events after that id (all kept events if the id is from an earlier daemon run).
Within one process the stream resumes after the last event received: those are already in hand.
Across a restart of the bot it resumes after the newest event before which every event was fully
handled, kept in a small file, so whatever was still being handled is sent again; the dialogs
handle a message that comes twice only once. A daemon that predates event ids sends none, and
then there is nothing to resume from.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)


class StreamPosition:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self._saved = self._load()
        self._received: str | None = None
        # Received events in arrival order, and whether each is handled yet.
        self._open: dict[str, bool] = {}

    def resume_after(self) -> str | None:
        return self._received or self._saved

    def received(self, event_id: str | None) -> None:
        if event_id is None:
            return
        self._received = event_id
        self._open[event_id] = False

    def handled(self, event_id: str | None) -> None:
        if event_id is None or event_id not in self._open:
            return
        self._open[event_id] = True
        settled = None
        for first, done in list(self._open.items()):
            if not done:
                break
            del self._open[first]
            settled = first
        if settled is not None:
            self._save(settled)

    def _load(self) -> str | None:
        if self.path is None:
            return None
        try:
            return self.path.read_text(encoding="utf-8").strip() or None
        except FileNotFoundError:
            return None
        except (OSError, UnicodeError):
            log.warning("the saved Signal stream position is unreadable; starting afresh")
            return None

    def _save(self, event_id: str) -> None:
        self._saved = event_id
        if self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            draft = self.path.with_name(self.path.name + ".tmp")
            draft.write_text(event_id, encoding="utf-8")
            os.replace(draft, self.path)
        except OSError:
            log.warning("could not save the Signal stream position", exc_info=True)
