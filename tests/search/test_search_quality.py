"""Search quality: natural-language tasks from the providers' own API docs find the right
function in the top 3 for at least 90% of them (tasks in tasks.json, with their sources)."""

from __future__ import annotations

import json
from pathlib import Path

from generator.search import SearchIndex, default_search_dir

TASKS = Path(__file__).with_name("tasks.json")
BUNDLED = {"fly-io", "heroku", "render", "buildkite"}


def test_top_3_hit_rate_is_at_least_90_percent() -> None:
    tasks = json.loads(TASKS.read_text(encoding="utf-8"))["tasks"]
    index = SearchIndex.load(default_search_dir())
    assert len(tasks) >= 40 and {want.split(".")[0] for _, want in tasks} == BUNDLED
    found = {task: [hit.full_name for hit in index.search(task, limit=3)] for task, _ in tasks}
    misses = [(task, want, found[task]) for task, want in tasks if want not in found[task]]
    rate = 1 - len(misses) / len(tasks)
    print(f"search top-3 hit rate: {rate:.0%} of {len(tasks)} tasks; misses: {misses}")
    assert rate >= 0.9, misses
