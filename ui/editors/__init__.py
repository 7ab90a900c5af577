"""One form per kind of record (check-in, trigger, gratitude, agenda, contact), on a shared base,
and the panel that autosaves whichever one is open (panel.py)."""
