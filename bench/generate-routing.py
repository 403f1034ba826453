#!/usr/bin/env python3
"""A large routing file for the scale benchmarks (issue #15), reproducible from a seed.

    bench/generate-routing.py --numbers 10000 --seed 15 > /tmp/routing-10k.yaml

The sample (config/routing.yaml) with its dialedNumbers replaced by N numbers over the sample's languages, queues and environments
(the environments and languages are kept as they are; its `default` row too). The rows vary on purpose, as a real tenant's do:
languages weighted 60/30/10 (English, Spanish, French), a few lines named per language (line, sales, support, billing), one row in ten
queued in another language's queue, and one in a hundred a campaign line with a name of its own. Same seed, same file (Python's
`random` with a fixed seed is stable across platforms and versions for these calls). Only the standard library: no PyYAML needed,
the sample's other sections are copied as text.
"""
import argparse
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = [("English", 60), ("Spanish", 30), ("French", 10)]
LINES = ["line", "sales", "support", "billing"]


def sections(text):
    """The sample split at its dialedNumbers section: what comes before, the rows, and what comes after (the Prompts table)."""
    start = text.index("\ndialedNumbers:\n") + len("\ndialedNumbers:\n")
    end = re.search(r"\n(#[^\n]*\n)*languages:", text[start:]).start() + start
    return text[:start], text[start:end], text[end:]


def rows_by_number(block):
    """The sample's rows: number -> {name, queue, language}."""
    rows, current = {}, None
    for line in block.splitlines():
        if m := re.match(r'^  "?([^":]+)"?:\s*$', line):
            current = rows.setdefault(m.group(1), {})
        elif (m := re.match(r"^    (\w+):\s*(.+)$", line)) and current is not None:
            current[m.group(1)] = m.group(2)
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--numbers", type=int, required=True, help="how many dialed numbers (besides the default row)")
    parser.add_argument("--seed", type=int, default=15, help="random seed (default 15)")
    parser.add_argument("--sample", type=Path, default=ROOT / "config" / "routing.yaml", help="the routing file to start from")
    args = parser.parse_args()
    if not 1 <= args.numbers <= 9_000_000:
        sys.exit(f"generate-routing: --numbers must be between 1 and 9000000, got {args.numbers}")

    before, block, after = sections(args.sample.read_text(encoding="utf-8"))
    sample = rows_by_number(block)
    queues = {row["language"]: row["queue"] for number, row in sample.items() if number != "default"}
    missing = [language for language, _ in LANGUAGES if language not in queues]
    if missing:
        sys.exit(f"generate-routing: {args.sample} has no number in {', '.join(missing)}: expected one row per sample language")

    rng = random.Random(args.seed)
    # Numbers in the 444 area code (not assigned), unique, in a random order as a real table's are.
    numbers = rng.sample(range(1_000_000, 10_000_000), args.numbers)
    names, weights = zip(*LANGUAGES)
    out = [before.rstrip("\n")]
    for i, n in enumerate(numbers):
        language = rng.choices(names, weights)[0]
        queue = queues[language] if rng.random() >= 0.1 else queues[rng.choice(names)]
        name = f"Campaign {i}" if rng.random() < 0.01 else f"{language} {rng.choice(LINES)}"
        out.append(f'  "+1444{n:07d}":\n    name: {name}\n    queue: {queue}\n    language: {language}')
    default = sample["default"]
    out.append(f"  default:\n    name: {default['name']}\n    queue: {default['queue']}\n    language: {default['language']}")
    sys.stdout.write("\n".join(out) + "\n" + after)


if __name__ == "__main__":
    main()
