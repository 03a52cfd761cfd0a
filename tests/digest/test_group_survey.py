"""The needs page's figures for a group, on every backend, against a plain recomputation.

The scripted participants are the survey aggregates' own (tests/storage): 300 people, some in a
small district (Ursynów, 3 of them) whose neighbour must be hidden with it.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from bot.digest.data import DigestConfig, Dimension, GroupSurvey, group_survey
from dialogs.disclosure import Breakdown, Shown, disclose, disclose_each, withhold
from storage.participation import EVERYONE, NOT_STATED, Group
from tests.storage.test_survey_aggregates import (
    Generated,
    Taking,
    counted,
    direct_difficulty,
    direct_needs,
    generated,
    value_of,
)

__all__ = ["generated"]  # the fixture, shared with the storage tests

CONFIG = DigestConfig(min_count=10)
K = CONFIG.min_count
GROUPS = (
    EVERYONE,
    Group(district="wola"),
    Group(district="ursynow"),  # 3 people
    Group(district=NOT_STATED),  # 10 people, hidden so that Ursynów's 3 stay hidden
    Group(district="atlantis"),  # nobody
    Group(migration="yes"),
    Group(language="uk", district="praga"),
    Group(language="uk", district=NOT_STATED),  # 1 person
    Group(campaign="online", migration="no"),
    Group(campaign=NOT_STATED),
)


def shown_directly(takings: list[Taking], group: Group) -> bool:
    """Shown exactly, at least K, in every breakdown by an attribute that picks the group."""
    for attribute, value in group.chosen().items():
        margin = Counter(
            value_of(t.person, attribute) for t in counted(takings, group.without(attribute))
        )
        cells = {c.label: c for c in disclose({value: 0, **margin}, K).cells}
        if cells[value].shown is not Shown.EXACT or (cells[value].count or 0) < K:
            return False
    return True


def expected(takings: list[Taking], group: Group) -> GroupSurvey:
    if not shown_directly(takings, group):
        return GroupSurvey(group, None, (), K)
    members = counted(takings, group)
    needs = direct_needs(members, None, None)
    dimensions = []
    for name, values in direct_difficulty(members, None, None).items():
        distribution = {str(v): values.count(v) for v in range(1, 6)}
        chosen = disclose_each(needs.get(name, {}), K)
        if group != EVERYONE and len(values) < K:
            dimensions.append(Dimension(name, None, None, None, withhold(distribution, K), chosen))
        else:
            mean = sum(values) / len(values)
            dimensions.append(
                Dimension(name, len(values), mean, None, disclose(distribution, K), chosen)
            )
    dimensions.sort(key=lambda d: (d.mean if d.mean is not None else 6.0, d.dimension))
    return GroupSurvey(group, len(members), tuple(dimensions), K)


def readable(survey: GroupSurvey) -> dict[str, object]:
    """What a page can show, with means to two places (the database sums in its own order)."""

    def cells(breakdown: Breakdown) -> tuple[tuple[str, str], ...]:
        return breakdown.display() if not breakdown.withheld else (("withheld", ""),)

    return {
        "respondents": survey.respondents,
        "dimensions": [
            (
                d.dimension,
                d.respondents,
                None if d.mean is None else round(d.mean, 2),
                cells(d.distribution),
                cells(d.needs),
            )
            for d in survey.dimensions
        ],
    }


async def test_each_group_gets_what_a_plain_recomputation_allows(generated: Generated) -> None:
    session, takings, _campaigns = generated
    withheld = set()
    for group in GROUPS:
        found = await group_survey(session, group, CONFIG)
        assert readable(found) == readable(expected(takings, group)), group
        if found.withheld:
            withheld.add(group)
            assert found.dimensions == ()  # "fewer than K", and nothing else
    assert withheld == {
        Group(district="ursynow"),
        Group(district=NOT_STATED),
        Group(district="atlantis"),
        Group(language="uk", district=NOT_STATED),
    }


async def test_everyone_is_the_digests_unfiltered_case(generated: Generated) -> None:
    session, takings, _campaigns = generated
    everyone = await group_survey(session, EVERYONE, CONFIG)
    assert everyone.respondents == len(counted(takings))
    by_dimension: dict[str, int] = defaultdict(int)
    for taking in counted(takings):
        for name, (value, _at) in taking.difficulty.items():
            by_dimension[name] += value is not None
    assert {d.dimension: d.respondents for d in everyone.dimensions} == by_dimension
