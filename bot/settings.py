"""Every setting the bot reads, from the environment and `.env` (listed in `.env.example`)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

Locale = Literal["pl", "uk", "en", "ru"]


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

    def resolved_database_url(self) -> str:
        """The configured URL, or an SQLite file in the data folder."""
        if self.database_url:
            return self.database_url
        return f"sqlite+aiosqlite:///{self.data_dir / 'dialog-bot.sqlite3'}"
