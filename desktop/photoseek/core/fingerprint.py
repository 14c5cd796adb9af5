"""A content fingerprint of the whole file: what recognises a moved, renamed or merely touched photo.

The whole content, not a sample: a retouched uncompressed TIFF or BMP can keep its size, its first
blocks and its last ones, and must still be re-embedded. The pipeline reads every new photo whole to
decode it, so fingerprinting those bytes costs a hash, not a second read.
"""

from __future__ import annotations

import hashlib

PREFIX = "b2:"  # fingerprints of earlier releases (a sample of the file) have no prefix and never match
CHUNK = 1 << 20


def fingerprint_bytes(data: bytes | memoryview) -> str:
    return PREFIX + hashlib.blake2b(data, digest_size=16).hexdigest()


def content_fingerprint(path: str) -> str:
    """The fingerprint of the file at `path`, read in chunks (raises OSError)."""
    digest = hashlib.blake2b(digest_size=16)
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return PREFIX + digest.hexdigest()
