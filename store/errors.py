"""The base of every store error, apart from any backend: the repository interface raises it
without importing TinyDB or a database driver."""


class StoreError(Exception):
    """A store problem the user must act on; the message says what and where."""


class StoreOutOfReach(StoreError):
    """The store's server did not answer (not running, no answer in time): trying again later may work, unlike a
    wrong password or a missing database (the browser tries again on its own)."""
