"""Every setting the bot reads, from the environment and `.env` (listed in `.env.example`)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_core import ErrorDetails
from pydantic_settings import BaseSettings, SettingsConfigDict

Locale = Literal["pl", "uk", "en", "ru"]


# Shorter keys make participants' pseudonyms guessable (storage.pseudonyms).
PSEUDONYM_KEY_MIN_BYTES = 16


class SettingsError(ValueError):
    """Settings that cannot work as given: the bot refuses to start and says what to fix."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    data_dir: Path = Path("data")
    database_url: str = ""
    default_locale: Locale = "pl"
    timezone: str = "Europe/Warsaw"
    pseudonym_key: SecretStr | None = None
    log_level: str = "INFO"
    text_max_length: int = Field(default=1000, ge=50, le=4000)
    districts_file: Path | None = None
    survey_retention_days: int = Field(default=365, ge=0)
    disclosure_min_count: int = Field(default=10, ge=1)
    ideas_per_hour: int = Field(default=3, ge=1, le=100)
    idea_max_length: int = Field(default=500, ge=50, le=4000)
    matrix_midpoint: float = Field(default=3.0, ge=1.0, le=5.0)
    matrix_min_ratings: int = Field(default=5, ge=1)
    # Named in the privacy notice: who runs the bot and how people reach them.
    organisation_name: str = Field(default="", max_length=120)
    organisation_contact: str = Field(default="", max_length=200)

    # Telegram (see README, "Telegram"): the channel starts when a token is set.
    telegram_bot_token: SecretStr | None = None
    telegram_mode: Literal["polling", "webhook"] = "polling"
    telegram_api_base: str = ""
    telegram_messages_per_second: float = Field(default=25.0, gt=0)
    telegram_chat_messages_per_second: float = Field(default=1.0, gt=0)
    telegram_chat_burst: int = Field(default=3, ge=1)
    webhook_url: str = ""
    webhook_secret: SecretStr | None = None
    webhook_host: str = "127.0.0.1"
    webhook_port: int = Field(default=8080, ge=1, le=65535)
    webhook_path: str = "/telegram"

    # Signal (see README, "Signal"): the channel starts when both the URL and the account are set.
    signal_rpc_url: str = ""
    signal_account: str = ""
    signal_messages_per_second: float = Field(default=10.0, gt=0)
    signal_chat_messages_per_second: float = Field(default=1.0, gt=0)
    signal_chat_burst: int = Field(default=5, ge=1)

    # Organisers (see README, "Organisers"): invitations, campaign links and the scheduled digest.
    telegram_bot_username: str = ""
    organiser_invite_hours: int = Field(default=72, ge=1, le=24 * 30)
    scheduler_enabled: bool = True
    digest_cron: str = "0 9 * * 1"
    digest_retry_minutes: int = Field(default=30, ge=1)
    # Participants who said yes to news (see README, "What became of the ideas").
    survey_reminder_days: int = Field(default=3, ge=0)

    # The organiser dashboard (see README, "Dashboard"): web pages beside the channels.
    dashboard_enabled: bool = True
    dashboard_host: str = "127.0.0.1"
    dashboard_port: int = Field(default=8088, ge=1, le=65535)
    dashboard_url: str = ""
    dashboard_session_hours: int = Field(default=12, ge=1, le=24 * 30)

    @field_validator("digest_cron")
    @classmethod
    def _cron_is_valid(cls, value: str) -> str:
        from bot.cron import cron_trigger

        cron_trigger(value, "UTC")  # raises ValueError naming what is wrong
        return value

    @field_validator("timezone")
    @classmethod
    def _timezone_is_known(cls, value: str) -> str:
        # Checked here, not where it is first used: the digest's modules load only when an
        # organiser first asks for a report, which is no time to find a mistyped zone.
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError, OSError) as error:  # "Europe" is a folder
            raise ValueError(f"{value!r} is not a known time zone, e.g. 'Europe/Warsaw'") from error
        return value

    @field_validator("dashboard_url")
    @classmethod
    def _dashboard_url_is_a_base(cls, value: str) -> str:
        value = value.strip().rstrip("/")
        if value and not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value

    @field_validator("telegram_bot_token", "webhook_secret", "pseudonym_key", mode="before")
    @classmethod
    def _empty_secret_is_unset(cls, value: object) -> object:
        # `TELEGRAM_BOT_TOKEN=` copied from .env.example means "not set", not an empty secret.
        return None if value == "" else value

    @field_validator("pseudonym_key")
    @classmethod
    def _pseudonym_key_is_long_enough(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and len(value.get_secret_value().encode()) < PSEUDONYM_KEY_MIN_BYTES:
            raise ValueError(f"must be at least {PSEUDONYM_KEY_MIN_BYTES} bytes long")
        return value

    def resolved_database_url(self) -> str:
        """The configured URL, or an SQLite file in the data folder."""
        if self.database_url:
            return self.database_url
        return f"sqlite+aiosqlite:///{self.data_dir / 'dialog-bot.sqlite3'}"

    def resolved_dashboard_url(self) -> str:
        """The public base of the dashboard's links; empty when it is switched off."""
        if not self.dashboard_enabled:
            return ""
        return self.dashboard_url or f"http://{self.dashboard_host}:{self.dashboard_port}"


def load_settings() -> Settings:
    """The settings from the environment and `.env`; SettingsError naming each one that is wrong.

    Built from each error's setting and message only: pydantic's own text quotes the value
    given, which for PSEUDONYM_KEY or TELEGRAM_BOT_TOKEN is a secret.
    """
    try:
        return Settings()
    except ValidationError as error:
        raise SettingsError("; ".join(map(_problem, error.errors(include_input=False)))) from None


def _problem(error: ErrorDetails) -> str:
    name = "_".join(str(part) for part in error["loc"]).upper()
    # Our own validators' words, without pydantic's "Value error, " before them.
    cause = error.get("ctx", {}).get("error") if error["type"] == "value_error" else None
    return f"{name}: {cause or error['msg']}"
