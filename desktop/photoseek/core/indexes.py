"""The library's indexes in one store: the complete one that search uses, and a new model's being built.

Switching models never leaves search without an index: the new model's collection is filled while
the old, complete one keeps answering; when a full run of the new one finishes with every folder
available, the two swap in one atomic write of the index state, and only then is the old dropped.
A home drops only collections it recorded as its own — never one it merely finds on a shared server.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from photoseek.core.errors import IndexLostError
from photoseek.core.indexstate import IndexRecord, StoreState
from photoseek.core.modelspec import ModelSpec
from photoseek.core.store import COLLECTION_PREFIX, MilvusDatabase, PhotoCollection, collection_name

log = logging.getLogger("photoseek.indexes")

LEGACY_NAME = COLLECTION_PREFIX + "{fingerprint}"  # releases before library ids: one collection per model


class LibraryIndexes:
    """Which collection is complete, which is being built; the only place that creates or drops them."""

    def __init__(self, db: MilvusDatabase, state: StoreState, library_id: str, save: Callable[[], None]) -> None:
        self.db, self.state, self.library_id, self._save = db, state, library_id, save
        self._legacy_found: dict[str, bool] = {}

    def collection(self, name: str) -> PhotoCollection:
        return self.db.collection(name)

    # -- the model being indexed --------------------------------------------------------------

    def target(self, spec: ModelSpec) -> PhotoCollection:
        """The collection the library's current model writes to (looking never creates or records it)."""
        fingerprint = spec.fingerprint()
        for record in (self.state.complete, self.state.building):
            if record is not None and record.fingerprint == fingerprint:
                return self.collection(record.collection)
        return self.collection(self._adopt_legacy(fingerprint) or collection_name(self.library_id, fingerprint))

    def begin(self, spec: ModelSpec) -> PhotoCollection:
        """A run is about to write `spec`'s index: record it (as being built, unless it is the complete one)."""
        target = self.target(spec)
        fingerprint = spec.fingerprint()
        complete, building = self.state.complete, self.state.building
        if complete is not None and complete.fingerprint == fingerprint:
            return target
        if building is not None and building.fingerprint == fingerprint:
            return target
        if building is not None:
            self._drop_own(building.collection)  # a switch abandoned half-way for another model
        record = IndexRecord(target.name, spec.label, fingerprint)
        if complete is None and target.name == self._legacy(fingerprint):
            self.state.complete, self.state.building = record, None  # an older release's complete index
        else:
            self.state.building = record
        self._save()
        return target

    def switching(self, spec: ModelSpec) -> bool:
        """True while a new model's index is built beside a complete one."""
        complete = self.state.complete
        return complete is not None and complete.fingerprint != spec.fingerprint()

    def previous(self, spec: ModelSpec) -> PhotoCollection | None:
        """During a switch, the complete index of the previous model (kept current for moves and removals)."""
        if not self.switching(spec):
            return None
        assert self.state.complete is not None
        previous = self.collection(self.state.complete.collection)
        return previous if previous.exists else None

    def cancel_switch(self, spec: ModelSpec) -> None:
        """The user went back to the complete index's model: drop the half-built one."""
        building = self.state.building
        if building is not None and building.fingerprint != spec.fingerprint():
            self._drop_own(building.collection)
            self.state.building = None
            self._save()

    def finished(self, spec: ModelSpec, complete_run: bool) -> bool:
        """After a run of `spec`'s index: record its size; swap if a switch just completed. True if swapped."""
        target = self.target(spec)
        building = self.state.building
        if building is None and self.state.complete is None and target.exists:
            building = self.state.building = IndexRecord(target.name, spec.label, spec.fingerprint())
        if building is not None and building.collection == target.name:
            if not complete_run:
                return False
            previous = self.state.complete
            building.photos = target.count()
            self.state.complete, self.state.building = building, None
            self._save()  # the swap: from here on search uses the new index
            log.info("the index of %s is complete (%d photos); it is now searched", spec.label, building.photos)
            if previous is None:
                return False  # the library's first index, not a switch
            if previous.collection != building.collection:
                self._drop_own(previous.collection)
            return True
        if self.state.complete is not None and self.state.complete.collection == target.name:
            self.state.complete.photos = target.count()
            self._save()
        return False

    def recount(self) -> None:
        """Record the complete index's size after a change made outside a run (a folder removed)."""
        complete = self.state.complete
        if complete is not None:
            complete.photos = self.collection(complete.collection).count()
            self._save()

    # -- what search uses ---------------------------------------------------------------------

    def searched(self, spec: ModelSpec) -> tuple[str, PhotoCollection]:
        """(model label, collection) that search should use: the complete index while a switch runs."""
        complete = self.state.complete
        if complete is not None and complete.fingerprint != spec.fingerprint():
            previous = self.collection(complete.collection)
            if previous.exists:
                return complete.model, previous
        return spec.label, self.target(spec)

    def check_not_lost(self) -> None:
        """Refuse to treat a vanished or emptied complete index as an empty library."""
        complete = self.state.complete
        if complete is None or complete.photos == 0:
            return
        collection = self.collection(complete.collection)
        holds = collection.count() if collection.exists else 0
        if holds == 0:
            where = "is missing" if not collection.exists else "holds none"
            raise IndexLostError(
                f"the index should hold {complete.photos} photos but {where}: it was damaged or deleted (or "
                "emptied by another machine sharing it); `photoseek rebuild` re-creates it from your folders")

    def own_collections(self) -> list[str]:
        return [r.collection for r in (self.state.complete, self.state.building) if r is not None]

    def stale(self) -> list[str]:
        """This library's collections in the store that are neither complete nor being built."""
        mine = f"{COLLECTION_PREFIX}{self.library_id}_"
        return [n for n in self.db.collection_names(mine) if n not in self.own_collections()]

    def forget_all(self) -> None:
        """`rebuild`: drop this library's own collections and start from nothing."""
        for name in self.own_collections():
            self._drop_own(name)
        self.state.complete = self.state.building = None
        self.state.removing = []
        self._save()

    # -- creating and dropping ----------------------------------------------------------------

    def _drop_own(self, name: str) -> None:
        if self.db.has(name):
            self.db.drop(name)
        else:
            self.db.forget(name)  # gone already (deleted by hand, or another machine): forget its state

    def _legacy(self, fingerprint: str) -> str:
        return LEGACY_NAME.format(fingerprint=fingerprint)

    def _adopt_legacy(self, fingerprint: str) -> str | None:
        """An index made before library ids, in this home's own Lite file, is this library's."""
        name = self._legacy(fingerprint)
        if fingerprint not in self._legacy_found:
            self._legacy_found[fingerprint] = self.db.local and self.db.has(name)
            if self._legacy_found[fingerprint]:
                log.info("adopting the earlier release's index %s", name)
        return name if self._legacy_found[fingerprint] else None
