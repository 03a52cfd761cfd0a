"""The empathy survey as a conversation: one step asks any question, then a summary and thanks.

Where a participant is lives in the database: every answer is written as it is given, and the
conversation state names the question on screen. So a person can leave at any moment (/menu, a
rights command, closing the app) and continue at the same question, even after a restart.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping
from dataclasses import dataclass, replace

from dialogs import updates
from dialogs.flow import (
    Context,
    DialogConfig,
    Flow,
    Goto,
    OptionSpec,
    Prompt,
    Reply,
    Result,
    Said,
    Step,
)
from dialogs.i18n import Joined, T, Translator
from dialogs.survey.definition import DEFAULT_FILE, Question, Survey, load_survey
from dialogs.text import mask_contacts
from storage import survey as store
from storage.models import SurveyResponse
from storage.participants import erase_participant
from storage.survey import SCALE, Answer

FLOW = "survey"
PLACE = "survey"  # where the flow keeps its place in the conversation state's data
SKIP, BACK, DONE, FINISH, NEXT, KEEP = "skip", "back", "done", "finish", "next", "keep"
# After the survey: the flows a participant may go on to, in the order offered.
NEXT_FLOWS = (
    ("ideas", "survey-option-propose-idea"),
    ("rating", "survey-option-rate-ideas"),
    ("answers", "survey-option-my-answers"),
    ("menu", "survey-option-menu"),
)
SUMMARY_TEXT_WIDTH = 80  # free text is cut to this in the summary, so it fits one message


_LOADED: list[Survey] = []  # the default survey, once read


def default_survey(translator: Translator | None = None) -> Survey:
    """The survey file, read and checked against the locales once, at start-up.

    Neither changes while the program runs. A later caller without a translator gets the same
    survey rather than parsing every locale again into a second set of bundles.
    """
    if not _LOADED:
        _LOADED.append(load_survey(DEFAULT_FILE, translator or Translator()))
    return _LOADED[0]


def build_flow(survey: Survey | None = None) -> Flow:
    interview = Interview(survey or default_survey())
    steps: dict[str, Step] = {
        "question": QuestionStep(interview),
        "summary": SummaryStep(interview),
        "finished": FinishedStep(),
        "retake": RetakeStep(interview),
    }
    return Flow(FLOW, steps, first="question", start_hook=interview.enter)


# Where a turn keeps the response it read (Context.read).
_RESPONSE = "survey.response"


@dataclass(frozen=True)
class Place:
    """Where a participant is in the survey, kept in the conversation state between messages."""

    at: str | None = None  # the question on screen; None on the summary
    chosen: tuple[str, ...] = ()  # options of a multiple choice ticked but not yet confirmed
    editing: bool = False  # came from the summary, so the summary follows the answer

    @classmethod
    def of(cls, ctx: Context) -> Place:
        raw = ctx.data.get(PLACE) or {}
        return cls(raw.get("at"), tuple(raw.get("chosen", ())), bool(raw.get("editing")))

    def keep(self, ctx: Context) -> None:
        kept = {"at": self.at, "chosen": list(self.chosen), "editing": self.editing}
        ctx.state.data = {**ctx.data, PLACE: kept}


class Interview:
    """Moving through the survey: entering it, choosing the next question, the open response."""

    def __init__(self, survey: Survey) -> None:
        self.survey = survey
        self.order = {question.id: number for number, question in enumerate(survey.questions)}

    async def enter(self, ctx: Context) -> Result:
        """From the menu or after onboarding: begin, resume where they were, or offer a retake."""
        response = await store.current_response(ctx.session, ctx.participant.id)
        if response is None:
            return await self.begin(ctx)
        if response.completed_at is not None:
            return Result(goto=Goto(FLOW, "retake"))
        answers = await store.answers_of(ctx.session, response.id)
        ctx.read[_RESPONSE] = response, answers
        greeting = T("survey-resume") if answers else T("survey-intro")
        if self.placed(ctx, answers) is not None:
            goto = Goto(FLOW, "question")  # the same question, with any ticks they had made
        else:
            goto = self.next_unanswered(ctx, answers, editing=False)
            if goto.step == "finished":  # every question answered before: it is complete
                response.completed_at = ctx.now
        return Result(say=[Said(greeting)], goto=goto)

    async def begin(self, ctx: Context) -> Result:
        response = await store.start_response(
            ctx.session, ctx.participant.id, self.survey.version, ctx.now
        )
        ctx.read[_RESPONSE] = response, {}
        first = self.ask(ctx, self.survey.questions[0], {})
        return Result(say=[Said(T("survey-intro"))], goto=first)

    async def response(self, ctx: Context) -> tuple[SurveyResponse, dict[str, Answer]]:
        """The open response and its answers, read once a turn: `save` keeps the answers (the
        same dict) in step with what it writes."""
        read: tuple[SurveyResponse, dict[str, Answer]] | None = ctx.read.get(_RESPONSE)
        if read is not None:
            return read
        response = await store.current_response(ctx.session, ctx.participant.id)
        if response is None:
            # Removed while they were on a question (by an operator, say): start anew, not fail.
            response = await store.start_response(
                ctx.session, ctx.participant.id, self.survey.version, ctx.now
            )
        read = ctx.read[_RESPONSE] = response, await store.answers_of(ctx.session, response.id)
        return read

    def placed(self, ctx: Context, answers: Mapping[str, Answer]) -> Question | None:
        """The question the conversation state names, if it is still one they should answer."""
        question = self.survey.question(Place.of(ctx).at)
        return question if question is not None and question.applies(answers) else None

    def current(self, ctx: Context, answers: Mapping[str, Answer]) -> Question:
        """The question on screen; if the survey file changed under them, the next one to answer."""
        placed = self.placed(ctx, answers)
        if placed is not None:
            return placed
        applicable = self.survey.applicable(answers)
        return next((q for q in applicable if q.id not in answers), applicable[-1])

    def ask(
        self,
        ctx: Context,
        question: Question,
        answers: Mapping[str, Answer],
        *,
        editing: bool = False,
    ) -> Goto:
        earlier = answers.get(question.id)
        chosen = earlier.options if earlier is not None and question.type == "multi" else ()
        Place(question.id, chosen, editing).keep(ctx)
        return Goto(FLOW, "question")

    def summary(self, ctx: Context) -> Goto:
        Place().keep(ctx)
        return Goto(FLOW, "summary")

    def next_unanswered(
        self, ctx: Context, answers: Mapping[str, Answer], *, editing: bool
    ) -> Goto:
        applicable = self.survey.applicable(answers)
        pending = next((q for q in applicable if q.id not in answers), None)
        if pending is None:
            return self.summary(ctx) if editing else self.finished(ctx)
        return self.ask(ctx, pending, answers, editing=editing)

    def after(self, ctx: Context, question: Question, answers: Mapping[str, Answer]) -> Goto:
        if Place.of(ctx).editing:
            # A changed answer may open a follow-up question; ask it before the summary.
            return self.next_unanswered(ctx, answers, editing=True)
        last = self.survey.closer(question) if self.paired(ctx, question, answers) else None
        after = self.order[(last or question).id]
        later = [q for q in self.survey.applicable(answers) if self.order[q.id] > after]
        if later:
            return self.ask(ctx, later[0], answers)
        return self.next_unanswered(ctx, answers, editing=False)

    def finished(self, ctx: Context) -> Goto:
        """Every question had its answer: the survey is complete, no "finish" tap needed."""
        Place().keep(ctx)
        return Goto(FLOW, "finished")

    def move_on(
        self,
        ctx: Context,
        response: SurveyResponse,
        question: Question,
        answers: Mapping[str, Answer],
    ) -> Result:
        """After an answer: the next screen, or the thanks with the response completed."""
        goto = self.after(ctx, question, answers)
        if goto.step == "finished" and response.completed_at is None:
            response.completed_at = ctx.now
        return Result(goto=goto)

    def paired(self, ctx: Context, question: Question, answers: Mapping[str, Answer]) -> bool:
        """Whether this multiple choice shares its screen with the scale that closes it."""
        closer = self.survey.closer(question)
        return closer is not None and closer.applies(answers) and not Place.of(ctx).editing

    def screens(self, answers: Mapping[str, Answer]) -> list[Question]:
        """The questions that open a screen (a closing scale rides on its multiple choice)."""
        applicable = self.survey.applicable(answers)
        shared = {q.closes for q in applicable if q.closes is not None}
        return [q for q in applicable if q.closes is None or q.closes not in shared]

    def back(self, ctx: Context, question: Question, answers: Mapping[str, Answer]) -> Goto:
        if Place.of(ctx).editing:
            return self.summary(ctx)
        earlier = [q for q in self.screens(answers) if self.order[q.id] < self.order[question.id]]
        if not earlier:
            return Goto(FLOW, "question")
        return self.ask(ctx, earlier[-1], answers)

    async def save(
        self,
        ctx: Context,
        response: SurveyResponse,
        question: Question,
        answer: Answer,
        answers: dict[str, Answer],
    ) -> None:
        """Store an answer, and drop answers to follow-ups that no longer apply because of it."""
        await store.save_answer(
            ctx.session,
            response,
            question_id=question.id,
            dimension=question.dimension,
            survey_version=self.survey.version,
            answer=answer,
            now=ctx.now,
        )
        answers[question.id] = answer
        dropped = []
        # In survey order, so a follow-up of a dropped follow-up is dropped too.
        for candidate in self.survey.questions:
            if candidate.id in answers and not candidate.applies(answers):
                del answers[candidate.id]
                dropped.append(candidate.id)
        await store.forget_answers(ctx.session, response.id, dropped)


class QuestionStep:
    """Any question of the survey; what it offers depends on the question's type."""

    def __init__(self, interview: Interview) -> None:
        self.interview = interview

    async def prompt(self, ctx: Context) -> Prompt:
        _response, answers = await self.interview.response(ctx)
        question = self.interview.current(ctx, answers)
        screens = self.interview.screens(answers)
        # A closing scale changed on its own (from the summary) stands where its screen stands.
        opener = self.interview.survey.question(question.closes) or question
        position = screens.index(opener) + 1 if opener in screens else len(screens)
        place = Place.of(ctx)
        earlier = answers.get(question.id)
        if self.interview.paired(ctx, question, answers):
            # The pair's own words say how to answer: the header carries no hint.
            header = _header(question, position, len(screens), ctx.config, hint=False)
            return _paired_prompt(question, self.interview.survey, answers, place, header)
        header = _header(question, position, len(screens), ctx.config)
        options = _answer_options(question, earlier, place)
        controls = [OptionSpec(SKIP, T("survey-option-skip"))]
        if question.type == "multi":
            controls.insert(0, OptionSpec(DONE, T("survey-option-done")))
        before: tuple[T, ...] = (header,)
        if question.type == "text" and earlier is not None and earlier.text:
            # Coming back to a written answer keeps it unless they write anew or skip.
            controls.insert(0, OptionSpec(KEEP, T("survey-option-keep")))
            before = (header, T("survey-text-earlier", {"answer": earlier.text}))
        if place.editing or position > 1:
            controls.append(OptionSpec(BACK, T("survey-option-back")))
        return Prompt(
            T(question.text),
            options + tuple(controls),
            accepts_text=question.type == "text",
            before=before,
            multiple=question.type == "multi",
        )

    async def receive(self, ctx: Context, reply: Reply) -> Result:
        response, answers = await self.interview.response(ctx)
        question = self.interview.current(ctx, answers)
        if reply.option == BACK:
            return Result(goto=self.interview.back(ctx, question, answers))
        if reply.option == KEEP and question.id in answers:
            return self.interview.move_on(ctx, response, question, answers)
        if self.interview.paired(ctx, question, answers):
            return await self.receive_pair(ctx, response, question, answers, reply)
        answer = Answer(skipped=True) if reply.option == SKIP else _read(ctx, question, reply)
        if isinstance(answer, Result):
            return answer
        chosen = question.option(answer.options[0]) if answer.options else None
        stop = chosen.stop if chosen is not None else None
        if stop is not None:
            return await _too_young(ctx, T(stop))
        await self.interview.save(ctx, response, question, answer, answers)
        return self.interview.move_on(ctx, response, question, answers)

    async def receive_pair(
        self,
        ctx: Context,
        response: SurveyResponse,
        question: Question,
        answers: dict[str, Answer],
        reply: Reply,
    ) -> Result:
        """Ticks stay on screen; a number (or "next") answers the choice and the scale at once."""
        closer = self.interview.survey.closer(question)
        assert closer is not None
        place = Place.of(ctx)
        given = reply.options or ((reply.option,) if reply.option else ())
        needs = [o for o in given if question.option(o) is not None]
        values = [o for o in given if o in _SCALE_IDS]
        if not needs and not values and reply.option != NEXT:
            return Result.stay(T("input-choose-option"))
        ticked = set(place.chosen)
        # A tap toggles one option; typed numbers say what applies (added to any ticks).
        tapped = reply.option is not None and not reply.typed
        ticked = ticked ^ set(needs) if tapped else ticked | set(needs)
        chosen = tuple(o.id for o in question.options if o.id in ticked)
        if not values and reply.option != NEXT:
            Place(question.id, chosen, place.editing).keep(ctx)
            if not tapped:  # typed, but no number for the scale yet
                return Result.stay(T("survey-pair-scale-missing"))
            return Result.stay()
        needs_answer = Answer(options=chosen) if chosen else Answer(skipped=True)
        await self.interview.save(ctx, response, question, needs_answer, answers)
        value = Answer(value=int(values[-1])) if values else Answer(skipped=True)
        await self.interview.save(ctx, response, closer, value, answers)
        return self.interview.move_on(ctx, response, question, answers)


def _paired_prompt(
    question: Question,
    survey: Survey,
    answers: Mapping[str, Answer],
    place: Place,
    header: T,
) -> Prompt:
    closer = survey.closer(question)
    assert closer is not None
    needs = _answer_options(question, answers.get(question.id), place)
    scale = _answer_options(closer, answers.get(closer.id), place)
    controls = [OptionSpec(NEXT, T("survey-option-next"), control=True)]
    if place.editing or survey.questions.index(question) > 0:
        controls.append(OptionSpec(BACK, T("survey-option-back"), control=True))
    text = T("survey-pair", {"needs": T(question.text), "scale": T(closer.text)})
    # Scale first, so on a numbered list the numbers 1-5 are the scale's own values.
    return Prompt(
        text,
        tuple(replace(o, closes=True) for o in scale) + needs + tuple(controls),
        before=(header,),
        multiple=True,
        typing_hint=False,
    )


async def _too_young(ctx: Context, message: T) -> Result:
    """Under the survey's age: consent is withdrawn and everything already stored is erased."""
    await erase_participant(ctx.session, ctx.participant)
    ctx.session.expunge_all()
    result = Result(say=[Said(message)], end=True)
    result.erased = True
    return result


def _read(ctx: Context, question: Question, reply: Reply) -> Answer | Result:
    """The answer a reply gives to a question, or what to say when it gives none."""
    if question.type == "multi" and reply.options:
        # Typed in one message ("1, 3"): that is the whole answer, no "done" needed.
        ids = tuple(o.id for o in question.options if o.id in reply.options)
        if ids:
            return Answer(options=ids)
    if question.type == "text" and reply.text is not None:
        text = reply.text.strip()
        limit = text_limit(question, ctx.config)
        if len(text) > limit:
            return Result.stay(T("survey-text-too-long", {"length": len(text), "max": limit}))
        return Answer(text=mask_contacts(text))
    if question.type == "scale" and reply.option is not None and reply.option in _SCALE_IDS:
        return Answer(value=int(reply.option))
    option = question.option(reply.option)
    if question.type == "single" and option is not None:
        return Answer(options=(option.id,))
    if question.type == "multi":
        chosen = Place.of(ctx).chosen
        if reply.option == DONE:
            return Answer(options=chosen) if chosen else Answer(skipped=True)
        if option is not None:
            toggled = set(chosen) ^ {option.id}
            ticked = tuple(o.id for o in question.options if o.id in toggled)
            Place(question.id, ticked, Place.of(ctx).editing).keep(ctx)
            return Result.stay()
    return Result.stay(T("input-choose-option"))


_SCALE_IDS = {str(value) for value in SCALE}


def text_limit(question: Question, config: DialogConfig) -> int:
    """The question's own cap, never above the bot-wide one."""
    return min(question.max_length or config.text_max_length, config.text_max_length)


def _header(
    question: Question, position: int, total: int, config: DialogConfig, *, hint: bool = True
) -> T:
    """The line above a question: how far along, which dimension, and how to answer."""
    progress = {"current": position, "total": total}
    if question.dimension is not None:
        line = T(
            "survey-progress-topic", {**progress, "topic": T(f"dimension-{question.dimension}")}
        )
    else:
        line = T("survey-progress", progress)
    if not hint:
        return line
    if question.type == "multi":
        how = T("survey-multi-hint")
    elif question.type == "text":
        how = T("survey-text-hint", {"max": text_limit(question, config)})
    else:
        return line
    return T("survey-progress-hint", {"progress": line, "hint": how})


def _answer_options(
    question: Question, answer: Answer | None, place: Place
) -> tuple[OptionSpec, ...]:
    """The answers on offer, the current ones ticked, so a person sees what they said."""
    if question.type == "scale":
        value = answer.value if answer is not None else None
        return tuple(
            OptionSpec(str(v), _ticked(_scale_label(question, v), v == value)) for v in SCALE
        )
    chosen = place.chosen if question.type == "multi" else (answer.options if answer else ())
    return tuple(
        OptionSpec(option.id, _ticked(T(option.label), option.id in chosen))
        for option in question.options
    )


def _scale_label(question: Question, value: int) -> T:
    ends = {SCALE[0]: question.low, SCALE[-1]: question.high}
    end = ends.get(value)
    if end is None:
        return T.raw(str(value))
    return T("scale-end", {"value": value, "label": T(end)})


def _ticked(label: T, ticked: bool) -> T:
    return T("survey-option-chosen", {"label": label}) if ticked else label


class SummaryStep:
    """Every answer at a glance; tapping a question changes that answer, then comes back here."""

    def __init__(self, interview: Interview) -> None:
        self.interview = interview

    async def prompt(self, ctx: Context) -> Prompt:
        _response, answers = await self.interview.response(ctx)
        applicable = self.interview.survey.applicable(answers)
        lines = tuple(
            T("survey-summary-item", {"question": T(q.short), "answer": _described(q, answers)})
            for q in applicable
        )
        changes = (OptionSpec(q.id, T(q.short)) for q in applicable)
        options = (OptionSpec(FINISH, T("survey-option-finish")), *changes)
        return Prompt(T("survey-summary", {"answers": Joined(lines, "\n")}), options)

    async def receive(self, ctx: Context, reply: Reply) -> Result:
        _response, answers = await self.interview.response(ctx)
        if reply.option == FINISH:
            return Result(goto=self.interview.finished(ctx))
        question = self.interview.survey.question(reply.option)
        if question is None or not question.applies(answers):
            return Result.stay(T("input-choose-option"))
        return Result(goto=self.interview.ask(ctx, question, answers, editing=True))


def _described(question: Question, answers: Mapping[str, Answer]) -> T | Joined:
    answer = answers.get(question.id)
    if answer is None or answer.skipped:
        return T("survey-summary-skipped")
    if answer.value is not None:
        return T.raw(f"{answer.value} / {SCALE[-1]}")
    if answer.text is not None:
        return T.raw(textwrap.shorten(answer.text, SUMMARY_TEXT_WIDTH, placeholder=" …"))
    labels = tuple(T(o.label) for o in question.options if o.id in answer.options)
    return Joined(labels) if labels else T("survey-summary-skipped")


class FinishedStep:
    """Thanks, what happens with the answers, and where to go next.

    The first time, the same message also asks whether the person wants to hear what becomes of
    the ideas: one question more, not one message more.
    """

    async def prompt(self, ctx: Context) -> Prompt:
        options = tuple(OptionSpec(flow, T(label)) for flow, label in NEXT_FLOWS)
        if await updates.asking(ctx):
            return Prompt(
                T("survey-finished"),
                (*updates.answer_options(), *options),
                after=(T("outcomes-ask"),),
            )
        return Prompt(T("survey-finished"), options)

    async def receive(self, ctx: Context, reply: Reply) -> Result:
        said = await updates.take_answer(ctx, reply.option)
        if said is not None:
            return Result.stay(said)
        updates.asked(ctx)
        if reply.option == "answers":
            return Result(goto=Goto(FLOW, "summary"))
        if reply.option is not None and reply.option in ctx.flows:
            return Result(goto=Goto(reply.option, ""))
        return Result(say=[Said(T("menu-coming-soon"))], goto=Goto("menu", "main"))


class RetakeStep:
    """Someone who finished comes back: a new response replaces the old one, if they want."""

    def __init__(self, interview: Interview) -> None:
        self.interview = interview

    async def prompt(self, ctx: Context) -> Prompt:
        options = (
            OptionSpec("retake", T("survey-option-retake")),
            OptionSpec("menu", T("survey-option-menu")),
        )
        return Prompt(T("survey-retake-confirm"), options)

    async def receive(self, ctx: Context, reply: Reply) -> Result:
        if reply.option == "retake":
            return await self.interview.begin(ctx)
        return Result(goto=Goto("menu", "main"))
