"""Keeping Python's cyclic garbage collector off the long-lived heap, so that keys are not held up by it.

Once a store is open the browser holds tens of thousands of objects that live
as long as the catalog: Textual's and our modules, the widgets, the folded
vocabularies of the pickers. Each full collection walks all of them, and at
100k records those pauses (25–120 ms, several a minute while keys are typed)
were the slowest part of a keystroke. `gc.freeze()` moves what exists into a
permanent generation that collections skip; reference counting still frees
those objects when they are dropped, only cycles among them would wait. So
the heap is frozen once the first catalog is shown, and when a new catalog
replaces it (after an import or an edit) the old frozen objects are given
back to the collector first, collected once, and what lives on is frozen again.
"""

from __future__ import annotations

import gc


class Heap:
    """The frozen state of the process's heap: `settle` after a catalog has been shown."""

    def __init__(self) -> None:
        self.frozen = False

    def settle(self) -> None:
        """Freeze what is alive now; a later call first collects what the earlier freeze kept."""
        if self.frozen:
            gc.unfreeze()
            gc.collect()
        gc.freeze()
        self.frozen = True

    def release(self) -> None:
        """Give the frozen objects back to the collector (the browser is closing; tests open many in one
        process)."""
        if self.frozen:
            gc.unfreeze()
            self.frozen = False
