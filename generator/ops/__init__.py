"""Operating integrations from the shell: inventory, accounts, schemas and diagnosis.

The command modules (`toolgen providers|search|schema|accounts|doctor`) are
thin; the logic lives here so tests and other hosts can call it directly.
"""
