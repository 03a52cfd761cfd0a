"""Settings: defaults, the pseudonym key, and secrets that never reach the log."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest
from pydantic import SecretStr

import bot.__main__
from bot.keys import load_pseudonym_key
from bot.settings import Settings, SettingsError


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
    with pytest.raises(ValueError, match="must start with http:// or https://"):
        Settings(_env_file=None)  # type: ignore[call-arg]


def test_an_unknown_time_zone_stops_the_start(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIMEZONE", "Europe/Warszawa")
    with pytest.raises(ValueError, match="'Europe/Warszawa' is not a known time zone"):
        Settings(_env_file=None)  # type: ignore[call-arg]


def refused_start(capsys: pytest.CaptureFixture[str]) -> str:
    """What `dialog-bot` says when it refuses to start: one line, no traceback."""
    with pytest.raises(SystemExit) as stopped:
        bot.__main__.main(["migrate"])
    said = str(stopped.value.code)
    assert said.startswith("dialog-bot: ") and "\n" not in said
    assert "Traceback" not in capsys.readouterr().err
    return said


def test_wrong_settings_are_named_in_one_line_without_their_values(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)  # no .env of the checkout's
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    monkeypatch.setenv("PSEUDONYM_KEY", "short-secret")
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "secret-token")
    monkeypatch.setenv("TELEGRAM_MODE", "pollling")
    monkeypatch.setenv("TIMEZONE", "Europe")  # a folder of zones, not a zone
    said = refused_start(capsys)
    assert "PSEUDONYM_KEY: must be at least 16 bytes long" in said
    assert "TELEGRAM_MODE: Input should be 'polling' or 'webhook'" in said
    assert "TIMEZONE: 'Europe' is not a known time zone" in said
    assert "short-secret" not in said and "secret-token" not in said
    assert not list(tmp_path.iterdir()), "nothing is created before the settings are right"


def test_a_shortened_key_file_stops_the_start(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    monkeypatch.delenv("PSEUDONYM_KEY", raising=False)
    (tmp_path / "pseudonym.key").write_text("abc\n", encoding="ascii")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    with pytest.raises(SettingsError, match=r"pseudonym\.key must hold at least 16 bytes"):
        load_pseudonym_key(settings)
