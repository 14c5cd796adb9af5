"""Errors a user can act on: each carries one line that says what went wrong and what to do."""

from __future__ import annotations

from pathlib import Path


def one_line(error: BaseException, limit: int = 200) -> str:
    """An exception's message squeezed onto one line (libraries' messages often span several)."""
    return " ".join(str(error).split())[:limit] or type(error).__name__


class PhotoSeekError(Exception):
    """Base class: str(error) is a complete one-line message for the user."""


class ModelUnavailableError(PhotoSeekError):
    """The CLIP model could not be found, downloaded or loaded."""


class ModelMismatchError(PhotoSeekError):
    """A --model / PHOTOSEEK_MODEL that is not the model the library is indexed with."""

    def __init__(self, requested: str, library: str) -> None:
        super().__init__(
            f"this library is indexed with the model {library}, not {requested}; to switch models (the "
            f"photos are re-embedded in the background, search keeps working meanwhile): photoseek config set "
            f"model {requested!r}, or photoseek --model {requested!r} index --switch-model"
        )
        self.requested, self.library = requested, library


class LibraryError(PhotoSeekError):
    """A library folder or setting is unusable."""


class ConfigError(LibraryError):
    """A setting's value is invalid (from `photoseek config set`, the Settings dialog or the file)."""


class DamagedFileError(LibraryError):
    """One of the app home's files cannot be read or has the wrong shape."""

    def __init__(self, path: Path, what: str, detail: str, remedy: str = "") -> None:
        super().__init__(f"the {what} file {path} is damaged ({detail})" + (f": {remedy}" if remedy else ""))
        self.path, self.what, self.detail = path, what, detail


class HomeLockedError(PhotoSeekError):
    """Another running PhotoSeek holds this app home."""


class InstanceUnreachableError(PhotoSeekError):
    """The PhotoSeek window holding the home did not answer the command line's request."""


class StoreError(PhotoSeekError):
    """The vector database could not be opened or used."""


class StoreLockedError(StoreError):
    """The local database is held by another process."""


class StoreDamagedError(StoreError):
    """The local database is damaged: `photoseek rebuild` re-creates it from the library."""


class StoreUnreachableError(StoreError):
    """A Milvus server cannot be reached."""


class IndexLostError(StoreError):
    """The index holds far fewer photos than the last run left: damaged, or emptied by someone else."""


class QueryError(PhotoSeekError):
    """A search request is invalid (empty text, unreadable query image, bad filter)."""


class ImageError(PhotoSeekError):
    """A photo could not be read; the message is the one-line reason recorded for it."""
