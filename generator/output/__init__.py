"""Writing generated files: plan in memory, then check, preview or apply.

Every generated path is recorded with its owner (a provider id, or `*` for
files spanning the catalog) in `generated/.manifest.json`; only files listed
there are ever removed, so hand-written files next to generated ones are safe.
"""
