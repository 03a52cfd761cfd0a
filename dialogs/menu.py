"""The main menu and the settings menu: the ways into every other flow."""

from __future__ import annotations

from dialogs import commands
from dialogs.flow import Context, Flow, Goto, OptionSpec, Prompt, Reply, Result
from dialogs.i18n import T

# Menu entries and the flow each one opens. A flow that is not installed is "coming soon".
MAIN_ENTRIES = ("survey", "ideas", "rating", "results", "outcomes", "settings")
SETTINGS_ENTRIES = ("language", "updates", "privacy", "mydata", "delete", "stop", "back")


class MainStep:
    async def prompt(self, ctx: Context) -> Prompt:
        options = tuple(OptionSpec(e, T(f"menu-option-{e}")) for e in MAIN_ENTRIES)
        return Prompt(T("menu-main"), options)

    async def receive(self, ctx: Context, reply: Reply) -> Result:
        if reply.option == "settings":
            return Result(goto=Goto("menu", "settings"))
        if reply.option is not None and reply.option in ctx.flows:
            return Result(goto=Goto(reply.option, ""))
        return Result.stay(T("menu-coming-soon"))


class SettingsStep:
    async def prompt(self, ctx: Context) -> Prompt:
        options = tuple(OptionSpec(e, T(f"menu-settings-option-{e}")) for e in SETTINGS_ENTRIES)
        return Prompt(T("menu-settings"), options)

    async def receive(self, ctx: Context, reply: Reply) -> Result:
        if reply.option == "back":
            return Result(goto=Goto("menu", "main"))
        assert reply.option is not None
        return await commands.run(ctx, reply.option, None)


def build_flow() -> Flow:
    return Flow("menu", {"main": MainStep(), "settings": SettingsStep()}, first="main")
