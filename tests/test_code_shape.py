"""The shape of the code: no function in pipeline/ above cyclomatic complexity 25 (radon's measure,
which counts every branch, loop, boolean operator and comprehension clause)."""

from __future__ import annotations

from pathlib import Path

from radon.complexity import cc_visit

PIPELINE = Path(__file__).resolve().parent.parent / "pipeline"
MAX_COMPLEXITY = 25


def test_no_function_is_too_branchy_to_read() -> None:
    too_complex = [
        f"{path.relative_to(PIPELINE.parent)}:{block.lineno} {block.fullname} ({block.complexity})"
        for path in sorted(PIPELINE.rglob("*.py"))
        for block in cc_visit(path.read_text(encoding="utf-8"))
        if block.complexity > MAX_COMPLEXITY
    ]
    assert not too_complex, "split these into named steps:\n" + "\n".join(too_complex)
