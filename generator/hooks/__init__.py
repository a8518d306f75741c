"""Hand-written composite tools, named by a spec's `implementation: module:function`.

Each hook is a generator following `generator.runtime.hooks`: it yields
`Call`/`Request` steps and returns the tool's JSON result, so one
implementation serves the sync and the async client.
"""
