"""Hub models: which files a spec needs, whether they are already downloaded, and downloading them.

A model is its weights, plus, when its text tower comes from Hugging Face `transformers` (XLM-RoBERTa,
SigLIP 2's Gemma tokenizer), that tokenizer's files and the tower's config: offline, a missing tokenizer
stops the model as surely as missing weights, so both count as "not downloaded".

No Qt here. The download reports progress and can be cancelled, which open_clip's own loader
(used by the engine) cannot do; afterwards the engine finds the files in the same caches.
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
from photoseek.core.phrases import QT_TRANSLATE_NOOP

OPEN_CLIP_WEIGHTS = "open_clip_pytorch_model.bin"
HUB_PROBE_SECONDS = 3.0
NO_HUB = "no connection to the Hugging Face hub"
# What `transformers.AutoTokenizer` may read from a tokenizer's repo; each repo holds some of them. A file
# the hub answers 404 for is recorded as absent in the cache, so "downloaded" is known offline too.
TOKENIZER_FILES = ("tokenizer_config.json", "tokenizer.json", "special_tokens_map.json", "added_tokens.json",
                   "config.json", "sentencepiece.bpe.model", "tokenizer.model", "spiece.model", "vocab.txt",
                   "vocab.json", "merges.txt")
NOT_DOWNLOADABLE = QT_TRANSLATE_NOOP("core", "The search model {model} could not be downloaded: {reason}. Try again "
                                     "when online, or choose a model folder or weights file that is already on "
                                     "this computer.")
NO_CONNECTION = QT_TRANSLATE_NOOP("core", "there is no connection to the Hugging Face hub (offline, or blocked by a "
                                  "proxy)")
DOWNLOAD_FAILED = QT_TRANSLATE_NOOP("core", "the download failed ({detail})")
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


@dataclass(frozen=True)
class HubText:
    """A text tower from Hugging Face: its tokenizer's repo (read into the model cache by open_clip) and its
    config's repo (read by `transformers` from huggingface_hub's own cache, which open_clip gives no cache_dir)."""

    tokenizer: str | None
    tower: str | None


def hub_text(spec: ModelSpec) -> HubText | None:
    """The Hugging Face parts of a hub model's text tower; None when open_clip builds it all itself."""
    if not spec.pretrained or not spec.name or spec.random_weights:
        return None
    import open_clip

    text = (open_clip.get_model_config(spec.name) or {}).get("text_cfg", {})
    tokenizer, tower = text.get("hf_tokenizer_name") or None, text.get("hf_model_name") or None
    return HubText(tokenizer, tower) if tokenizer or tower else None


def is_downloaded(spec: ModelSpec, cache_dir: Path) -> bool:
    """True unless the spec names hub files that are not in the caches yet (never touches the network)."""
    weights = hub_weights(spec)
    if weights is None:
        return True
    from huggingface_hub import try_to_load_from_cache

    if not any(isinstance(try_to_load_from_cache(weights.repo, name, cache_dir=str(cache_dir)), str)
               for name in weights.filenames):
        return False
    text = hub_text(spec)
    return text is None or all(_all_known(repo, names, cache) for repo, names, cache in _text_files(text, cache_dir))


def _text_files(text: HubText, cache_dir: Path) -> list[tuple[str, tuple[str, ...], str]]:
    """(repo, files, cache folder) for a Hugging Face text tower."""
    from huggingface_hub import constants

    files = [(text.tokenizer, TOKENIZER_FILES, str(cache_dir))] if text.tokenizer else []
    if text.tower:
        files.append((text.tower, ("config.json",), str(constants.HF_HUB_CACHE)))
    return files


def _all_known(repo: str, names: tuple[str, ...], cache: str) -> bool:
    """Each file is in the cache or known to be absent from the repo, and at least one is there."""
    from huggingface_hub import try_to_load_from_cache

    found = [try_to_load_from_cache(repo, name, cache_dir=cache) for name in names]
    return all(entry is not None for entry in found) and any(isinstance(entry, str) for entry in found)


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
    text = hub_text(spec)
    if text is not None:  # small files first: the weights' transfer is the one the progress bar ends on
        for repo, names, cache in _text_files(text, cache_dir):
            _download_known(repo, names, cache, bar, spec, cancelled)
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


def _download_known(repo: str, names: tuple[str, ...], cache: str, bar: type[Any], spec: ModelSpec,
                    cancelled: Callable[[], bool]) -> None:
    """Fetch each of `names` the repo has; the hub's 404s are recorded in the cache as absent files."""
    from huggingface_hub import hf_hub_download
    from huggingface_hub.errors import RemoteEntryNotFoundError

    for name in names:
        try:
            hf_hub_download(repo, name, cache_dir=cache, tqdm_class=bar)
        except RemoteEntryNotFoundError:
            continue
        except DownloadCancelled:
            raise
        except Exception as error:
            if cancelled():
                raise DownloadCancelled() from None
            raise ModelUnavailableError(explain_download_failure(spec, error)) from None
    if not _all_known(repo, names, cache):
        missing = FileNotFoundError(f"{repo} holds none of the files its text tower needs")
        raise ModelUnavailableError(explain_download_failure(spec, missing))


def explain_download_failure(spec: ModelSpec, error: Exception | None) -> str:
    cause = error.__cause__ if error else None
    if "LocalEntryNotFound" in type(error).__name__ and isinstance(cause, Exception) and hasattr(cause, "response"):
        error = cause  # the hub did answer, with an error (e.g. 500): say that, not "no connection"
    name = type(error).__name__ if error else ""
    detail = one_line(error) if error else "unknown error"
    if "Offline" in name or "LocalEntryNotFound" in name or "Connect" in name or "offline" in detail.lower():
        reason = NO_CONNECTION
    else:
        reason = DOWNLOAD_FAILED.format(detail=detail)
    return NOT_DOWNLOADABLE.format(model=spec.label, reason=reason)


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
