"""FixtureServer: serves a built Site from a ThreadingHTTPServer on 127.0.0.1."""

from __future__ import annotations

import threading
import time
from collections import defaultdict, deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from .model import Page
from .shell import error_html

if TYPE_CHECKING:
    from collections.abc import Callable

    from .model import Site

NOT_FOUND = Page(404, "text/html; charset=utf-8", error_html(404).encode("utf-8"))
#: A "page" that closes the connection without answering (an unreachable resource).
DROP = Page(0, "", b"")


class SiteHTTPServer(ThreadingHTTPServer):
    """HTTP server that knows its site and records every request target."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int]) -> None:
        super().__init__(address, SiteHandler)
        self.site: Site | None = None
        self.requested: list[str] = []
        self.timeline: list[tuple[float, str]] = []
        self.injected: defaultdict[str, deque[Page]] = defaultdict(deque)
        self.lock = threading.Lock()

    def record(self, target: str) -> Page | None:
        """Remember a requested path+query (and when); the next injected answer for its path."""
        with self.lock:
            self.requested.append(target)
            self.timeline.append((time.monotonic(), target))
            queue = self.injected.get(urlsplit(target).path)
            return queue.popleft() if queue else None


class SiteHandler(BaseHTTPRequestHandler):
    """Answers GET and HEAD from the site's pages; query strings are ignored for lookup."""

    server: SiteHTTPServer
    server_version = "FixtureNews/1.0"

    def do_GET(self) -> None:
        """Serve a page with its body."""
        self.respond(with_body=True)

    def do_HEAD(self) -> None:
        """Serve a page's headers only."""
        self.respond(with_body=False)

    def respond(self, with_body: bool) -> None:
        """Look the path up and send status, headers and (for GET) the body."""
        page = self.server.record(self.path)
        if page is None:
            site = self.server.site
            page = site.pages.get(urlsplit(self.path).path, NOT_FOUND) if site else NOT_FOUND
        if page is DROP:
            self.close_connection = True
            return
        self.send_response(page.status)
        self.send_header("Content-Type", page.content_type)
        # A page's own Content-Length (a fault: longer or shorter than its body) wins.
        if "Content-Length" not in page.headers:
            self.send_header("Content-Length", str(len(page.body)))
        for name, value in page.headers.items():
            self.send_header(name, value)
        self.end_headers()
        if with_body:
            self.wfile.write(page.body)

    def log_message(self, format: str, *args: Any) -> None:
        """Keep test output quiet."""


class FixtureServer:
    """Context manager: bind 127.0.0.1:port (0 = any free port), build the site, serve it.

    `with FixtureServer(build_news_site) as srv:` gives `srv.base_url`, `srv.site` and
    `srv.requested` (every requested path+query, in order). Faults: `srv.site.pages[path] =
    Page(...)` changes a page for good (`DROP` closes the connection unanswered);
    `srv.inject(path, *pages)` answers the next requests for `path` with `pages` first.
    """

    def __init__(
        self, builder: Callable[[str], Site], host: str = "127.0.0.1", port: int = 0
    ) -> None:
        self.builder = builder
        self.host = host
        self.port = port
        self.base_url = ""
        # Every requested path+query, in arrival order (appended under a lock).
        self.requested: list[str] = []
        self._httpd: SiteHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def site(self) -> Site:
        """The site being served."""
        if self._httpd is None or self._httpd.site is None:
            raise RuntimeError("server not started")
        return self._httpd.site

    def inject(self, path: str, *pages: Page) -> None:
        """Answer the next ``len(pages)`` requests for ``path`` with ``pages``, in order."""
        assert self._httpd is not None, "server not started"
        with self._httpd.lock:
            self._httpd.injected[path].extend(pages)

    @property
    def timeline(self) -> list[tuple[float, str]]:
        """(time.monotonic(), path+query) of every request, in arrival order."""
        assert self._httpd is not None, "server not started"
        return self._httpd.timeline

    def start(self) -> FixtureServer:
        """Bind, build the site for the bound port and start serving in a daemon thread."""
        self._httpd = SiteHTTPServer((self.host, self.port))
        self._httpd.requested = self.requested
        self.port = self._httpd.server_address[1]
        self.base_url = f"http://{self.host}:{self.port}"
        try:
            self._httpd.site = self.builder(self.base_url)
        except BaseException:
            self._httpd.server_close()
            raise
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, name="fixture-site", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the socket."""
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FixtureServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
