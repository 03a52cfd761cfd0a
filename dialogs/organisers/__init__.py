"""Organiser dialogs: the role, statistics, moderation, campaigns, the digest and export.

Every action checks the organiser role on the server; anyone else is answered as if the command
did not exist. Diagram: docs/flows/organisers.mmd.
"""

from __future__ import annotations

from dialogs.organisers.actions import COMMANDS, command
from dialogs.organisers.home import build_flow
from dialogs.organisers.role import FLOW, is_invite, join

__all__ = ["COMMANDS", "FLOW", "build_flow", "command", "is_invite", "join"]
