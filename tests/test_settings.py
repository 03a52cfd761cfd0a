"""Settings: defaults, the pseudonym key, and secrets that never reach the log."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest
from pydantic import SecretStr

from bot.keys import load_pseudonym_key
from bot.settings import Settings


def test_defaults_are_usable_without_any_configuration(tmp_path: Path) -> None:
    settings = Settings(_env_file=None, data_dir=tmp_path)  # type: ignore[call-arg]
    assert (
        settings.resolved_database_url() == f"sqlite+aiosqlite:///{tmp_path / 'dialog-bot.sqlite3'}"
    )
    assert settings.timezone == "Europe/Warsaw"
    assert settings.default_locale == "pl"


def test_the_key_is_generated_once_with_owner_only_permissions(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = Settings(_env_file=None, data_dir=tmp_path)  # type: ignore[call-arg]
    with caplog.at_level(logging.DEBUG):
        first = load_pseudonym_key(settings)
        second = load_pseudonym_key(settings)
    assert first == second and len(first) == 64
    assert (tmp_path / "pseudonym.key").stat().st_mode & 0o777 == 0o600
    assert "generated a new pseudonym key" in caplog.text
    assert first.decode() not in caplog.text


def test_a_configured_key_is_secret(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PSEUDONYM_KEY", "a-long-secret-value-for-tests-123")
    settings = Settings(_env_file=None, data_dir=tmp_path)  # type: ignore[call-arg]
    assert "a-long-secret" not in repr(settings)
    assert load_pseudonym_key(settings) == b"a-long-secret-value-for-tests-123"
    assert not (tmp_path / "pseudonym.key").exists()


def test_an_empty_key_from_env_example_means_generate_one(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PSEUDONYM_KEY", "")
    settings = Settings(_env_file=None, data_dir=tmp_path)  # type: ignore[call-arg]
    assert settings.pseudonym_key is None
    assert len(load_pseudonym_key(settings)) == 64


def test_env_example_lists_every_setting_with_its_default() -> None:
    example = (Path(__file__).resolve().parents[1] / ".env.example").read_text(encoding="utf-8")
    listed = dict(re.findall(r"^([A-Z_]+)=(.*)$", example, re.MULTILINE))
    assert set(listed) == {name.upper() for name in Settings.model_fields}
    defaults = Settings(_env_file=None)  # type: ignore[call-arg]
    for name, value in listed.items():
        default = getattr(defaults, name.lower())
        if isinstance(default, SecretStr) or default is None:
            assert value == "", name
        elif isinstance(default, bool):
            assert value.lower() == str(default).lower(), name
        elif isinstance(default, int | float):
            assert float(value) == float(default), name
        else:
            assert value == str(default), name


def test_the_dashboard_is_on_at_a_local_address_by_default(tmp_path: Path) -> None:
    settings = Settings(_env_file=None, data_dir=tmp_path)  # type: ignore[call-arg]
    assert settings.resolved_dashboard_url() == "http://127.0.0.1:8088"
    assert settings.dashboard_session_hours == 12
    moved = Settings(_env_file=None, dashboard_host="0.0.0.0", dashboard_port=9000)  # type: ignore[call-arg]
    assert moved.resolved_dashboard_url() == "http://0.0.0.0:9000"
    off = Settings(_env_file=None, dashboard_enabled=False)  # type: ignore[call-arg]
    assert off.resolved_dashboard_url() == ""


def test_the_dashboards_public_address_is_a_base_for_links(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DASHBOARD_URL", "https://bot.example.org/dashboard/")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.resolved_dashboard_url() == "https://bot.example.org/dashboard"
    monkeypatch.setenv("DASHBOARD_URL", "bot.example.org")
    with pytest.raises(ValueError, match="DASHBOARD_URL must start with http:// or https://"):
        Settings(_env_file=None)  # type: ignore[call-arg]


def test_an_unknown_time_zone_stops_the_start(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIMEZONE", "Europe/Warszawa")
    with pytest.raises(ValueError, match="TIMEZONE 'Europe/Warszawa' is not a known time zone"):
        Settings(_env_file=None)  # type: ignore[call-arg]
