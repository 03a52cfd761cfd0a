"""The engine: load a participant's state, run one step, return replies and the new state.

It never sends anything. Each inbound is one transaction; one participant's inbounds run one at
a time; an update delivered twice is handled once.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import UTC, datetime

from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from dialogs import commands
from dialogs.flow import (
    Context,
    DialogConfig,
    Flow,
    Goto,
    Later,
    Prompt,
    Reply,
    Result,
    Said,
    Step,
)
from dialogs.i18n import T, Translator, negotiate
from dialogs.locks import KeyedLocks
from dialogs.messages import Attachment, Inbound, Option, Outbound
from dialogs.text import clean, normalize
from storage import participants as repo
from storage.busy import BusyRetry
from storage.models import ConversationState
from storage.pseudonyms import Pseudonymizer

log = logging.getLogger(__name__)

# Longer input is cut before it reaches any step; steps apply their own, smaller limits.
INPUT_HARD_LIMIT = 20_000


def utc_now() -> datetime:
    return datetime.now(UTC)


class Dialogs:
    def __init__(
        self,
        sessionmaker: async_sessionmaker[AsyncSession],
        translator: Translator,
        pseudonymizer: Pseudonymizer,
        flows: Mapping[str, Flow],
        config: DialogConfig,
        *,
        clock: Callable[[], datetime] = utc_now,
        rng: random.Random | None = None,
        busy: BusyRetry | None = None,
    ) -> None:
        self.sessionmaker = sessionmaker
        self.translator = translator
        self.pseudonymizer = pseudonymizer
        self.flows = flows
        self.config = config
        self.clock = clock
        self.rng = rng or random.Random()
        self.busy = busy or BusyRetry()
        self.locks = KeyedLocks()
        self.command_words = commands.command_words(translator)

    def participant_key(self, channel: str, user_id: str) -> str:
        return self.pseudonymizer.participant_key(channel, user_id)

    def notice(self, key: str, language_hint: str | None, **args: object) -> Outbound:
        """A message outside any conversation (a group chat, an expired button), nothing stored."""
        locale = negotiate(None, language_hint, self.config.default_locale)
        text = self.translator(locale or self.config.default_locale, key, **args)
        return Outbound(key=key, text=text)

    async def mark_stopped(self, channel: str, user_id: str) -> None:
        """The messenger says this person blocked the bot or left it: no further pushes."""
        key = self.participant_key(channel, user_id)
        async with self.locks.hold(key), self.sessionmaker() as session, session.begin():
            participant = await repo.get_participant(session, key)
            if participant is not None and participant.stopped_at is None:
                participant.stopped_at = self.clock()

    async def handle(self, inbound: Inbound) -> list[Outbound]:
        key = self.participant_key(inbound.channel, inbound.user_id)
        async with self.locks.hold(key):
            # A database too busy for this update raises DatabaseBusy after a few tries: the
            # channel then leaves the update unconfirmed, for the messenger to deliver again.
            turn = await self.busy.run(lambda: self._handle_once(inbound, key))
            return await turn.made_later() if isinstance(turn, _Turn) else turn

    async def _handle_once(self, inbound: Inbound, key: str) -> _Turn | list[Outbound]:
        try:
            return await self._handle(inbound, key)
        except IntegrityError:
            # Another worker committed the same update (or created the participant) first:
            # the second try sees what it did.
            return await self._handle(inbound, key)

    async def _handle(self, inbound: Inbound, key: str) -> _Turn | list[Outbound]:
        async with self.sessionmaker() as session:
            async with session.begin():
                now = self.clock()
                if inbound.update_id is None or await repo.claim_update(
                    session, self.pseudonymizer.update_key(inbound.channel, inbound.update_id), now
                ):
                    ctx = await self._context(session, inbound, key, now, create=True)
                    assert ctx is not None
                    turn = _Turn(self, ctx)
                    await turn.run(inbound)
                    await turn.finish()
                    return turn  # committed here; what it asked for later is made after
            # A re-delivery was applied already, but its replies may never have arrived (the
            # process died between commit and send): show the current question again, change
            # nothing.
            log.info("duplicate update: the current question is shown again")
            try:
                ctx = await self._context(session, inbound, key, now, create=False)
                if ctx is None:
                    return []
                turn = _Turn(self, ctx)
                await turn.reprompt(remember=False)
                return turn.out
            finally:
                await session.rollback()

    async def _context(
        self, session: AsyncSession, inbound: Inbound, key: str, now: datetime, *, create: bool
    ) -> Context | None:
        """The participant's context for this turn; a first contact creates them if asked to."""
        participant = await repo.get_participant(session, key)
        if participant is None:
            if not create:
                return None
            participant = await repo.create_participant(session, key, now)
        state = await repo.get_state(session, participant)
        if state is None:
            if not create:
                return None
            state = ConversationState(
                participant_id=participant.id, flow="", step="", data={}, version=0, updated_at=now
            )
            session.add(state)
        if create:
            participant.stopped_at = None  # writing to the bot again undoes a block
        hinted = negotiate(participant.locale, inbound.language_hint, self.config.default_locale)
        if create and "hint" not in state.data:
            state.data = {**state.data, "hint": hinted}
        return Context(
            session=session,
            participant=participant,
            state=state,
            locale=hinted or self.config.default_locale,
            now=now,
            rng=self.rng,
            config=self.config,
            flows=self.flows,
            channel=inbound.channel,
            address=inbound.user_id,
        )


class _Turn:
    """One inbound's worth of work: decide, apply transitions, render replies."""

    def __init__(self, dialogs: Dialogs, ctx: Context) -> None:
        self.dialogs = dialogs
        self.ctx = ctx
        self.out: list[Outbound] = []
        self.ended = False
        self.erased = False
        self.later: list[tuple[int, Later]] = []  # where in `out`, what

    # --- deciding -------------------------------------------------------------------------

    async def run(self, inbound: Inbound) -> None:
        ctx = self.ctx
        if not ctx.state.flow:
            await self.apply(await commands.entry(ctx, inbound))
            return
        if inbound.unsupported or inbound.edited:
            self.say(T("input-edited" if inbound.edited else "input-unsupported"))
            await self.reprompt()
            return
        command = inbound.command.lower().lstrip("/") if inbound.command else None
        reply: Reply | None = None
        if inbound.choice is not None:
            if inbound.choice.token != self.token or inbound.choice.option_id not in self.offered:
                self.say(T("input-stale-option"))
                return
            reply = Reply(option=inbound.choice.option_id)
        elif command is None and inbound.text is not None:
            text = clean(inbound.text[:INPUT_HARD_LIMIT])
            reply, error = self.match(text)
            if reply is None and error is None:
                command = self.dialogs.command_words.get(normalize(text))
                if command is None:
                    error = T("input-choose-option")
            if error is not None and command is None:
                self.say(error)
                await self.reprompt()
                return
        if command is not None:
            await self.apply(await commands.run(ctx, command, inbound.command_arg))
            return
        if reply is None:
            self.say(T("input-empty"))
            await self.reprompt()
            return
        await self.apply(await self.current_step().receive(ctx, reply))

    def match(self, text: str) -> tuple[Reply | None, T | None]:
        """An answer typed as an option's number, id or words, or as free text."""
        offered = self.ctx.data.get("_offered", [])
        accepts_text = bool(self.ctx.data.get("_accepts_text"))
        if not text:
            return None, T("input-empty")
        wanted = normalize(text)
        for option_id, label in offered:
            if wanted in (label, normalize(option_id)):
                return Reply(option=option_id), None
        if wanted in self.dialogs.command_words:
            return None, None  # "pomoc" is help, even where "Pomoc psychologiczna" is offered
        # "tak" for "Tak, zgadzam się": the first words of exactly one option are enough.
        starting = [option_id for option_id, label in offered if label.startswith(wanted + " ")]
        if len(starting) == 1:
            return Reply(option=starting[0]), None
        if wanted.isdigit() and offered:
            number = int(wanted)
            if 1 <= number <= len(offered):
                return Reply(option=offered[number - 1][0]), None
            if not accepts_text:
                return None, T("input-number-out-of-range", {"max": len(offered)})
        if accepts_text:
            return Reply(text=text), None
        return None, None

    # --- applying -------------------------------------------------------------------------

    async def apply(self, result: Result) -> None:
        for _hop in range(20):
            for said in result.say:
                self.say(said.message, said.attachment)
            self.erased = self.erased or result.erased
            self.later.extend((len(self.out), make) for make in result.later)
            if result.end:
                self.ended = True
                return
            goto = result.goto
            if goto is None:
                await self.reprompt()
                return
            if goto.step == "":
                result = await self.ctx.flows[goto.flow].start(self.ctx)
                continue
            self.enter(goto)
            await self.reprompt()
            return
        raise RuntimeError("a flow start led to another flow start twenty times in one turn")

    def enter(self, where: Goto) -> None:
        state = self.ctx.state
        state.flow, state.step = where.flow, where.step
        self.bump()

    def bump(self) -> None:
        self.ctx.state.version += 1
        self.ctx.state.updated_at = self.ctx.now

    def current_step(self) -> Step:
        return self.ctx.flows[self.ctx.state.flow].steps[self.ctx.state.step]

    async def reprompt(self, *, remember: bool = True) -> None:
        """Ask the current step's question; `remember` binds the offered options to the state."""
        if not self.ctx.state.flow:
            return
        prompt: Prompt = await self.current_step().prompt(self.ctx)
        for message in prompt.before:
            self.say(message)
        locale = self.ctx.locale
        labels = [(o.id, self.render(o.label)) for o in prompt.options]
        if remember:
            self.ctx.state.data = {
                **self.ctx.data,
                "_offered": [[option_id, normalize(label)] for option_id, label in labels],
                "_accepts_text": prompt.accepts_text,
            }
            self.bump()
        hint = None
        if labels:
            hint_key = "input-hint-options-or-text" if prompt.accepts_text else "input-hint-options"
            hint = self.dialogs.translator(locale, hint_key)
        self.out.append(
            Outbound(
                key=prompt.message.key,
                text=self.render(prompt.message),
                options=tuple(Option(option_id, label) for option_id, label in labels),
                token=self.token if labels else None,
                hint=hint,
            )
        )

    # --- rendering ------------------------------------------------------------------------

    @property
    def token(self) -> str:
        return str(self.ctx.state.version)

    @property
    def offered(self) -> set[str]:
        return {option_id for option_id, _label in self.ctx.data.get("_offered", [])}

    def render(self, message: T) -> str:
        return self.dialogs.translator.render(self.ctx.locale, message)

    def say(self, message: T, attachment: Attachment | None = None) -> None:
        self.out.append(Outbound(key=message.key, text=self.render(message), attachment=attachment))

    async def finish(self) -> list[Outbound]:
        """Keep the state of an open dialog; forget it when the conversation ended."""
        state = self.ctx.state
        session = self.ctx.session
        if (self.ended or not state.flow) and state in session:
            if inspect(state).persistent:
                await session.delete(state)
            else:
                session.expunge(state)
        if self.erased and self.out:
            self.out[-1] = replace(self.out[-1], forget_sender=True)
        return self.out

    async def made_later(self) -> list[Outbound]:
        """The replies with the reports this turn asked for, made now that it has committed."""
        shift = 0
        for position, make in self.later:
            try:
                said = await make()
            except Exception:
                log.exception("a report could not be made")
                said = [Said(T("organisers-reports-unavailable"))]
            made = [
                Outbound(key=s.message.key, text=self.render(s.message), attachment=s.attachment)
                for s in said
            ]
            self.out[position + shift : position + shift] = made
            shift += len(made)
        return self.out
