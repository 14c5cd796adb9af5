"""The vector store: a Milvus Lite file or a Milvus server, with one collection per library and model.

Only this module speaks pymilvus, and no pymilvus or gRPC exception leaves it: every call goes through
`MilvusDatabase.call`, which raises the engine's StoreError types. Every string that enters a filter
goes through `quote`; prefix matches are string ranges (`prefix_filter`), which Lite and servers read
alike. Bulk writes and reads go in bounded batches, well inside gRPC's message limits.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from photoseek.core import liteserver
from photoseek.core.errors import (
    StoreDamagedError,
    StoreError,
    StoreUnreachableError,
    one_line,
)
from photoseek.core.litecheck import check_database, drop_vector_indexes
from photoseek.core.logs import adopt_loggers
from photoseek.core.records import CAMERA_BYTES, CatalogEntry, PhotoRecord
from photoseek.core.vectorcache import VectorCache

log = logging.getLogger("photoseek.store")

COLLECTION_PREFIX = "photos_"
CATALOG_FIELDS = ["id", "path", "size", "mtime_ns", "fingerprint"]
HIT_FIELDS = ["path", "size", "mtime_ns", "width", "height", "taken"]
STORED_FIELDS = ["id", "path", "size", "mtime_ns", "fingerprint", "width", "height", "taken", "camera", "vector"]
UPGRADE_PREFIX = "upgrading_"  # an older collection's copy with the current fields, while it is made
PAGE = 2000  # rows per catalog page
ROWS_PER_WRITE = 1000  # ~2 MB at 512 dimensions: far below any gRPC limit
IDS_PER_CALL = 4000
SIZES_PER_QUERY = 1_000  # file sizes in one `size in [...]` filter
ROWS_PER_SLICE = 50_000  # catalog rows per Lite query: ~8 MB of paths and sizes, far below its message limit
VECTORS_PER_SLICE = 8_000  # rows with vectors per Lite query: ~130 MB as Python floats before numpy takes them
METADATA_PROPERTY = "photoseek.about"
# pymilvus pings every 10 s even when idle; Lite's in-process server answers the third idle ping with
# GOAWAY "too_many_pings", after which re-opening the database fails. Local connections need no keepalive.
LOCAL_GRPC_OPTIONS = {"grpc.keepalive_time_ms": 2**31 - 1, "grpc.keepalive_permit_without_calls": 0}
T = TypeVar("T")


def collection_name(library_id: str, fingerprint: str) -> str:
    """The collection that holds one library's photos embedded by one model."""
    return f"{COLLECTION_PREFIX}{library_id}_{fingerprint}"


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


def folder_filter(folder: str) -> str:
    """Rows at or below `folder`."""
    return f"(path == {quote(folder)} or {prefix_filter('path', os.path.join(folder, ''))})"


def _prefix_end(prefix: str) -> str | None:
    """The least string above every string that starts with `prefix`; None when there is none."""
    while prefix:
        following = ord(prefix[-1]) + 1
        following += 0x800 if following == 0xD800 else 0  # surrogates cannot be stored
        if following <= 0x10FFFF:
            return prefix[:-1] + chr(following)
        prefix = prefix[:-1]
    return None


def _chunks(items: list[T], size: int) -> Iterator[list[T]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


class MilvusDatabase:
    """One connection for the engine's lifetime; opens `PhotoCollection`s on it."""

    def __init__(self, uri: str, token: str | None = None, keep_search_warm: bool = False) -> None:
        """`keep_search_warm`: a long-lived process (the window, `watch`) reads a Lite collection's vectors
        into memory in the background when no saved copy exists, for fast searches (see vectorcache)."""
        import pymilvus  # noqa: F401 - it wires its loggers to the console at import: take them back after

        adopt_loggers("pymilvus", "pymilvus.milvus_client", "pymilvus.bulk_writer")
        self.uri = uri
        self.token = token or ""
        self.local = "://" not in uri
        self.search_cache = search_cache_folder(uri) if self.local else None
        self.keep_search_warm = keep_search_warm
        # One call at a time: an index run's writes and a search from another thread share the client
        # (Lite serves one caller at a time anyway; on a server a call waits for at most a batch's write).
        self._lock = threading.RLock()
        self._client: Any = None
        self._served: str | None = None  # the URI of this Lite folder's server, while this object uses it
        self._collections: dict[str, PhotoCollection] = {}
        self._connect()

    # -- the connection ---------------------------------------------------------------------

    def _connect(self) -> None:
        from pymilvus import MilvusClient

        options = {}
        if self.local:
            options["grpc_options"] = LOCAL_GRPC_OPTIONS
            if self._served is None:  # once per database object: a reconnect reuses its server
                if not liteserver.opened(self.uri):  # (our own lock would look like another's)
                    check_database(Path(self.uri))
                try:
                    self._served = liteserver.acquire(self.uri)
                except Exception as error:
                    raise _open_error(self.uri, error) from None
        for attempt in (1, 2):
            try:
                self._client = MilvusClient(uri=self._served or self.uri, token=self.token, **options)
                self._client.list_collections()  # a server that is not there fails here, not later
                return
            except Exception as error:
                self._client = None
                if attempt == 1 and self.local and _is_connection_error(error):
                    continue  # a connection Lite's server dropped while idle: a fresh one works
                self._stop_serving()
                raise _open_error(self.uri, error) from None

    def call(self, action: str, operation: Callable[[Any], T], retry: bool = True) -> T:
        """Run `operation(client)`; pymilvus and gRPC failures become StoreErrors.

        A connection the gRPC layer dropped (Lite's in-process server sends GOAWAY after a long idle)
        is re-opened once and the operation retried: every operation here is safe to repeat.
        """
        with self._lock:
            for attempt in (1, 2) if retry else (2,):
                if self._client is None:
                    self._connect()
                try:
                    return operation(self._client)
                except StoreError:
                    raise
                except Exception as error:
                    if attempt == 1 and _is_connection_error(error):
                        log.info("store connection lost during %s (%s): reconnecting", action, one_line(error, 120))
                        self._drop_client()
                        continue
                    raise _call_error(self.uri, action, error) from None
        raise AssertionError("unreachable")

    def _drop_client(self) -> None:
        client, self._client = self._client, None
        try:
            client.close()
        except Exception:  # it is being replaced because it is broken
            log.debug("closing a broken client failed", exc_info=True)

    def close(self) -> None:
        """Close the connection; the last one to a Lite folder also stops its server and frees its lock."""
        with self._lock:
            collections, self._collections = list(self._collections.values()), {}
        for collection in collections:  # (outside the lock: a search copy being read needs it to stop)
            collection.close()
        with self._lock:
            self._release()

    def _release(self) -> None:
        if self._client is not None:
            self._drop_client()
        self._stop_serving()

    def _stop_serving(self) -> None:
        if self._served is not None:
            self._served = None
            liteserver.release(self.uri)


    # -- collections --------------------------------------------------------------------------

    def collection_names(self, prefix: str = COLLECTION_PREFIX) -> list[str]:
        return sorted(n for n in self.call("list", lambda c: c.list_collections()) if n.startswith(prefix))

    def has(self, name: str) -> bool:
        return bool(self.call("check", lambda c: c.has_collection(name)))

    def about(self, name: str) -> dict[str, Any]:
        """What a collection recorded about itself at creation (library, model), or {} for older ones."""
        info = self.call("describe", lambda c: c.describe_collection(name))
        properties = info.get("properties") or {}
        try:
            data = json.loads(properties.get(METADATA_PROPERTY) or "{}")
        except (ValueError, TypeError):
            return {}
        return data if isinstance(data, dict) else {}

    def drop(self, name: str) -> None:
        self.call("drop", lambda c: c.drop_collection(name))
        log.info("dropped collection %s", name)
        self.forget(name)  # (outside the call's lock: the copy takes its own)

    def forget(self, name: str) -> None:
        """A collection that is no more: its object and its search copy go too."""
        with self._lock:
            collection = self._collections.pop(name, None)
        if collection is not None:
            collection.forget()
        elif self.search_cache is not None:
            (self.search_cache / f"{name}.npz").unlink(missing_ok=True)

    def collection(self, name: str) -> PhotoCollection:
        """The one `PhotoCollection` of this name (its search copy must see every write made through it)."""
        collection = self._collections.get(name)  # (without the lock: a search must not wait for a long read)
        if collection is not None:
            return collection
        with self._lock:
            if name not in self._collections:
                self._collections[name] = PhotoCollection(self, name)
            return self._collections[name]


def search_cache_folder(uri: str) -> Path:
    """Where the in-memory search copies of a Lite database's collections are kept between runs."""
    database = Path(uri)
    return database.with_name(database.name + ".search-cache")


def release_local(uri: str) -> None:
    """Stop Lite's in-process server for a database folder (and its lock), so the folder can be replaced."""
    liteserver.release_all_of(uri)


class PhotoCollection:
    """The photos of one library embedded by one model. Single writer; searches may come from any thread."""

    def __init__(self, db: MilvusDatabase, name: str) -> None:
        self.db = db
        self.name = name
        self.exists = db.has(name) or self._finish_upgrade()
        self._fields: set[str] | None = None
        self._cache: VectorCache | None = None
        self._looked_for_saved_cache = False
        self._cache_lock = threading.Lock()  # the writer and a searcher may both be first to want the copy
        if self.exists:
            self._load()

    def _load(self) -> None:
        """Reopened collections start released. A broken vector index is derived data: rebuild it."""
        try:
            self.db.call("load", lambda c: c.load_collection(self.name))
        except StoreError as error:
            if not self.db.local:
                raise
            dropped = drop_vector_indexes(Path(self.db.uri), self.name)
            log.warning("the vector index of %s could not be loaded (%s): rebuilding it from the stored vectors "
                        "(%d files)", self.name, error, dropped)
            try:
                self.db.call("load", lambda c: c.load_collection(self.name))
            except StoreError as again:
                raise StoreDamagedError(f"the index {self.db.uri} is damaged ({one_line(again, 120)}): "
                                        "`photoseek rebuild` re-creates it from your library folders") from None

    @property
    def fields(self) -> set[str]:
        if self._fields is None:
            info = self.db.call("describe", lambda c: c.describe_collection(self.name)) if self.exists else {}
            self._fields = {str(f["name"]) for f in info.get("fields", ())}
        return self._fields

    @property
    def outdated(self) -> bool:
        """Made by an older PhotoSeek, without a field this one stores (the camera): see `upgrade`."""
        return self.exists and not set(STORED_FIELDS) <= self.fields

    def upgrade(self, cameras: Callable[[list[str]], list[str]], tick: Callable[[int], None]) -> None:
        """Re-create an outdated collection with every current field, each row's vector and metadata kept
        and its camera read by `cameras` (paths → names). The copy is complete before the original is
        dropped and the copy renamed: killed at any point, one of the two remains (`_finish_upgrade`)."""
        copy = UPGRADE_PREFIX + self.name
        if self.db.has(copy):  # an upgrade cut off while copying
            self.db.call("drop", lambda c: c.drop_collection(copy))
        info = self.db.call("describe", lambda c: c.describe_collection(self.name))
        dimension = next(int(f["params"]["dim"]) for f in info["fields"] if f["name"] == "vector")
        about = json.dumps(self.db.about(self.name))
        self.db.call("create", lambda c: self._create(c, dimension, about, name=copy))
        fields = [f for f in STORED_FIELDS if f in self.fields]
        pages = self._slices("", fields, VECTORS_PER_SLICE) if self.db.local else self._catalog_pages("", fields)
        done = 0
        for page in pages:
            for chunk in _chunks(page, ROWS_PER_WRITE):
                records = [PhotoRecord.from_row(row) for row in chunk]
                named = cameras([r.path for r in records])
                rows = [replace(r, camera=camera).to_row() for r, camera in zip(records, named, strict=True)]
                self.db.call("write", lambda c, rows=rows: c.insert(copy, rows))
                done += len(rows)
                tick(done)
        self.db.call("flush", lambda c: c.flush(copy))
        self.db.call("drop", lambda c: c.drop_collection(self.name))
        self.forget()  # the search copy too: it is made again from the new collection
        self.exists = self._finish_upgrade()
        self._load()
        log.info("upgraded collection %s (%d photos): it now keeps each photo's camera", self.name, done)

    def _finish_upgrade(self) -> bool:
        """An upgrade that dropped the original has a complete copy: it takes the original's name."""
        copy = UPGRADE_PREFIX + self.name
        if not self.db.has(copy):
            return False
        self.db.call("rename", lambda c: c.rename_collection(copy, self.name))
        self._fields = None
        log.info("finished upgrading collection %s", self.name)
        return True

    def ensure(self, dimension: int, about: dict[str, Any]) -> None:
        """Create the collection on first use; `about` (library, model) is kept with it (see `about`)."""
        if not self.exists:
            self.db.call("create", lambda c: self._create(c, dimension, json.dumps(about)))
            self.exists = True
            self._fields = None

    def _create(self, client: Any, dimension: int, about: str, name: str | None = None) -> None:
        from pymilvus import DataType, MilvusClient

        name = name or self.name
        about = json.dumps({**json.loads(about), "created": os.urandom(8).hex()})  # this collection, not its name
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
        schema.add_field("camera", DataType.VARCHAR, max_length=CAMERA_BYTES)
        schema.add_field("vector", DataType.FLOAT_VECTOR, dim=dimension)
        index = client.prepare_index_params()
        index.add_index("vector", index_type="AUTOINDEX", metric_type="COSINE")
        # Strong: a server must show our own writes to our next query (Lite always does).
        client.create_collection(name, schema=schema, index_params=index, consistency_level="Strong",
                                 properties={METADATA_PROPERTY: about})
        log.info("created collection %s (dim %d) at %s", name, dimension, self.db.uri)

    def count(self, where: str = "") -> int:
        if not self.exists:
            return 0
        if not where and self._cache is not None and self._cache.ready:
            return self._cache.rows  # it holds every row
        rows = self.db.call("count", lambda c: c.query(self.name, filter=where, output_fields=["count(*)"]))
        return int(rows[0]["count(*)"]) if rows else 0

    def catalog(self, where: str = "") -> Iterator[CatalogEntry]:
        """Every row (or those matching `where`) without vectors."""
        if not self.exists:
            return
        pages = self._slices(where, CATALOG_FIELDS, ROWS_PER_SLICE) if self.db.local else \
            self._catalog_pages(where, CATALOG_FIELDS)
        for page in pages:
            for row in page:
                yield CatalogEntry(int(row["id"]), row["path"], int(row["size"]), int(row["mtime_ns"]),
                                   row["fingerprint"])

    def listing(self, where: str = "") -> Iterator[dict[str, Any]]:
        """Every row (or those matching `where`) with the fields a hit carries, without vectors or scores."""
        if not self.exists:
            return
        if not where and (cache := self._cache_for_search()) is not None and (rows := cache.listing()) is not None:
            yield from rows  # the search copy holds them all: no pass over the store
            return
        pages = self._slices(where, HIT_FIELDS, ROWS_PER_SLICE) if self.db.local else \
            self._catalog_pages(where, HIT_FIELDS)
        for page in pages:
            yield from page

    def cameras(self) -> Counter[str]:
        """How many photos each camera took ("": not known)."""
        if not self.exists or "camera" not in self.fields:
            return Counter()
        pages = self._slices("", ["camera"], ROWS_PER_SLICE) if self.db.local else \
            self._catalog_pages("", ["camera"])
        return Counter(str(row["camera"]) for page in pages for row in page)

    def with_sizes(self, sizes: Iterable[int]) -> Iterator[CatalogEntry]:
        """The rows of files of these sizes (the candidates to share content with a new file)."""
        sizes = sorted(set(sizes))
        for chunk in _chunks(sizes, SIZES_PER_QUERY):
            yield from self.catalog(f"size in [{', '.join(str(int(size)) for size in chunk)}]")

    def _slices(self, where: str, fields: list[str], per_slice: int) -> Iterator[list[dict[str, Any]]]:
        """Lite: one query per slice of the id space. Lite's query iterator re-reads and re-sorts the whole
        collection for every page (measured: 2.3 s against 1.0 s for 20,000 rows); ids are hashes, so
        slices of the id space hold about equal shares of the rows (sized by all rows: counting those
        that match would cost a pass over the collection of its own)."""
        total = self.count()
        slices = max(1, -(-total // per_slice))
        bounds = [-(2**63) + (2**64 * n) // slices for n in range(slices)] + [2**63]
        for low, high in zip(bounds, bounds[1:], strict=False):
            in_slice = f"id >= {low}" + (f" and id < {high}" if high < 2**63 else "")
            expression = f"({where}) and {in_slice}" if where else in_slice
            yield self.db.call("read", lambda c, e=expression: c.query(self.name, filter=e, output_fields=fields))

    def _catalog_pages(self, where: str, fields: list[str]) -> Iterator[list[dict[str, Any]]]:
        """A server: its query iterator, page by page (a plain query stops at 16,384 rows)."""
        iterator = self.db.call("read", lambda c: c.query_iterator(self.name, batch_size=PAGE, filter=where,
                                                                    output_fields=fields))
        try:
            while page := self.db.call("read", lambda _c: iterator.next(), retry=False):
                yield page
        finally:
            try:
                iterator.close()
            except Exception:
                log.debug("closing a query iterator failed", exc_info=True)

    def sample_vectors(self, size: int) -> np.ndarray:
        """About `size` stored vectors drawn at random (all of them in a smaller collection): ids are
        hashes of paths, so the rows in a slice of the id space are a random sample."""
        if not self.exists:
            return np.zeros((0, 0), np.float32)
        if (cache := self._cache_for_search()) is not None and (vectors := cache.sample(size)) is not None:
            return vectors
        total = self.count()
        if not total:
            return np.zeros((0, 0), np.float32)
        high = -(2**63) + (2**64 * min(size, total)) // total
        # Not -2**63 itself: a Milvus server reads "-9223372036854775808" as minus an int64 that overflows.
        expression = f"id < {high}" if high < 2**63 else f"id >= {-(2**63) + 1}"
        rows = self.db.call("read", lambda c: c.query(self.name, filter=expression, output_fields=["vector"],
                                                       limit=min(2 * size, 16_384)))
        return np.asarray([row["vector"] for row in rows], np.float32).reshape(len(rows), -1)

    def records(self, ids: Iterable[int]) -> dict[int, PhotoRecord]:
        """Full records (with vectors) by id."""
        ids = list(ids)
        if not ids or not self.exists:
            return {}
        found: dict[int, PhotoRecord] = {}
        for chunk in _chunks(ids, ROWS_PER_WRITE):
            rows = self.db.call("read", lambda c, chunk=chunk: c.get(self.name, ids=chunk))
            found.update((int(row["id"]), PhotoRecord.from_row(row)) for row in rows)
        return found

    def upsert(self, records: list[PhotoRecord]) -> None:
        with self._writing() as cache:
            missing = set(STORED_FIELDS) - self.fields if self.outdated else set()  # until `upgrade`
            for chunk in _chunks(records, ROWS_PER_WRITE):
                rows = [r.to_row() for r in chunk]
                for row in rows if missing else ():
                    for name in missing:
                        del row[name]
                self.db.call("write", lambda c, rows=rows: c.upsert(self.name, rows))
        if cache is not None:
            cache.upserted(records)

    def delete(self, ids: Iterable[int]) -> None:
        ids = list(ids)
        if not ids or not self.exists:
            return
        with self._writing() as cache:
            for chunk in _chunks(ids, IDS_PER_CALL):
                self.db.call("delete", lambda c, chunk=chunk: c.delete(self.name, ids=chunk))
        if cache is not None:
            cache.deleted(ids)

    def search(self, vector: np.ndarray, limit: int, where: str = "") -> list[dict[str, Any]]:
        """Nearest photos to a unit vector: dicts with the hit fields and `score` (cosine)."""
        if not self.exists:
            return []
        if not where and (cache := self._cache_for_search()) is not None:
            hits = cache.search(vector, limit)
            if hits is not None:
                return hits
        data = [vector.astype(np.float32).tolist()]
        results = self.db.call("search", lambda c: c.search(self.name, data=data, limit=limit, filter=where,
                                                             output_fields=HIT_FIELDS,
                                                             search_params={"metric_type": "COSINE"}))
        hits = []
        for hit in results[0]:
            entity = dict(hit["entity"])
            entity["id"] = int(hit["id"])
            entity["score"] = float(hit["distance"])
            hits.append(entity)
        return hits

    def flush(self) -> None:
        if self.exists:
            self.db.call("flush", lambda c: c.flush(self.name))

    # -- the in-memory search copy (Lite only) ---------------------------------------------------

    def warm_search(self, wait: bool = False) -> bool:
        """Have the search copy ready (or being read) before the first search asks for it; whether it is."""
        cache = self._cache_for_search()
        return cache is not None and (cache.wait() if wait else cache.ready)

    def _cache_object(self) -> VectorCache | None:
        if self._cache is None and self.exists and self.db.search_cache is not None:
            token = str(self.db.about(self.name).get("created", ""))
            self._cache = VectorCache(self.db.search_cache / f"{self.name}.npz", token)
        return self._cache

    def _saved_cache(self) -> VectorCache | None:
        with self._cache_lock:
            cache = self._cache_object()
            if cache is not None and not self._looked_for_saved_cache:
                self._looked_for_saved_cache = True
                cache.open_saved(self.count())
            return cache

    def _cache_for_search(self) -> VectorCache | None:
        cache = self._saved_cache()
        if cache is not None and not cache.ready and self.db.keep_search_warm:
            cache.build(lambda: self._slices("", ["id", "vector", *HIT_FIELDS], VECTORS_PER_SLICE))
        return cache

    @contextmanager
    def _writing(self) -> Iterator[VectorCache | None]:
        """Around a write: a saved copy is loaded so it stays current, and removed from disk until it is
        saved again; a write that fails part-way leaves the store unknown to the copy, which is dropped."""
        cache = self._saved_cache()
        if cache is not None:
            cache.writing()
        try:
            yield cache
        except BaseException:
            if cache is not None:
                cache.discard()
            raise

    def close(self) -> None:
        """Keep the search copy for the next run, after the store has what it holds."""
        if self._cache is not None:
            if self._cache.needs_saving and self.exists:
                try:
                    self.flush()
                except StoreError as error:
                    log.warning("not keeping the search copy of %s: %s", self.name, error)
                    self._cache.discard()
            self._cache.close()

    def forget(self) -> None:
        self.exists = False
        with self._cache_lock:
            if self._cache is not None:
                self._cache.forget()
                self._cache, self._looked_for_saved_cache = None, False
            elif self.db.search_cache is not None:
                (self.db.search_cache / f"{self.name}.npz").unlink(missing_ok=True)


# -- what went wrong, in words ------------------------------------------------------------------


def _is_connection_error(error: Exception) -> bool:
    text = str(error)
    return any(marker in text for marker in ("Fail connecting to server", "UNAVAILABLE", "GOAWAY",
                                             "Connection refused", "Socket closed", "too_many_pings"))


def _open_error(uri: str, error: Exception) -> StoreError:
    detail = one_line(error, 160)
    if "://" in uri:
        return StoreUnreachableError(f"cannot reach the Milvus server at {uri}: {detail}")
    return StoreDamagedError(f"cannot open the index {uri} ({detail}): it may be damaged; `photoseek rebuild` "
                             "re-creates it from your library folders")


# What Lite 3.2 says when a collection's files are damaged (see litecheck for what is checked up front).
DAMAGE_MARKERS = ("schema file", "not valid JSON", "manifest", "Parquet", "magic bytes", "codec can't decode",
                  "in state 'released'", "No data left in file", "File exists")


def _call_error(uri: str, action: str, error: Exception) -> StoreError:
    detail = one_line(error, 160)
    if "://" in uri and _is_connection_error(error):
        return StoreUnreachableError(f"lost the connection to the Milvus server at {uri}: {detail}")
    if "://" not in uri and any(marker in str(error) for marker in DAMAGE_MARKERS):
        return StoreDamagedError(f"the index {uri} is damaged ({detail}): `photoseek rebuild` re-creates it from "
                                 "your library folders")
    return StoreError(f"the index could not {action} ({detail})")
