"""Dialogs that belong to no one page: the recovery key (recovery_key.py)."""
