"""`dialog-bot run` processes on demand, forked from one interpreter that imported them once.

Importing aiogram costs about three seconds of CPU; a crash test that restarts the bot twenty
times would spend a minute on imports alone. Each child runs `bot.__main__.main(["run"])`, as
`python -m bot run` does, in a fresh process that the test kills with SIGKILL.

Protocol on stdin/stdout, one line each: `spawn` → the child's pid; `kill PID` → `killed` once the
child is gone. End of input kills every child and exits.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import os
import signal
import sys

import bot.__main__
import bot.channels.telegram.channel  # what `run` imports lazily, imported once for all children
from dialogs import i18n

PR_SET_PDEATHSIG = 1

# A bot parses the Fluent files it speaks from, in every locale (about a second here); the texts
# never change, so the children share the files parsed once in this process.
i18n._parsed = functools.cache(i18n._parsed)  # type: ignore[assignment]


def spawn() -> int:
    pid = os.fork()
    if pid:
        return pid
    try:
        # Die with the zygote, so no bot outlives a test; keep off the zygote's command pipes.
        ctypes.CDLL(None).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        devnull = os.open(os.devnull, os.O_RDWR)
        os.dup2(devnull, 0)
        os.dup2(devnull, 1)
        bot.__main__.main(["run"])
    finally:
        os._exit(0)


def main() -> None:
    children: set[int] = set()
    print("ready", flush=True)
    for line in sys.stdin:
        command, _, argument = line.strip().partition(" ")
        if command == "spawn":
            pid = spawn()
            children.add(pid)
            print(pid, flush=True)
        elif command == "kill":
            pid = int(argument)
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            children.discard(pid)
            print("killed", flush=True)
    for pid in children:
        with contextlib.suppress(ProcessLookupError, ChildProcessError):
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)


if __name__ == "__main__":
    main()
