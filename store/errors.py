"""The base of every store error, apart from any backend: the repository interface raises it
without importing TinyDB or a database driver."""


class StoreError(Exception):
    """A store problem the user must act on; the message says what and where."""
