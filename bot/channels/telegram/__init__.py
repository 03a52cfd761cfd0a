"""The Telegram door: aiogram updates → Inbound, Outbound → messages with inline keyboards.

`channel.TelegramChannel` assembles it; the other modules each do one part of the translation,
the delivery (paced and retried) or the update intake (polling or webhook).
"""
