"""Serve a fixture site, optionally around a command.

    python -m tests.fixture_site {news,seeds} [--port N] [-- CMD ARGS...]

With a command, `{base}` in its arguments is replaced by the base URL, the command runs while
the site is served, and its exit code is returned. Without one, the base URL is printed and
the site is served until Ctrl-C.
"""

from __future__ import annotations

import argparse
import signal
import subprocess
import sys
import threading

from .pages import build_news_site
from .seeds import build_seed_site
from .server import FixtureServer

BUILDERS = {"news": build_news_site, "seeds": build_seed_site}


def parse(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    """Split `argv` at `--` into our options and the command to run."""
    own, command = argv, []
    if "--" in argv:
        cut = argv.index("--")
        own, command = argv[:cut], argv[cut + 1 :]
    parser = argparse.ArgumentParser(
        prog="python -m tests.fixture_site",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("site", choices=sorted(BUILDERS), help="which fixture site to serve")
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (0 = any free)")
    return parser.parse_args(own), command


def serve_forever(srv: FixtureServer) -> None:
    """Print the base URL and block until Ctrl-C or SIGTERM."""
    print(srv.base_url, flush=True)
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    while not stop.wait(0.5):
        pass


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit code."""
    args, command = parse(sys.argv[1:] if argv is None else argv)
    with FixtureServer(BUILDERS[args.site], port=args.port) as srv:
        if not command:
            serve_forever(srv)
            return 0
        print(f"fixture site {args.site} at {srv.base_url}", file=sys.stderr, flush=True)
        resolved = [part.replace("{base}", srv.base_url) for part in command]
        try:
            return subprocess.run(resolved, check=False).returncode
        except FileNotFoundError:
            print(f"command not found: {resolved[0]}", file=sys.stderr)
            return 127


if __name__ == "__main__":
    sys.exit(main())
