"""Participant rights: change language, see one's data, delete it, stop taking part."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from dialogs.flow import Context, Flow, Goto, OptionSpec, Prompt, Reply, Result, Said, Step
from dialogs.i18n import LOCALES, T
from dialogs.messages import Attachment
from storage import ideas as ideas_repo
from storage import participants as repo
from storage import workshops
from storage.models import Campaign

# Shown by their own name in every locale, so a person finds their language whatever is set now.
LANGUAGE_NAMES = {"pl": "Polski", "uk": "Українська", "en": "English", "ru": "Русский"}

# Columns that are internal plumbing, not information about the person.
_INTERNAL_COLUMNS = {
    *("id", "participant_id", "key", "data", "version", "response_id", "author_id"),
    *("idea_id", "merged_into_id", "campaign_id", "reviewed_by"),
}


def language_options() -> tuple[OptionSpec, ...]:
    # Always in the same order, so that "1" is always the same language.
    return tuple(OptionSpec(locale, T.raw(LANGUAGE_NAMES[locale])) for locale in LOCALES)


def privacy_notice(ctx: Context) -> T:
    """What is kept, who reads it, who runs the bot: the notice people consent to."""
    config = ctx.config
    return T(
        "rights-privacy-notice",
        {
            "organisation": config.organisation_name or "none",
            "contact": config.organisation_contact or "none",
            "days": config.survey_retention_days,
        },
    )


def set_language(ctx: Context, locale: str) -> None:
    ctx.participant.locale = locale
    ctx.locale = locale


def remember_return(ctx: Context) -> None:
    """Where to go back after an interruption (changing language, declining to delete)."""
    if ctx.state.flow and ctx.state.flow != "rights":
        ctx.state.data = {**ctx.data, "_return": [ctx.state.flow, ctx.state.step]}


async def return_to(ctx: Context) -> Goto:
    flow, step = ctx.data.get("_return") or ["menu", "main"]
    if flow not in ctx.flows or step not in ctx.flows[flow].steps:
        return Goto("menu", "main")
    admits = ctx.flows[flow].admits
    if admits is not None and not await admits(ctx):
        # A role taken away during the detour: back to what any participant has (someone who
        # came only through an organiser invitation has not consented yet).
        consented = ctx.participant.consent == "given"
        return Goto("menu", "main") if consented else Goto("onboarding", "consent")
    return Goto(flow, step)


class LanguageStep:
    async def prompt(self, ctx: Context) -> Prompt:
        return Prompt(T("rights-language-choose"), language_options())

    async def receive(self, ctx: Context, reply: Reply) -> Result:
        assert reply.option is not None
        set_language(ctx, reply.option)
        return Result(say=[Said(T("rights-language-changed"))], goto=await return_to(ctx))


class DeleteStep:
    async def prompt(self, ctx: Context) -> Prompt:
        options = (
            OptionSpec("delete", T("rights-delete-option-yes")),
            OptionSpec("keep", T("rights-delete-option-no")),
        )
        return Prompt(T("rights-delete-confirm"), options)

    async def receive(self, ctx: Context, reply: Reply) -> Result:
        if reply.option == "keep":
            return Result(say=[Said(T("rights-delete-cancelled"))], goto=await return_to(ctx))
        await repo.erase_participant(ctx.session, ctx.participant)
        # The rows are gone; the objects in the session must not be written back.
        ctx.session.expunge_all()
        result = Result.stay(T("rights-deleted"))
        result.end = result.erased = True
        return result


class StopStep:
    """A typed "stop" may be said in passing: ask before stopping all messages."""

    async def prompt(self, ctx: Context) -> Prompt:
        options = (
            OptionSpec("stop", T("rights-stop-option-yes")),
            OptionSpec("keep", T("rights-stop-option-no")),
        )
        return Prompt(T("rights-stop-confirm"), options)

    async def receive(self, ctx: Context, reply: Reply) -> Result:
        if reply.option == "stop":
            return await withdraw(ctx)
        return Result(goto=await return_to(ctx))


async def withdraw(ctx: Context) -> Result:
    ctx.participant.consent = "withdrawn"
    ctx.participant.consent_at = ctx.now
    await workshops.leave_every_room(ctx.session, ctx.participant.id, ctx.now)
    result = Result.stay(T("rights-stopped"))
    result.end = True
    return result


async def my_data(ctx: Context) -> Result:
    """Everything stored about the participant: a readable summary and a JSON file."""
    participant = ctx.participant
    rows = await repo.participant_rows(ctx.session, participant)
    texts = _in_language(await ideas_repo.texts_of(ctx.session, _idea_ids(rows)), ctx.locale)
    campaign = await ctx.session.get(Campaign, participant.campaign_id or 0)
    profile = {
        "locale": participant.locale,
        "consent": participant.consent,
        "consent_at": participant.consent_at,
        "consent_notice_version": participant.consent_notice_version,
        "migration_experience": participant.migration_experience,
        "district": participant.district,
        "campaign": campaign.name if campaign is not None else None,
        "created_at": participant.created_at,
        "stopped_at": participant.stopped_at,
    }
    draft = ctx.data.get("ideas.draft")
    document: dict[str, Any] = {
        "participant": profile,
        **{
            table: [_shown(row, texts) for row in table_rows]
            for table, table_rows in rows.items()
            if table != "conversation_states"
        },
    }
    if draft:
        document["idea_draft"] = draft
    counts = {
        table: len(table_rows)
        for table, table_rows in document.items()
        if isinstance(table_rows, list)
    }
    summary = T(
        "rights-mydata-summary",
        {
            "language": LANGUAGE_NAMES.get(participant.locale or "", "-"),
            "consent": participant.consent or "none",
            "since": _day(participant.created_at),
            "migration": participant.migration_experience or "none",
            "district": participant.district or "none",
            "district_name": district_name(ctx, participant.district),
            "answers": counts.get("survey_answers", 0),
            "ideas": counts.get("ideas", 0),
            "ratings": counts.get("ratings", 0),
            "updates": _updates_answer(rows),
        },
    )
    content = json.dumps(document, default=_json_default, ensure_ascii=False, indent=2)
    attachment = Attachment("my-data.json", content.encode(), "application/json")
    return Result(say=[Said(summary), Said(T("rights-mydata-file"), attachment)])


def _updates_answer(rows: dict[str, list[dict[str, Any]]]) -> str:
    """Whether they asked to hear what becomes of the ideas: yes, no, or none (not answered)."""
    preference = next(iter(rows.get("update_preferences", [])), None)
    return (preference or {}).get("answer") or "none"


def _in_language(texts: dict[int, dict[str, str]], locale: str) -> dict[int, str]:
    return {i: own.get(locale) or next(iter(own.values())) for i, own in texts.items() if own}


def _idea_ids(rows: dict[str, list[dict[str, Any]]]) -> set[int]:
    ideas = {row["id"] for row in rows.get("ideas", [])}
    return ideas | {row["idea_id"] for row in rows.get("ratings", [])}


def _shown(row: dict[str, Any], texts: dict[int, str]) -> dict[str, Any]:
    """A row as the person reads it: the idea's words instead of its number, no internal ids."""
    shown = {k: v for k, v in row.items() if k not in _INTERNAL_COLUMNS}
    idea_id = row.get("idea_id", row.get("id") if "author_id" in row else None)
    if idea_id is not None and idea_id in texts:
        shown = {"idea": texts[idea_id], **shown}
    return shown


def district_name(ctx: Context, district: str | None) -> str:
    names = {d.id: d.name(ctx.locale) for d in ctx.config.districts}
    return names.get(district or "", district or "-")


def _day(moment: datetime | None) -> str:
    return moment.strftime("%d.%m.%Y") if moment else "-"


def _json_default(value: Any) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)


def build_flow() -> Flow:
    steps: dict[str, Step] = {
        "language": LanguageStep(),
        "delete": DeleteStep(),
        "stop-typed": StopStep(),
    }
    return Flow("rights", steps, first="language")
