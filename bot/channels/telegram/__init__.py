"""The Telegram door: aiogram updates → Inbound, Outbound → messages with inline keyboards.

`channel.TelegramChannel` assembles it; the other modules each do one part of the translation,
the delivery (paced and retried) or the update intake (polling or webhook).
"""

from bot.channels.telegram.lean_import import import_aiogram

# Before any module here imports aiogram: its types are then built when first used.
import_aiogram()
