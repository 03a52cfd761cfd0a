"""The engine: load a participant's state, run one step, return replies and the new state.

It never sends anything: a turn's replies are queued in the outbox in the inbound's transaction,
and each channel's sender delivers them. Each inbound is one transaction; one participant's
inbounds run one at a time, across processes too (`start_turn`); an update delivered twice
is handled once.
"""

from __future__ import annotations

import logging
import random
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from functools import cached_property

from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from dialogs import commands
from dialogs.changes import Changes
from dialogs.flow import (
    Context,
    Conversation,
    DialogConfig,
    Flow,
    Goto,
    Later,
    Nudge,
    Prompt,
    Reply,
    Result,
    Said,
    Step,
)
from dialogs.i18n import T, Translator, negotiate
from dialogs.locks import KeyedLocks
from dialogs.messages import Attachment, Inbound, Option, Outbound
from dialogs.outbox import Outbox
from dialogs.text import clean, normalize
from storage import outbox as outbox_repo
from storage import participants as repo
from storage import workshops
from storage.busy import BusyRetry
from storage.db import create_quick_sessionmaker
from storage.models import ConversationState, Participant
from storage.pseudonyms import Pseudonymizer

log = logging.getLogger(__name__)

# Longer input is cut before it reaches any step; steps apply their own, smaller limits.
INPUT_HARD_LIMIT = 20_000
# The word for a tap on an expired button: said on the button itself, never as a message.
STALE_OPTION = "input-stale-option"


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
        outbox: Outbox | None = None,
        busy: BusyRetry | None = None,
    ) -> None:
        self.sessionmaker = sessionmaker
        # A turn's own transaction: a dozen quick statements (storage.db).
        self.turns = create_quick_sessionmaker(sessionmaker.kw["bind"])
        self.translator = translator
        self.pseudonymizer = pseudonymizer
        self.flows = flows
        self.config = config
        self.clock = clock
        self.rng = rng or random.Random()
        self.busy = busy or BusyRetry()
        self.locks = KeyedLocks()
        self.outbox = outbox or Outbox()
        self.changes = Changes()

    @cached_property
    def command_words(self) -> dict[str, str]:
        # Needs every locale parsed; the first prompt (a command or a tap) needs only one.
        return commands.command_words(self.translator)

    def participant_key(self, channel: str, user_id: str) -> str:
        return self.pseudonymizer.participant_key(channel, user_id)

    def notice(self, key: str, language_hint: str | None, **args: object) -> Outbound:
        """A message outside any conversation (a group chat, an expired button), nothing stored."""
        locale = negotiate(None, language_hint, self.config.default_locale)
        text = self.translator(locale or self.config.default_locale, key, **args)
        return Outbound(key=key, text=text)

    async def mark_stopped(self, channel: str, user_id: str) -> None:
        """The messenger says this person blocked the bot or left it: no further pushes.

        A database too busy for it raises DatabaseBusy after a few tries, as for an update: the
        channel then leaves the news unconfirmed, for the messenger to deliver again.
        """
        key = self.participant_key(channel, user_id)
        async with self.locks.hold(key):
            await self.busy.run(lambda: self._mark_stopped_once(key))

    async def _mark_stopped_once(self, key: str) -> None:
        async with self.turns() as session, session.begin():
            participant = await repo.get_participant(session, key)
            if participant is not None and participant.stopped_at is None:
                participant.stopped_at = self.clock()
                await workshops.leave_every_room(session, participant.id, participant.stopped_at)

    async def handle(self, inbound: Inbound) -> list[Outbound]:
        """Apply one inbound; its replies are queued in the outbox in the same transaction.

        Returns what was said, for the channel to settle the update with (e.g. the spinner of a
        tapped button); the messages themselves go out through the channel's outbox sender.
        """
        key = self.participant_key(inbound.channel, inbound.user_id)
        async with self.locks.hold(key):
            # A database too busy for this update raises DatabaseBusy after a few tries: the
            # channel then leaves the update unconfirmed, for the messenger to deliver again.
            done = await self.busy.run(lambda: self._handle_once(inbound, key))
            said = done if isinstance(done, list) else await self._made_later(done, inbound)
        self.outbox.wake(inbound.channel)
        self.wake(() if isinstance(done, list) else done.pushed)
        return said

    async def push(
        self,
        session: AsyncSession,
        nudges: Sequence[Nudge],
        now: datetime,
        *,
        acting: str | None = None,
    ) -> set[str]:
        """Move other participants along in the caller's transaction (see `Nudge`): each in
        their own context, their locks taken in key order; what they are told is queued to their
        chats. `acting` is the participant whose own turn this is, never moved from outside.

        Returns the channels whose senders to wake (`wake`) once the transaction committed.
        """
        channels: set[str] = set()
        for nudge in sorted(nudges, key=lambda n: n.participant_key):
            if nudge.participant_key == acting:
                continue
            await repo.lock_participant(session, nudge.participant_key)
            participant, stored = await repo.participant_with_state(session, nudge.participant_key)
            if participant is None or stored is None:
                continue  # erased, or no conversation open: nothing to move
            locale = negotiate(participant.locale, None, self.config.default_locale)
            where = (nudge.channel, nudge.address)
            ctx = self._in_context(session, participant, _document(stored), locale, now, where)
            result = await nudge.move(ctx)
            if result is None:
                continue
            turn = _Turn(self, ctx, stored)
            await turn.apply(result)
            await self.outbox.queue(session, nudge.channel, nudge.address, await turn.finish(), now)
            channels.add(nudge.channel)
        return channels

    def wake(self, channels: Iterable[str]) -> None:
        """After a transaction that pushed (see `push`) committed: the senders send, and live
        pages look again."""
        for channel in channels:
            self.outbox.wake(channel)
        self.changes.committed()

    async def send_later(
        self, channel: str, address: str, locale: str, reports: Sequence[Later]
    ) -> None:
        """Reports asked for outside a conversation (a page's action), made after its commit and
        queued to a chat in one transaction of their own, as a turn's are (`_made_later`)."""
        if not reports:
            return
        said = [s for make in reports for s in await _made(make)]
        outbounds = _rendered(self.translator, locale, channel, said)
        await self.busy.run(lambda: self._queue(channel, address, outbounds))
        self.outbox.wake(channel)

    async def _made_later(self, turn: _Turn, inbound: Inbound) -> list[Outbound]:
        """Reports the turn asked for, made after its commit (outside any participant's write
        transaction) and queued, with what followed them, in a transaction of their own."""
        if not turn.later:
            return turn.out
        said = await turn.made_later()
        rest = said[turn.queued :]
        await self.busy.run(lambda: self._queue(inbound.channel, inbound.user_id, rest))
        return said

    async def _queue(self, channel: str, address: str, outbounds: Sequence[Outbound]) -> None:
        """Queue messages in a transaction of their own, tried again on a busy database as a
        turn is: they were made after a commit, which a repeated update or request does not
        redo, so a transaction given up at once would lose them."""
        async with self.sessionmaker() as session, session.begin():
            await self.outbox.queue(session, channel, address, outbounds, self.clock())

    async def _handle_once(self, inbound: Inbound, key: str) -> _Turn | list[Outbound]:
        try:
            return await self._handle(inbound, key)
        except IntegrityError:
            # Another worker committed the same update (or created the participant) first:
            # the second try sees what it did.
            return await self._handle(inbound, key)

    async def _handle(self, inbound: Inbound, key: str) -> _Turn | list[Outbound]:
        async with self.turns() as session:
            async with session.begin():
                now = self.clock()
                update_key = (
                    None
                    if inbound.update_id is None
                    else self.pseudonymizer.update_key(inbound.channel, inbound.update_id)
                )
                if not await repo.start_turn(session, key, update_key, now):
                    # A re-delivery (the process died before the messenger heard that the
                    # update was taken). It was applied once, and its replies were queued with
                    # it: they are in the outbox or already arrived, so there is nothing more
                    # to say.
                    log.info("duplicate update: already answered")
                    return []
                ctx, stored = await self._context(session, inbound, key, now)
                turn = _Turn(self, ctx, stored)
                await turn.run(inbound)
                said = await turn.finish()
                if turn.erased:
                    # Nothing still waiting may reach an erased person, save the confirmation.
                    await outbox_repo.drop_chat(session, inbound.channel, inbound.user_id)
                # What comes before a report the turn asked for is queued now; the report and
                # what follows it once the report is made (Dialogs._made_later).
                now_said = said[: turn.later[0][0]] if turn.later else said
                turn.queued = len(now_said)
                if not (inbound.choice is not None and all(o.key == STALE_OPTION for o in said)):
                    await self.outbox.queue(
                        session, inbound.channel, inbound.user_id, now_said, now
                    )
                # The person who acted reads their answer first; the room's phones follow.
                turn.pushed = await self.push(session, turn.nudges, now, acting=key)
            if turn.erased:
                await repo.wipe_erased(session)  # after the commit: no copy left on disk
            return turn

    async def _context(
        self, session: AsyncSession, inbound: Inbound, key: str, now: datetime
    ) -> tuple[Context, ConversationState | None]:
        """The participant's context for this turn, and their stored conversation (None before
        their first); a first contact creates them."""
        participant, stored = await repo.participant_with_state(session, key)
        if participant is None:
            participant = await repo.create_participant(session, key, now)
        state = _document(stored) if stored is not None else Conversation("", "", {}, 0)
        if participant.stopped_at is not None:
            participant.stopped_at = None  # writing to the bot again undoes a block
        hinted = negotiate(participant.locale, inbound.language_hint, self.config.default_locale)
        if "hint" not in state.data:
            state.data = {**state.data, "hint": hinted}
        where = (inbound.channel, inbound.user_id)
        return self._in_context(session, participant, state, hinted, now, where), stored

    def _in_context(
        self,
        session: AsyncSession,
        participant: Participant,
        state: Conversation,
        locale: str | None,
        now: datetime,
        where: tuple[str, str],
    ) -> Context:
        channel, address = where
        return Context(
            session=session,
            participant=participant,
            state=state,
            locale=locale or self.config.default_locale,
            now=now,
            rng=self.rng,
            config=self.config,
            flows=self.flows,
            channel=channel,
            address=address,
        )


class _Turn:
    """One inbound's worth of work: decide, apply transitions, render replies."""

    def __init__(self, dialogs: Dialogs, ctx: Context, stored: ConversationState | None) -> None:
        self.dialogs = dialogs
        self.ctx = ctx
        self.stored = stored  # the conversation's row, written from ctx.state at the end
        self.out: list[Outbound] = []
        self.ended = False
        self.erased = False
        # A rights command or a mistake interrupted the question: ask it again without its
        # preamble (progress line, notice), so the person reads the question, not the screen.
        self.interrupted = False
        self.tapped: str | None = None  # the message whose button was tapped
        self.queued = 0  # how many of `out` went to the outbox with the turn
        self.later: list[tuple[int, Later]] = []  # where in `out`, what
        self.nudges: list[Nudge] = []  # other participants this turn moves along
        self.pushed: set[str] = set()  # the channels those were queued on

    # --- deciding -------------------------------------------------------------------------

    async def run(self, inbound: Inbound) -> None:
        ctx = self.ctx
        typed = clean(inbound.text[:INPUT_HARD_LIMIT]) if inbound.text is not None else None
        if not ctx.state.flow:
            # No open dialog (a first contact, or someone who stopped): command words work too.
            word = self.dialogs.command_words.get(normalize(typed)) if typed else None
            await self.apply(await commands.entry(ctx, inbound, word))
            return
        self.tapped = inbound.message_ref if inbound.choice is not None else None
        if inbound.unsupported or inbound.edited:
            self.say(T("input-edited" if inbound.edited else "input-unsupported"))
            await self.reprompt(brief=True)
            return
        command = inbound.command.lower().lstrip("/") if inbound.command else None
        reply: Reply | None = None
        if inbound.choice is not None:
            if inbound.choice.token != self.token or inbound.choice.option_id not in self.offered:
                self.say(T("input-stale-option"))
                return
            reply = Reply(option=inbound.choice.option_id)
        elif command is None and typed is not None:
            reply, error = self.match(typed)
            reply = replace(reply, typed=True) if reply is not None else None
            if reply is None and error is None:
                command = self.dialogs.command_words.get(normalize(typed))
                if command == "stop":
                    command = "stop-typed"  # a word can be said in passing: ask before stopping
                if command is None:
                    error = T("input-choose-option")
            if error is not None and command is None:
                self.say(error)
                await self.reprompt(brief=True)
                return
        if command is not None:
            self.interrupted = True
            await self.apply(await commands.run(ctx, command, inbound.command_arg))
            return
        if reply is None:
            self.say(T("input-empty"))
            await self.reprompt(brief=True)
            return
        await self.apply(await self.current_step().receive(ctx, reply))

    def match(self, text: str) -> tuple[Reply | None, T | None]:
        """An answer typed as an option's number, id or words, or as free text."""
        offered: list[list[str]] = self.ctx.data.get("_offered", [])
        accepts_text = bool(self.ctx.data.get("_accepts_text"))
        multiple = bool(self.ctx.data.get("_multiple"))
        if not text:
            return None, T("input-empty")
        wanted = normalize(text)
        exact = _by_words(wanted, offered, first_words=False)
        if exact is not None:
            return Reply(option=exact), None
        if wanted in self.dialogs.command_words:
            return None, None  # "pomoc" is help, even where "Pomoc psychologiczna" is offered
        by_first_words = _by_words(wanted, offered)
        if by_first_words is not None:
            return Reply(option=by_first_words), None
        numbers = _numbers(text)
        if numbers and offered:
            if len(numbers) > 1 and not multiple:
                if accepts_text:
                    return Reply(text=text), None
                return None, T("input-one-option")
            if all(1 <= number <= len(offered) for number in numbers):
                chosen = tuple(offered[number - 1][0] for number in numbers)
                if len(chosen) == 1:
                    return Reply(option=chosen[0]), None
                return Reply(options=tuple(dict.fromkeys(chosen))), None
            if not accepts_text:
                return None, T("input-number-out-of-range", {"max": len(offered)})
        if multiple and "," in text:
            # "housing, health care": several options by their words.
            parts = [_by_words(normalize(part), offered) for part in text.split(",")]
            if parts and all(parts):
                return Reply(options=tuple(dict.fromkeys(p for p in parts if p))), None
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
            self.nudges.extend(result.nudges)
            if result.end:
                self.ended = True
                return
            goto = result.goto
            if goto is None:
                await self.reprompt(brief=self.interrupted, in_place=True)
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

    def current_step(self) -> Step:
        return self.ctx.flows[self.ctx.state.flow].steps[self.ctx.state.step]

    async def reprompt(self, *, brief: bool = False, in_place: bool = False) -> None:
        """Ask the current step's question, and bind the options offered to the state.

        `brief`: without its preamble (after an interruption, only the question again).

        `in_place`: the step stayed where it was; if a tap only changed it (a tick) and nothing
        else was said, the question is shown changed in its own message.
        """
        if not self.ctx.state.flow:
            return
        prompt: Prompt = await self.current_step().prompt(self.ctx)
        # Nothing said and the same step again: the question only changed (a tick). It is shown
        # changed without its preamble, and in its own message where the messenger can edit.
        changed = in_place and not self.out
        replaces = self.tapped if changed else None
        if not brief and not changed:
            for message in prompt.before:
                self.say(message)
        labels = [(o.id, self.render(o.label)) for o in prompt.options]
        roles = {o.id: (o.closes, o.control) for o in prompt.options}
        self.ctx.state.data = {
            **self.ctx.data,
            "_offered": [
                [o.id, normalize(label), *(normalize(alias) for alias in o.aliases)]
                for o, (_id, label) in zip(prompt.options, labels, strict=True)
            ],
            "_accepts_text": prompt.accepts_text,
            "_multiple": prompt.multiple,
        }
        self.bump()
        hint = None
        if labels and prompt.typing_hint:
            if prompt.multiple:
                hint_key = "input-hint-several"
            elif prompt.accepts_text:
                hint_key = "input-hint-options-or-text"
            else:
                hint_key = "input-hint-options"
            hint = self.render(T(hint_key))
        self.out.append(
            Outbound(
                key=prompt.message.key,
                text="\n\n".join(self.render(m) for m in (prompt.message, *prompt.after)),
                options=tuple(
                    Option(option_id, label, *roles[option_id]) for option_id, label in labels
                ),
                token=self.token if labels else None,
                hint=hint,
                replaces=replaces,
            )
        )

    # --- rendering ------------------------------------------------------------------------

    @property
    def token(self) -> str:
        return str(self.ctx.state.version)

    @property
    def offered(self) -> set[str]:
        return {option[0] for option in self.ctx.data.get("_offered", [])}

    def render(self, message: T) -> str:
        return _text(self.dialogs.translator, self.ctx.locale, self.ctx.channel, message)

    def say(self, message: T, attachment: Attachment | None = None) -> None:
        self.out.append(Outbound(key=message.key, text=self.render(message), attachment=attachment))

    async def finish(self) -> list[Outbound]:
        """Keep the state of an open dialog; forget it when the conversation ended."""
        await self._store()
        if self.erased and self.out:
            self.out[-1] = replace(self.out[-1], forget_sender=True)
        return self.out

    async def _store(self) -> None:
        state, stored, session = self.ctx.state, self.stored, self.ctx.session
        if self.ended or not state.flow:
            if stored is not None and inspect(stored).persistent:
                await session.delete(stored)
            return
        written = vars(state)
        if stored is not None and all(getattr(stored, n) == v for n, v in written.items()):
            return  # unchanged: not written at all
        if stored is None or stored.version != state.version:
            updated_at = self.ctx.now
        else:
            updated_at = stored.updated_at
        await repo.save_state(
            session,
            self.ctx.participant.id,
            {**written, "updated_at": updated_at},
            new=stored is None,
        )

    async def made_later(self) -> list[Outbound]:
        """The replies with the reports this turn asked for, made now that it has committed."""
        shift = 0
        for position, make in self.later:
            made = _rendered(
                self.dialogs.translator, self.ctx.locale, self.ctx.channel, await _made(make)
            )
            self.out[position + shift : position + shift] = made
            shift += len(made)
        return self.out


async def _made(make: Later) -> list[Said]:
    """A report, or a word that it could not be made (the reason goes to the log only)."""
    try:
        return await make()
    except Exception:
        log.exception("a report could not be made")
        return [Said(T("organisers-reports-unavailable"))]


def _document(stored: ConversationState) -> Conversation:
    # A copy: a change made in place is then seen, and written, like any other.
    return Conversation(stored.flow, stored.step, dict(stored.data), stored.version)


def _text(translator: Translator, locale: str, channel: str, message: T) -> str:
    return translator.render(locale, message, {"messenger": messenger_of(channel)})


def _rendered(
    translator: Translator, locale: str, channel: str, said: list[Said]
) -> list[Outbound]:
    return [
        Outbound(
            key=s.message.key,
            text=_text(translator, locale, channel, s.message),
            attachment=s.attachment,
        )
        for s in said
    ]


# The messengers whose wording differs ("tap" or "type", who can read the chat); the rest (the
# terminal, tests) read the typing variant.
MESSENGERS = ("telegram", "signal", "terminal")


def messenger_of(channel: str) -> str:
    return channel if channel in MESSENGERS else "other"


_NUMBER_LIST = re.compile(r"[0-9]{1,3}(?:(?:\s*[,;]\s*|\s+)[0-9]{1,3})*", re.ASCII)


def _numbers(text: str) -> list[int]:
    """`3`, `1, 3, 5`, `1 3 5`: option numbers in plain digits. Other digits (`፩`, `𐩀`) and
    long numbers are not option numbers, so they never reach int() as one."""
    stripped = text.strip()
    if not _NUMBER_LIST.fullmatch(stripped):
        return []
    return [int(part) for part in re.findall(r"[0-9]+", stripped, re.ASCII)]


def _by_words(wanted: str, offered: list[list[str]], *, first_words: bool = True) -> str | None:
    """The option whose words (or id) were typed, or whose first words were: "tak" for "Tak,
    zgadzam się" — but only when exactly one option starts so."""
    if not wanted:
        return None
    for option_id, *names in offered:
        if wanted in names or wanted == normalize(option_id):
            return option_id
    if not first_words:
        return None
    starting = [
        option_id
        for option_id, *names in offered
        if any(name.startswith(wanted + " ") for name in names)
    ]
    return starting[0] if len(starting) == 1 else None
