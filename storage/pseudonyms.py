"""Participants are known to storage by a keyed hash of (channel, user id), never by the id itself."""

from __future__ import annotations

import hashlib
import hmac


class Pseudonymizer:
    def __init__(self, secret: bytes) -> None:
        if len(secret) < 16:
            raise ValueError("the pseudonym key must be at least 16 bytes long")
        self._secret = secret

    def participant_key(self, channel: str, user_id: str) -> str:
        return self._digest(f"participant\x00{channel}\x00{user_id}")

    def update_key(self, channel: str, update_id: str) -> str:
        # Update ids may carry a sender id (Signal: sender + timestamp), so they are hashed too.
        return self._digest(f"update\x00{channel}\x00{update_id}")

    def client_key(self, address: str) -> str:
        """A web client's network address, for counting its sign-in attempts without keeping it."""
        return self._digest(f"client\x00{address}")

    def _digest(self, message: str) -> str:
        return hmac.new(self._secret, message.encode(), hashlib.sha256).hexdigest()
