"""The installed flows, by name."""

from __future__ import annotations

from dialogs import menu, onboarding, organisers, outcomes, rights, updates
from dialogs.flow import Flow
from dialogs.i18n import Translator
from dialogs.ideas import propose, rating, results
from dialogs.survey import flow as survey
from dialogs.workshops import room


def build_flows(translator: Translator | None = None) -> dict[str, Flow]:
    """Every flow; the translator checks the survey's message keys (one is made if not given)."""
    flows = [
        onboarding.build_flow(),
        menu.build_flow(),
        rights.build_flow(),
        survey.build_flow(survey.default_survey(translator)),
        propose.build_flow(),
        rating.build_flow(),
        results.build_flow(),
        organisers.build_flow(),
        room.build_flow(),
        updates.build_flow(),
        outcomes.build_flow(),
    ]
    return {flow.name: flow for flow in flows}
