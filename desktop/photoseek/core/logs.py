"""Logging: named loggers per area, a rotating file in the app home, faulthandler for native crashes."""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import warnings
from pathlib import Path
from typing import IO

_crash_file: IO[str] | None = None


def setup_logging(log_dir: Path, verbose: bool = False, console: bool = True) -> Path:
    """Log to `log_dir/photoseek.log` (rotating) and, if asked, to stderr. Returns the log file."""
    global _crash_file
    log_dir.mkdir(parents=True, exist_ok=True)
    log_file = log_dir / "photoseek.log"
    root = logging.getLogger("photoseek")
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    # backslashreplace: a file name with undecodable bytes is logged as \udcXX, never a logging error
    file_handler = logging.handlers.RotatingFileHandler(log_file, maxBytes=2_000_000, backupCount=3,
                                                        encoding="utf-8", errors="backslashreplace")
    file_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(file_handler)
    if console:
        stream = logging.StreamHandler()
        stream.setLevel(logging.DEBUG if verbose else logging.WARNING)
        stream.setFormatter((logging.Formatter if verbose else _OneLine)("photoseek: %(message)s"))
        root.addHandler(stream)
    root.propagate = False
    # Dependencies log to the root logger (some call basicConfig, which would print to stderr):
    # give it our file first, so their messages go to the log and never to a user's terminal.
    top = logging.getLogger()
    for handler in list(top.handlers):
        top.removeHandler(handler)
    top.addHandler(file_handler)
    # Decoders' and watchdog's warnings (Pillow's UserWarnings, DecompressionBombWarning, ...) are
    # chatter for the log, not lines on a user's terminal.
    logging.captureWarnings(True)
    quiet_dependencies()
    if _crash_file is None:
        _crash_file = open(log_dir / "crash.log", "a", encoding="utf-8",  # noqa: SIM115 - lives for the process
                           errors="backslashreplace")
        faulthandler.enable(_crash_file)
    return log_file


class _OneLine(logging.Formatter):
    """The terminal gets the message; the traceback stays in the log file (`-v` shows it)."""

    def format(self, record: logging.LogRecord) -> str:
        saved = record.exc_info, record.exc_text, record.stack_info
        record.exc_info = record.exc_text = record.stack_info = None
        try:
            return super().format(record)
        finally:
            record.exc_info, record.exc_text, record.stack_info = saved


def quiet_dependencies() -> None:
    """Milvus Lite and open_clip log expected conditions as errors/warnings; keep them in their place."""
    # Lite's in-process gRPC adapter logs "AllocTimestamp: Method not implemented" tracebacks on
    # collection creation; they are harmless (FIELD-NOTES) and must not reach a user's terminal.
    for name in ("pymilvus", "milvus_lite", "grpc"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    for name in ("open_clip", "huggingface_hub", "PIL", "watchdog", "timm"):
        logging.getLogger(name).setLevel(logging.ERROR)
    logging.getLogger().setLevel(logging.WARNING)
    warnings.filterwarnings("ignore", module="pymilvus")
    warnings.filterwarnings("ignore", module="milvus_lite")


def adopt_loggers(*names: str) -> None:
    """Take back loggers a dependency wired to the console at import (pymilvus does): to our log file."""
    for name in names:
        logger = logging.getLogger(name)
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
        logger.propagate = True
        logger.setLevel(logging.ERROR)
