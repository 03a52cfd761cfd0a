"""What others think: the matrix so far, told to participants so they see their input counts.

Counts per quadrant, and the leading WOW and HOW ideas with their means and numbers of ratings,
each in the participant's language where it has been translated.
"""

from __future__ import annotations

from dialogs.flow import Context, Flow, Goto, OptionSpec, Prompt, Reply, Result
from dialogs.i18n import T
from dialogs.ideas.common import MENU
from storage import ideas as repo

FLOW = "results"
LEADING = 3  # ideas shown per quadrant: enough to see what leads, short enough for a phone


async def _summary(ctx: Context) -> tuple[T, ...]:
    config = ctx.config
    scores = await repo.matrix(
        ctx.session, midpoint=config.matrix_midpoint, min_ratings=config.matrix_min_ratings
    )
    counts = {q: sum(1 for s in scores if s.quadrant == q) for q in repo.QUADRANTS}
    placed = sum(counts.values())
    if placed == 0:
        return (T("results-empty", {"min": config.matrix_min_ratings}),)
    summary = T(
        "results-summary",
        {
            "unplaced": len(scores) - placed,
            "ratings": sum(s.ratings for s in scores),
            **{q.lower(): n for q, n in counts.items()},
        },
    )
    top = [*repo.leading(scores, "WOW", LEADING), *repo.leading(scores, "HOW", LEADING)]
    return (summary, *await leading_lines(ctx, top))


async def leading_lines(ctx: Context, top: list[repo.IdeaScore]) -> list[T]:
    """Each placed idea with its quadrant, its text in the participant's language where there
    is one (else the original, named), its means and how many ratings."""
    ideas = await repo.ideas_by_id(ctx.session, [score.idea_id for score in top])
    texts = await repo.texts_of(ctx.session, list(ideas))
    items = []
    for score in top:
        idea = ideas[score.idea_id]
        text, language = repo.pick_text(idea, texts.get(idea.id, {}), ctx.locale)
        items.append(
            T(
                "results-idea",
                {
                    "quadrant": score.quadrant,
                    "idea": text,
                    "original": "same" if language == ctx.locale else language,
                    "effectiveness": score.effectiveness_mean,
                    "ease": score.ease_mean,
                    "ratings": score.ratings,
                },
            )
        )
    return items


class ShowStep:
    async def prompt(self, ctx: Context) -> Prompt:
        options = (
            OptionSpec("rating", T("results-option-rate")),
            OptionSpec("ideas", T("results-option-propose")),
            MENU,
        )
        return Prompt(T("results-next"), options, before=await _summary(ctx))

    async def receive(self, ctx: Context, reply: Reply) -> Result:
        if reply.option in ("rating", "ideas") and reply.option in ctx.flows:
            return Result(goto=Goto(reply.option, ""))
        return Result(goto=Goto("menu", "main"))


def build_flow() -> Flow:
    return Flow(FLOW, {"show": ShowStep()}, first="show")
