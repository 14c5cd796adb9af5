"""The vector store: one Milvus collection per model, on Milvus Lite (embedded) or a Milvus server.

Only this module speaks pymilvus. Every string that enters a filter goes through `quote`; prefix
matches are string ranges (`prefix_filter`), which Lite and servers read alike.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import numpy as np

from photoseek.core.errors import StoreError, one_line
from photoseek.core.logs import adopt_loggers
from photoseek.core.records import CatalogEntry, PhotoRecord

log = logging.getLogger("photoseek.store")

COLLECTION_PREFIX = "photos_"
CATALOG_FIELDS = ["id", "path", "size", "mtime_ns", "fingerprint"]
HIT_FIELDS = ["path", "size", "mtime_ns", "width", "height", "taken"]
PAGE = 2000


def quote(text: str) -> str:
    """A Milvus string literal for `text`: Lite accepts only the escapes \\ \" \n \r \t."""
    escaped = (text.replace("\\", "\\\\").replace('"', '\\"')
               .replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t"))
    return f'"{escaped}"'


def prefix_filter(field: str, prefix: str) -> str:
    """`field` starts with `prefix`, as a string range.

    Not `like`: Lite's `like` is SQL's (`_` a wildcard, `\\` escapes) while a Milvus 2.x server's knows
    no escapes (`_` literal, `%` only at the end), so no one pattern means "starts with" to both.
    """
    end = _prefix_end(prefix)
    if end is None:
        return f"({field} >= {quote(prefix)})"
    return f"({field} >= {quote(prefix)} and {field} < {quote(end)})"


def _prefix_end(prefix: str) -> str | None:
    """The least string above every string that starts with `prefix`; None when there is none."""
    while prefix:
        following = ord(prefix[-1]) + 1
        following += 0x800 if following == 0xD800 else 0  # surrogates cannot be stored
        if following <= 0x10FFFF:
            return prefix[:-1] + chr(following)
        prefix = prefix[:-1]
    return None


class PhotoStore:
    """The photos collection for one model fingerprint. Single writer; searches may come from any thread."""

    def __init__(self, uri: str, fingerprint: str, token: str | None = None) -> None:
        from pymilvus import MilvusClient

        adopt_loggers("pymilvus", "pymilvus.milvus_client", "pymilvus.bulk_writer")
        self.uri = uri
        self.collection = COLLECTION_PREFIX + fingerprint
        try:
            self._client = MilvusClient(uri=uri, token=token or "")
            self.exists = self._client.has_collection(self.collection)
            if self.exists:
                self._client.load_collection(self.collection)  # reopened collections start released
        except Exception as error:
            raise StoreError(_explain_open_failure(uri, error)) from None

    def ensure_collection(self, dimension: int) -> None:
        """Create this model's collection on first use."""
        if not self.exists:
            self._create(dimension)
            self.exists = True

    @staticmethod
    def local_uri(database: Path) -> str:
        return str(database)

    def _create(self, dimension: int) -> None:
        from pymilvus import DataType, MilvusClient

        schema = MilvusClient.create_schema(auto_id=False, enable_dynamic_field=False)
        schema.add_field("id", DataType.INT64, is_primary=True)
        schema.add_field("path", DataType.VARCHAR, max_length=65535)
        schema.add_field("folder", DataType.VARCHAR, max_length=65535)
        schema.add_field("ext", DataType.VARCHAR, max_length=16)
        schema.add_field("size", DataType.INT64)
        schema.add_field("mtime_ns", DataType.INT64)
        schema.add_field("fingerprint", DataType.VARCHAR, max_length=64)
        schema.add_field("width", DataType.INT32)
        schema.add_field("height", DataType.INT32)
        schema.add_field("taken", DataType.INT64)
        schema.add_field("vector", DataType.FLOAT_VECTOR, dim=dimension)
        index = self._client.prepare_index_params()
        index.add_index("vector", index_type="AUTOINDEX", metric_type="COSINE")
        # Strong: a server must show our own writes to our next query (Lite always does).
        self._client.create_collection(self.collection, schema=schema, index_params=index,
                                       consistency_level="Strong")
        log.info("created collection %s (dim %d) at %s", self.collection, dimension, self.uri)

    def other_model_collections(self) -> list[str]:
        """Collections left by other models: dropped once this model's index is complete."""
        return [name for name in self._client.list_collections()
                if name.startswith(COLLECTION_PREFIX) and name != self.collection]

    def drop_collections(self, names: Iterable[str]) -> None:
        for name in names:
            self._client.drop_collection(name)
            log.info("dropped collection %s of a previous model", name)

    def count(self) -> int:
        if not self.exists:
            return 0
        rows = self._client.query(self.collection, filter="", output_fields=["count(*)"])
        return int(rows[0]["count(*)"]) if rows else 0

    def catalog(self, where: str = "") -> Iterator[CatalogEntry]:
        """Every row (or those matching `where`) without vectors, streamed in pages."""
        if not self.exists:
            return
        iterator = self._client.query_iterator(self.collection, batch_size=PAGE,
                                               filter=where, output_fields=CATALOG_FIELDS)
        try:
            while page := iterator.next():
                for row in page:
                    yield CatalogEntry(int(row["id"]), row["path"], int(row["size"]), int(row["mtime_ns"]),
                                       row["fingerprint"])
        finally:
            iterator.close()

    def records(self, ids: list[int]) -> dict[int, PhotoRecord]:
        """Full records (with vectors) by id."""
        if not ids or not self.exists:
            return {}
        rows = self._client.get(self.collection, ids=ids)
        return {int(row["id"]): PhotoRecord.from_row(row) for row in rows}

    def upsert(self, records: list[PhotoRecord]) -> None:
        if records:
            self._client.upsert(self.collection, [r.to_row() for r in records])

    def delete(self, ids: list[int]) -> None:
        if ids and self.exists:
            self._client.delete(self.collection, ids=ids)

    def search(self, vector: np.ndarray, limit: int, where: str = "") -> list[dict[str, Any]]:
        """Nearest photos to a unit vector: dicts with the hit fields and `score` (cosine)."""
        if not self.exists:
            return []
        results = self._client.search(self.collection, data=[vector.astype(np.float32).tolist()],
                                      limit=limit, filter=where, output_fields=HIT_FIELDS,
                                      search_params={"metric_type": "COSINE"})
        hits = []
        for hit in results[0]:
            entity = dict(hit["entity"])
            entity["id"] = int(hit["id"])
            entity["score"] = float(hit["distance"])
            hits.append(entity)
        return hits

    def flush(self) -> None:
        if self.exists:
            self._client.flush(self.collection)

    def close(self) -> None:
        self._client.close()


def _explain_open_failure(uri: str, error: Exception) -> str:
    detail = one_line(error, 160)
    if "://" in uri:
        return f"cannot reach the Milvus server at {uri}: {detail}"
    if "Open local milvus failed" in str(error):
        return f"the index {uri} is in use by another program (is another PhotoSeek running?)"
    return f"cannot open the index {uri}: {detail}"
