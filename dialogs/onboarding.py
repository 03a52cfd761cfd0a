"""First contact: language, privacy notice and consent, then two optional profile questions."""

from __future__ import annotations

from dialogs.flow import Context, Flow, Goto, OptionSpec, Prompt, Reply, Result, Said, Step
from dialogs.i18n import T
from dialogs.rights import language_options, set_language

FLOW = "onboarding"


class LanguageStep:
    async def prompt(self, ctx: Context) -> Prompt:
        return Prompt(T("onboarding-language"), language_options(ctx.data.get("hint")))

    async def receive(self, ctx: Context, reply: Reply) -> Result:
        assert reply.option is not None
        set_language(ctx, reply.option)
        return Result(goto=Goto(FLOW, "consent"))


class ConsentStep:
    async def prompt(self, ctx: Context) -> Prompt:
        options = (
            OptionSpec("yes", T("onboarding-consent-option-yes")),
            OptionSpec("no", T("onboarding-consent-option-no")),
        )
        return Prompt(T("onboarding-consent"), options, before=(T("rights-privacy-notice"),))

    async def receive(self, ctx: Context, reply: Reply) -> Result:
        participant = ctx.participant
        participant.consent = "given" if reply.option == "yes" else "refused"
        participant.consent_at = ctx.now
        participant.consent_notice_version = ctx.config.notice_version
        if reply.option != "yes":
            result = Result.stay(T("onboarding-consent-refused"))
            result.end = True
            return result
        return Result.to(FLOW, "migration", T("onboarding-consent-thanks"))


class MigrationStep:
    async def prompt(self, ctx: Context) -> Prompt:
        options = (
            OptionSpec("yes", T("onboarding-migration-option-yes")),
            OptionSpec("no", T("onboarding-migration-option-no")),
            OptionSpec("undisclosed", T("option-undisclosed")),
        )
        return Prompt(T("onboarding-migration"), options)

    async def receive(self, ctx: Context, reply: Reply) -> Result:
        ctx.participant.migration_experience = reply.option
        return Result(goto=Goto(FLOW, "district"))


class DistrictStep:
    async def prompt(self, ctx: Context) -> Prompt:
        places = tuple(OptionSpec(d.id, T.raw(d.name)) for d in ctx.config.districts)
        extra = (
            OptionSpec("elsewhere", T("onboarding-district-option-elsewhere")),
            OptionSpec("undisclosed", T("option-undisclosed")),
        )
        return Prompt(T("onboarding-district"), places + extra)

    async def receive(self, ctx: Context, reply: Reply) -> Result:
        ctx.participant.district = reply.option
        said = [Said(T("onboarding-done"))]
        if ctx.participant.migration_experience == "yes" and "survey" in ctx.flows:
            return Result(say=said, goto=Goto("survey", ""))
        return Result(say=said, goto=Goto("menu", "main"))


def build_flow() -> Flow:
    steps: dict[str, Step] = {
        "language": LanguageStep(),
        "consent": ConsentStep(),
        "migration": MigrationStep(),
        "district": DistrictStep(),
    }
    return Flow(FLOW, steps, first="language")
