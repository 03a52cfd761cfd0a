"""First contact: language, privacy notice and consent, then two optional profile questions.

Someone coming back after stopping keeps what they told us: they consent again and are asked
only whether their answers are still right. Diagram: docs/flows/onboarding.mmd.
"""

from __future__ import annotations

from dialogs.flow import Context, Flow, Goto, OptionSpec, Prompt, Reply, Result, Said, Step
from dialogs.i18n import T
from dialogs.rights import (
    LANGUAGE_NAMES,
    district_name,
    language_options,
    privacy_notice,
    set_language,
)

FLOW = "onboarding"


async def start(ctx: Context) -> Result:
    known = ctx.participant.locale is not None
    return Result(goto=Goto(FLOW, "consent" if known else "language"))


class LanguageStep:
    async def prompt(self, ctx: Context) -> Prompt:
        return Prompt(T("onboarding-language"), language_options())

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
        return Prompt(T("onboarding-consent"), options, before=(privacy_notice(ctx),))

    async def receive(self, ctx: Context, reply: Reply) -> Result:
        participant = ctx.participant
        returning = participant.consent is not None and _has_profile(ctx)
        participant.consent = "given" if reply.option == "yes" else "refused"
        participant.consent_at = ctx.now
        participant.consent_notice_version = ctx.config.notice_version
        if reply.option != "yes":
            result = Result.stay(T("onboarding-consent-refused"))
            result.end = True
            return result
        if returning:
            return Result(goto=Goto(FLOW, "still_right"))
        return Result.to(FLOW, "migration", T("onboarding-consent-thanks"))


def _has_profile(ctx: Context) -> bool:
    participant = ctx.participant
    return participant.migration_experience is not None or participant.district is not None


class StillRightStep:
    """Welcome back: what they told us before, kept unless they change it."""

    async def prompt(self, ctx: Context) -> Prompt:
        participant = ctx.participant
        profile = {
            "language": LANGUAGE_NAMES.get(participant.locale or "", "-"),
            "migration": participant.migration_experience or "none",
            "district": participant.district or "none",
            "district_name": district_name(ctx, participant.district),
        }
        options = (
            OptionSpec("yes", T("onboarding-still-right-option-yes")),
            OptionSpec("change", T("onboarding-still-right-option-change")),
        )
        return Prompt(T("onboarding-still-right", profile), options)

    async def receive(self, ctx: Context, reply: Reply) -> Result:
        if reply.option == "change":
            return Result(goto=Goto(FLOW, "migration"))
        return Result(goto=Goto("menu", "main"))


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
        places = tuple(
            OptionSpec(d.id, T.raw(d.name(ctx.locale)), aliases=tuple(d.names.values()))
            for d in ctx.config.districts
        )
        extra = (
            OptionSpec("elsewhere", T("onboarding-district-option-elsewhere")),
            OptionSpec("undisclosed", T("option-undisclosed")),
        )
        return Prompt(T("onboarding-district"), places + extra)

    async def receive(self, ctx: Context, reply: Reply) -> Result:
        ctx.participant.district = reply.option
        if ctx.participant.migration_experience == "yes" and "survey" in ctx.flows:
            return Result(goto=Goto(FLOW, "survey_offer"))
        return Result(say=[Said(T("onboarding-done"))], goto=Goto("menu", "main"))


class SurveyOfferStep:
    """The survey is offered, not started unasked."""

    async def prompt(self, ctx: Context) -> Prompt:
        options = (
            OptionSpec("yes", T("onboarding-survey-option-yes")),
            OptionSpec("later", T("onboarding-survey-option-later")),
        )
        return Prompt(T("onboarding-survey-offer"), options)

    async def receive(self, ctx: Context, reply: Reply) -> Result:
        if reply.option == "yes":
            return Result(goto=Goto("survey", ""))
        return Result(goto=Goto("menu", "main"))


def build_flow() -> Flow:
    steps: dict[str, Step] = {
        "language": LanguageStep(),
        "consent": ConsentStep(),
        "still_right": StillRightStep(),
        "migration": MigrationStep(),
        "district": DistrictStep(),
        "survey_offer": SurveyOfferStep(),
    }
    return Flow(FLOW, steps, first="language", start_hook=start)
