"""The installed flows, by name."""

from __future__ import annotations

from dialogs import menu, onboarding, rights
from dialogs.flow import Flow


def build_flows() -> dict[str, Flow]:
    flows = [onboarding.build_flow(), menu.build_flow(), rights.build_flow()]
    return {flow.name: flow for flow in flows}
