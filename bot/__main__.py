"""The entry point of `dialog-bot` and `python -m bot`: loads the commands (bot.cli) the quick way."""

from __future__ import annotations

import gc
import importlib
import sys


def main(argv: list[str] | None = None) -> None:
    if "bot.cli" not in sys.modules:
        _load_with_the_collector_paused()
    from bot.cli import main as command_line

    command_line(argv)


def _load_with_the_collector_paused() -> None:
    """Loading the program makes some 130,000 objects that live as long as the process. The
    collector's passes over them, while they are made and at its first passes after, cost a
    tenth of the terminal chat's start (benchmarks.startup). So it is paused meanwhile, and
    then everything the process holds is frozen: left out of every later pass. The thousand or
    so objects the imports left as garbage are frozen with it (a quarter of a megabyte, once).
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        importlib.import_module("bot.cli")
    finally:
        gc.freeze()
        if collecting:
            gc.enable()


if __name__ == "__main__":
    main()
