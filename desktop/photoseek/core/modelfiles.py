"""Hub models: which weights file a spec needs, whether it is already downloaded, and downloading it.

No Qt here. The download reports progress and can be cancelled, which open_clip's own loader
(used by the engine) cannot do; afterwards the engine finds the file in the same cache.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from photoseek.core.errors import ModelUnavailableError, one_line
from photoseek.core.modelspec import ModelSpec

OPEN_CLIP_WEIGHTS = "open_clip_pytorch_model.bin"
HUB_PROBE_SECONDS = 3.0
NO_HUB = "no connection to the Hugging Face hub"
ProgressReport = Callable[[int, int], None]  # bytes done, bytes total (0 if unknown)


class DownloadCancelled(Exception):
    """The user cancelled the download; huggingface_hub deletes the partial file, so a later one starts over."""


@dataclass(frozen=True)
class HubWeights:
    repo: str
    filenames: tuple[str, ...]  # safetensors first, as open_clip prefers it


def hub_weights(spec: ModelSpec) -> HubWeights | None:
    """Where a hub model's weights live; None for local models and URL-only downloads."""
    if not spec.pretrained or not spec.name or spec.random_weights:
        return None
    import open_clip

    hub = open_clip.get_pretrained_cfg(spec.name, spec.pretrained).get("hf_hub", "")
    if not hub:
        return None
    repo, filename = os.path.split(hub)
    filename = filename or OPEN_CLIP_WEIGHTS
    if filename == OPEN_CLIP_WEIGHTS:
        names: tuple[str, ...] = ("open_clip_model.safetensors", filename)
    elif filename.endswith((".bin", ".pth")):
        names = (filename[:-4] + ".safetensors", filename)
    else:
        names = (filename,)
    return HubWeights(repo, names)


def is_downloaded(spec: ModelSpec, cache_dir: Path) -> bool:
    """True unless the spec names hub weights that are not in `cache_dir` yet (never touches the network)."""
    weights = hub_weights(spec)
    if weights is None:
        return True
    from huggingface_hub import try_to_load_from_cache

    return any(isinstance(try_to_load_from_cache(weights.repo, name, cache_dir=str(cache_dir)), str)
               for name in weights.filenames)


def hub_reachable(timeout: float = HUB_PROBE_SECONDS) -> bool:
    """Whether the Hugging Face hub takes a connection now (a configured proxy is trusted to).

    Asked before a download: offline, the hub client retries for about 50 s, printing each retry, before
    it gives up; a machine without a network should hear so at once.
    """
    from huggingface_hub import constants

    if constants.HF_HUB_OFFLINE:
        return False
    if any(os.environ.get(name) for name in ("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy")):
        return True
    endpoint = urlsplit(constants.ENDPOINT)
    port = endpoint.port or (443 if endpoint.scheme == "https" else 80)
    try:
        with socket.create_connection((endpoint.hostname or "", port), timeout=timeout):
            return True
    except OSError:
        return False


def download(spec: ModelSpec, cache_dir: Path, progress: ProgressReport,
             cancelled: Callable[[], bool]) -> str:
    """Fetch the weights into `cache_dir`; raises DownloadCancelled or ModelUnavailableError."""
    weights = hub_weights(spec)
    if weights is None:
        raise ModelUnavailableError(f"{spec.label} has no downloadable weights")
    from huggingface_hub import hf_hub_download
    from huggingface_hub.errors import RemoteEntryNotFoundError

    if not hub_reachable():
        raise ModelUnavailableError(explain_download_failure(spec, ConnectionError(NO_HUB)))
    bar = _progress_bar_class(progress, cancelled)
    last_error: Exception | None = None
    for name in weights.filenames:
        try:
            return str(hf_hub_download(weights.repo, name, cache_dir=str(cache_dir), tqdm_class=bar))
        except DownloadCancelled:
            raise
        except Exception as error:  # the hub raises many types; explain the last
            last_error = error
            if cancelled():
                raise DownloadCancelled() from None
            if not isinstance(error, RemoteEntryNotFoundError):
                break  # offline or a failing hub: the next file would fail alike, after the same retries (~25 s)
    raise ModelUnavailableError(explain_download_failure(spec, last_error))


def explain_download_failure(spec: ModelSpec, error: Exception | None) -> str:
    cause = error.__cause__ if error else None
    if "LocalEntryNotFound" in type(error).__name__ and isinstance(cause, Exception) and hasattr(cause, "response"):
        error = cause  # the hub did answer, with an error (e.g. 500): say that, not "no connection"
    name = type(error).__name__ if error else ""
    detail = one_line(error) if error else "unknown error"
    if "Offline" in name or "LocalEntryNotFound" in name or "Connect" in name or "offline" in detail.lower():
        reason = "there is no connection to the Hugging Face hub (offline, or blocked by a proxy)"
    else:
        reason = f"the download failed ({detail})"
    return (f"The search model {spec.label} could not be downloaded: {reason}. Try again when online, "
            "or choose a model folder or weights file that is already on this computer.")


def _progress_bar_class(progress: ProgressReport, cancelled: Callable[[], bool]) -> type[Any]:
    """A tqdm-compatible class for huggingface_hub that reports bytes and stops when cancelled."""

    class Bar:
        disable = False

        def __init__(self, *args: object, total: int | None = None, initial: int = 0, **kwargs: object) -> None:
            self.total = int(total or 0)
            self.n = int(initial or 0)

        def update(self, n: int = 1) -> None:
            if cancelled():
                raise DownloadCancelled()
            self.n += int(n or 0)
            progress(self.n, self.total)

        def __getattr__(self, name: str) -> Callable[..., None]:
            return lambda *a, **k: None  # set_description, refresh, close, …: nothing to show

        def __enter__(self) -> Bar:
            return self

        def __exit__(self, *exc: object) -> None:
            return None

    return Bar
