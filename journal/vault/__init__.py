"""The encrypted journal: `Vault`, the one object that owns it, and what it is made of.

    core.py        Vault: the connection, its lock, transactions, opening and closing, and
                   thin doors to the modules below; restore_vault for a journal not open
    connection.py  the one place a SQLCipher connection gets its key and settings
    rows.py        records as rows: tables, columns, reading and writing
    timeline.py    the Journal page's timeline and search
    queries.py     the figures Trends and the summary ask for
    copies.py      backups, restores, checks and copies kept aside

Everything SQL lives in this package. Import from here: `from journal.vault import Vault`.
"""

from __future__ import annotations

from .copies import CheckReport, check_file, check_key_on_file, export_connection, salt_of
from .core import Vault, restore_vault
from .rows import record_columns
from .timeline import TimelineEntry, TimelineFilter, fts_query

__all__ = [
    "CheckReport",
    "TimelineEntry",
    "TimelineFilter",
    "Vault",
    "check_file",
    "check_key_on_file",
    "export_connection",
    "fts_query",
    "record_columns",
    "restore_vault",
    "salt_of",
]
