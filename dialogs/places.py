"""The district list, loaded from a data file so that another city can bring its own."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

DEFAULT_FILE = Path(__file__).parent / "data" / "districts.toml"


LANGUAGES = ("pl", "uk", "en", "ru")


@dataclass(frozen=True)
class District:
    id: str
    names: dict[str, str]  # by language; every language the bot speaks has one

    def name(self, locale: str) -> str:
        return self.names[locale]


class DataFileError(ValueError):
    pass


def load_districts(path: Path = DEFAULT_FILE) -> tuple[District, ...]:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        districts = tuple(
            District(id=str(d["id"]), names={k: str(v) for k, v in d["names"].items()})
            for d in raw["districts"]
        )
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError, AttributeError) as error:
        raise DataFileError(f"{path}: {error}") from error
    for district in districts:
        missing = [lang for lang in LANGUAGES if not district.names.get(lang, "").strip()]
        if missing:
            raise DataFileError(f"{path}: {district.id!r} has no name in {', '.join(missing)}")
    ids = [d.id for d in districts]
    if len(set(ids)) != len(ids):
        raise DataFileError(f"{path}: district ids must be unique")
    if not districts:
        raise DataFileError(f"{path}: no districts listed")
    return districts
