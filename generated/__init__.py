# generated from specs/buildkite.yaml, specs/fly-io.yaml, specs/heroku.yaml, specs/render.yaml; do not edit
"""Everything `toolgen generate` writes; see the `clients` package."""
