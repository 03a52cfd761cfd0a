"""`dialog-bot run` starts the Signal channel when it is configured, and only then."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncEngine

from bot.app import App
from bot.channels.signal.sending import SignalMessenger
from bot.runner import configured_services
from bot.settings import Settings
from dialogs.engine import Dialogs


def app_with(engine: AsyncEngine, dialogs: Dialogs, tmp_path: Path, **settings: str) -> App:
    configured = Settings(_env_file=None, data_dir=tmp_path, **settings)  # type: ignore[call-arg]
    return App(settings=configured, engine=engine, dialogs=dialogs)


def test_configured_signal_runs_and_can_push(
    engine: AsyncEngine, dialogs: Dialogs, tmp_path: Path
) -> None:
    app = app_with(
        engine,
        dialogs,
        tmp_path,
        signal_rpc_url="http://127.0.0.1:8080",
        signal_account="+48221234567",
    )
    assert "signal" in [name for name, _service in configured_services(app)]
    assert isinstance(app.messengers["signal"], SignalMessenger)


def test_half_a_configuration_starts_nothing(
    engine: AsyncEngine, dialogs: Dialogs, tmp_path: Path
) -> None:
    app = app_with(engine, dialogs, tmp_path, signal_rpc_url="http://127.0.0.1:8080")
    assert "signal" not in [name for name, _service in configured_services(app)]
    assert "signal" not in app.messengers
