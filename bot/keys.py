"""The secret behind pseudonymous participant keys: configured, or generated once and kept."""

from __future__ import annotations

import logging
import os
import secrets
from pathlib import Path

from bot.settings import PSEUDONYM_KEY_MIN_BYTES, Settings, SettingsError
from storage.db import PRIVATE_DIRECTORY, PRIVATE_FILE

log = logging.getLogger(__name__)

KEY_FILE = "pseudonym.key"


def load_pseudonym_key(settings: Settings) -> bytes:
    if settings.pseudonym_key is not None:
        return settings.pseudonym_key.get_secret_value().encode()
    path = settings.data_dir / KEY_FILE
    if not path.exists():
        _generate(path)
        # The value is never logged; losing this file makes returning participants look new.
        log.warning("generated a new pseudonym key in %s; back it up with the database", path)
    key = path.read_text(encoding="ascii").strip().encode()
    if len(key) < PSEUDONYM_KEY_MIN_BYTES:
        # Made shorter by hand: a new key would make every returning participant look new.
        raise SettingsError(
            f"{path} must hold at least {PSEUDONYM_KEY_MIN_BYTES} bytes: restore it from the"
            " backup kept with the database"
        )
    return key


def _generate(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIRECTORY)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        handle.write(secrets.token_hex(32) + "\n")
