"""Measurements that are run by hand, not by the test suite."""

# aiogram imported as the bot imports it (each Bot API type built when first used), before any
# benchmark imports it: the figures are the bot's.
import bot.channels.telegram  # noqa: F401
