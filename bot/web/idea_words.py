"""How the pages name an idea's status, source, language and quadrant, and write its numbers."""

from __future__ import annotations

from dataclasses import dataclass

from bot.web.render import Words
from dialogs.rights import LANGUAGE_NAMES
from storage.ideas import FROM_SURVEY, PROPOSED, UNDETERMINED, IdeaScore


@dataclass(frozen=True)
class IdeaWords:
    say: Words
    min_ratings: int

    def status(self, status: str) -> str:
        return self.say(f"dashboard-status-{status}")

    def area(self, area: str) -> str:
        return self.say(f"area-{area}")

    def source(self, source: str) -> str:
        if source == PROPOSED:
            return self.say("dashboard-source-participant")
        if source == FROM_SURVEY:
            return self.say("dashboard-source-survey")
        return self.say("dashboard-source-bank", name=source)

    def language(self, language: str) -> str:
        if language == UNDETERMINED:
            return self.say("dashboard-language-unknown")
        return LANGUAGE_NAMES.get(language, language)

    def reason(self, reason: str) -> str:
        return self.say(f"organisers-reason-{reason.replace('_', '-')}")

    def mean(self, value: float | None) -> str:
        if value is None:
            return "—"
        return self.say("dashboard-ideas-number", mean=value)

    def quadrant(self, score: IdeaScore, status: str) -> str:
        """Its quadrant, or why it has none: not approved, or not enough ratings yet."""
        if score.quadrant is not None:
            return score.quadrant
        if status != "approved":
            return self.say("dashboard-ideas-off-matrix")
        return self.say("dashboard-ideas-too-few", ratings=score.ratings, min=self.min_ratings)
