"""The screens shown while the journal is locked: unlock, first-run welcome, crisis helplines and
the folder chooser. None of them shows anything from inside the vault."""
