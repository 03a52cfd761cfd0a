"""The district list, loaded from a data file so that another city can bring its own."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

DEFAULT_FILE = Path(__file__).parent / "data" / "districts.toml"


@dataclass(frozen=True)
class District:
    id: str
    name: str


class DataFileError(ValueError):
    pass


def load_districts(path: Path = DEFAULT_FILE) -> tuple[District, ...]:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        districts = tuple(District(id=str(d["id"]), name=str(d["name"])) for d in raw["districts"])
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError) as error:
        raise DataFileError(f"{path}: {error}") from error
    ids = [d.id for d in districts]
    if len(set(ids)) != len(ids):
        raise DataFileError(f"{path}: district ids must be unique")
    if not districts:
        raise DataFileError(f"{path}: no districts listed")
    return districts
