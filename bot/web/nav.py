"""The dashboard's menu: every page, in the order organisers read them.

A page's module registers its routes under the entry's `name` (bot/web/pages); a page not built
yet still has its entry, and its link answers "not found" until it is.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NavEntry:
    name: str  # the page's route name
    path: str  # under the dashboard's base
    label: str  # Fluent key


NAV: list[NavEntry] = [
    NavEntry("overview", "/", "dashboard-nav-overview"),
    NavEntry("needs", "/needs", "dashboard-nav-needs"),
    NavEntry("matrix", "/matrix", "dashboard-nav-matrix"),
    NavEntry("ideas", "/ideas", "dashboard-nav-ideas"),
    NavEntry("moderation", "/moderation", "dashboard-nav-moderation"),
    NavEntry("campaigns", "/campaigns", "dashboard-nav-campaigns"),
    NavEntry("downloads", "/downloads", "dashboard-nav-downloads"),
    NavEntry("workshops", "/workshops", "live-nav-workshops"),
]
