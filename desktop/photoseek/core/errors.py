"""Errors a user can act on: each carries one line that says what went wrong and what to do."""

from __future__ import annotations


def one_line(error: BaseException, limit: int = 200) -> str:
    """An exception's message squeezed onto one line (libraries' messages often span several)."""
    return " ".join(str(error).split())[:limit] or type(error).__name__


class PhotoSeekError(Exception):
    """Base class: str(error) is a complete one-line message for the user."""


class ModelUnavailableError(PhotoSeekError):
    """The CLIP model could not be found, downloaded or loaded."""


class LibraryError(PhotoSeekError):
    """A library folder or setting is unusable."""


class HomeLockedError(PhotoSeekError):
    """Another running PhotoSeek holds this app home."""


class StoreError(PhotoSeekError):
    """The vector database could not be opened or used."""


class QueryError(PhotoSeekError):
    """A search request is invalid (empty text, unreadable query image, bad filter)."""


class ImageError(PhotoSeekError):
    """A photo could not be read; the message is the one-line reason recorded for it."""
