"""What a participant can always do, at any step of any dialog: the rights commands.

Commands arrive as `/help` on Telegram, or as a word ("help", "pomoc", "допомога", …) typed in
the terminal or on Signal, in any of the four languages.
"""

from __future__ import annotations

from dialogs import organisers, rights, updates
from dialogs.flow import Context, Goto, Result
from dialogs.i18n import T, Translator
from dialogs.messages import Inbound
from dialogs.text import normalize
from dialogs.workshops import room
from storage import participants as repo

COMMANDS = (
    "start",
    "menu",
    "help",
    "language",
    "privacy",
    "mydata",
    "updates",
    "delete",
    "stop",
    "cancel",
    *organisers.COMMANDS,
)


def command_words(translator: Translator) -> dict[str, str]:
    """Every word that names a command, in every locale, mapped to the command."""
    words: dict[str, str] = {}
    for command in COMMANDS:
        words[command] = command
        for locale in translator.locales:
            for word in translator(locale, f"command-{command}-words").split(","):
                if normalize(word):
                    words[normalize(word)] = command
    return words


async def entry(ctx: Context, inbound: Inbound, word: str | None = None) -> Result:
    """A participant with no open dialog: a first contact, or someone who said no or stopped.

    `word` is a command typed as a word ("start", "zacznij", "usuń"), which works here as
    everywhere else.
    """
    command = (inbound.command or "").lower().lstrip("/") or word or ""
    if command == "start" or command in organisers.COMMANDS:
        return await run(ctx, command, inbound.command_arg)
    consent = ctx.participant.consent
    if consent is None:
        return Result(goto=Goto("onboarding", ""))
    if consent == "given":
        return Result(goto=Goto("menu", "main"))
    if command in ("delete", "mydata", "privacy", "help", "language"):
        return await run(ctx, command, None)
    return _not_participating()


def _not_participating() -> Result:
    result = Result.stay(T("rights-not-participating"))
    result.end = True
    return result


async def tag_campaign(ctx: Context, code: str) -> None:
    """A campaign link tags the participant once; an unknown code is a normal start."""
    if ctx.participant.campaign_id is not None:
        return
    # Codes are made of lower-case letters and digits; a poster's reader may type capitals.
    campaign = await repo.campaign_by_code(ctx.session, code.strip().lower()[:32])
    if campaign is not None:
        ctx.participant.campaign_id = campaign.id


async def run(ctx: Context, command: str, arg: str | None) -> Result:
    consented = ctx.participant.consent == "given"
    in_onboarding = ctx.state.flow == "onboarding"
    if command == "start" and organisers.is_invite(arg):
        return await organisers.join(ctx, str(arg))
    if command in organisers.COMMANDS:
        return await organisers.command(ctx, command, arg)
    if command == "start" and arg and (entered := await room.enter(ctx, arg)) is not None:
        return entered
    if command == "start":
        if arg:
            await tag_campaign(ctx, arg)
        if not consented:
            return Result(goto=Goto("onboarding", ""))
        if ctx.state.flow and ctx.state.flow not in ("menu", "onboarding"):
            # Reopening the chat (Telegram's "Start" again, a campaign link) is not a reset:
            # the person carries on with the question they were on.
            return Result.stay(T("start-resume"))
        return Result(goto=Goto("menu", "main"))
    if command in ("menu", "cancel"):
        if consented and ctx.state.flow == room.FLOW:
            return await room.leave(ctx)
        if consented and not in_onboarding:
            return Result(goto=Goto("menu", "main"))
        return Result.stay(T("onboarding-finish-first"))
    if command == "help":
        return Result.stay(T("rights-help"))
    if command == "privacy":
        return Result.stay(rights.privacy_notice(ctx))
    if command == "mydata":
        return await rights.my_data(ctx)
    if command == "updates":
        if consented and not in_onboarding:
            return updates.command(ctx)
        return Result.stay(T("onboarding-finish-first"))
    if command in ("language", "delete", "stop-typed"):
        if in_onboarding and command == "language":
            return Result(goto=Goto("onboarding", "language"))
        rights.remember_return(ctx)
        return Result(goto=Goto("rights", command))
    if command == "stop":
        return await rights.withdraw(ctx)
    return Result.stay(T("input-unknown-command"))
