"""A stand-in Hugging Face hub on 127.0.0.1 that the real huggingface_hub client downloads from.

It answers what `hf_hub_download` asks: a HEAD for the file's metadata (commit, ETag, size) and a
GET for its bytes, under /{repo}/resolve/{revision}/{filename}. It never announces Xet storage, so
the client uses plain HTTP. Until `full_speed` is set it sends in small chunks with pauses, so a
test can watch a transfer in flight and see whether the client hangs up before the end.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from urllib.parse import unquote, urlsplit

import pytest

CHUNK = 128 * 1024
PAUSE = 0.01  # seconds between chunks while not at full speed: about 12 MiB/s


@dataclass
class Transfer:
    """One GET of a file: how many bytes went out, and whether the client hung up before the end."""

    path: str
    size: int
    sent: int = 0
    hung_up: bool = False


class LocalHub:
    """Serves files added with `add`; `failure` = (method, status) makes that method fail instead."""

    def __init__(self) -> None:
        self.files: dict[tuple[str, str], bytes] = {}
        self.failure: tuple[str, int] | None = None
        self.full_speed = threading.Event()
        self.requests: list[tuple[str, str]] = []  # (method, path) as received
        self.transfers: list[Transfer] = []
        self.transfer_ended = threading.Event()
        self._server = _HubServer(self)
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), name="local-hub")

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def file_requests(self) -> list[tuple[str, str]]:
        """(method, path) of the requests for files; the client also asks, once per process, for
        /api/agent-harnesses (for its User-Agent), which gets a 404 here."""
        return [(method, path) for method, path in self.requests if "/resolve/" in path]

    def add(self, repo: str, filename: str, data: bytes) -> None:
        self.files[(repo, filename)] = data

    def point_client_here(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Aim huggingface_hub at this server and lift the test suite's offline mode, for one test.

        huggingface_hub reads its environment once, at import, into `constants`; its calls read
        those attributes, so both the environment and the constants are patched.
        """
        from huggingface_hub import constants

        for name, value in {"HF_ENDPOINT": self.url, "HF_HUB_DISABLE_XET": "1",
                            "HF_HUB_DISABLE_IMPLICIT_TOKEN": "1"}.items():
            monkeypatch.setenv(name, value)
        monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
        monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)
        monkeypatch.setattr(constants, "ENDPOINT", self.url)
        monkeypatch.setattr(constants, "HUGGINGFACE_CO_URL_TEMPLATE",
                            self.url + "/{repo_id}/resolve/{revision}/{filename}")
        monkeypatch.setattr(constants, "HF_HUB_DISABLE_XET", True)
        monkeypatch.setattr(constants, "HF_HUB_DISABLE_IMPLICIT_TOKEN", True)  # never send a user's token

    def __enter__(self) -> LocalHub:
        self._thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.full_speed.set()  # let any transfer still in flight finish
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(10)


def _commit_of(repo: str) -> str:
    return hashlib.sha1(repo.encode()).hexdigest()


class _HubServer(ThreadingHTTPServer):
    daemon_threads = False  # server_close joins the handler threads

    def __init__(self, hub: LocalHub) -> None:
        super().__init__(("127.0.0.1", 0), _HubHandler)
        self.hub = hub


class _HubHandler(BaseHTTPRequestHandler):
    server: _HubServer

    @property
    def hub(self) -> LocalHub:
        return self.server.hub

    def do_HEAD(self) -> None:  # noqa: N802 (http.server's naming)
        self._answer(send_body=False)

    def do_GET(self) -> None:  # noqa: N802
        self._answer(send_body=True)

    def log_message(self, format: str, *args: object) -> None:
        pass  # the test output stays quiet; `hub.requests` keeps what was asked

    def _answer(self, send_body: bool) -> None:
        hub = self.hub
        hub.requests.append((self.command, self.path))
        repo, filename = _split_resolve_path(self.path)
        if hub.failure is not None and hub.failure[0] == self.command:
            self._empty(hub.failure[1], {"Retry-After": "0"})  # the client's retries wait 1 s, not up to 8
        elif (repo, filename) in hub.files:
            self._file(hub.files[(repo, filename)], _commit_of(repo), send_body)
        elif any(known == repo for known, _ in hub.files):
            self._empty(404, {"X-Error-Code": "EntryNotFound", "X-Repo-Commit": _commit_of(repo)})
        else:
            self._empty(404, {"X-Error-Code": "RepoNotFound"})

    def _empty(self, status: int, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _file(self, data: bytes, commit: str, send_body: bool) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("ETag", f'"{hashlib.sha256(data).hexdigest()}"')
        self.send_header("X-Repo-Commit", commit)
        self.end_headers()
        if send_body:
            self._send_paced(data)

    def _send_paced(self, data: bytes) -> None:
        hub = self.hub
        transfer = Transfer(self.path, len(data))
        hub.transfers.append(transfer)
        try:
            for start in range(0, len(data), CHUNK):
                self.wfile.write(data[start:start + CHUNK])
                transfer.sent += len(data[start:start + CHUNK])
                hub.full_speed.wait(PAUSE)
        except (BrokenPipeError, ConnectionResetError):
            transfer.hung_up = True
        finally:
            hub.transfer_ended.set()


def _split_resolve_path(path: str) -> tuple[str, str]:
    """'/{repo}/resolve/{revision}/{filename}' → (repo, filename); ('', '') for anything else."""
    repo, marker, rest = unquote(urlsplit(path).path).lstrip("/").partition("/resolve/")
    if not marker or "/" not in rest:
        return "", ""
    return repo, rest.split("/", 1)[1]
