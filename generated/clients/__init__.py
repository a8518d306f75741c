# generated from specs/buildkite.yaml, specs/fly-io.yaml, specs/heroku.yaml, specs/render.yaml; do not edit
"""Typed clients, one package per provider; `PACKAGES` maps provider id to package name."""

PACKAGES = {"buildkite": "buildkite", "fly-io": "fly_io", "heroku": "heroku", "render": "render2"}
