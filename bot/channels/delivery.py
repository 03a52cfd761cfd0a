"""What every messenger channel offers the rest of the program: pushing messages to an address.

Replies to a participant go back through the channel that received the update; pushes (the
organisers' digests) go through whichever channel an organiser is reachable on.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from dialogs.messages import Outbound


class RecipientGone(Exception):
    """The person blocked the bot or no longer has an account: stop pushing to them."""


class Messenger(Protocol):
    channel: str

    async def push(self, address: str, outbounds: Sequence[Outbound]) -> None:
        """Deliver messages (paced and retried); raise RecipientGone when they cannot arrive."""
        ...
