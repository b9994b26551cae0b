"""The core: records, validation, the crash-safe TinyDB store, queries and the index.

Nothing here imports the UI (textual); tests/test_boundaries.py proves it.
"""

__version__ = "0.1.0"
