"""The pages of the unlocked journal, one module each, and the shell that holds them (shell.py).

Nothing here is imported at start-up: the shell and its first page are built while Argon2 checks
the passphrase, and every other page the first time it is shown.
"""
