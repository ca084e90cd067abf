#!/usr/bin/env python3
"""Plays every shipped dialogue through the piped chat with blind strategies (issue 12).

A blind learner never reads: it takes the first option shown, the longest, the shortest, the
last, or a random one. Each strategy's mean score is reported over all dialogues and over the role-plays
alone; each must stay at or under 45% (exit status 1 otherwise).

    python3 scripts/blind-strategies.py [--binary .build/debug/runding] [--content .]
        [--lang ms] [--seeds 5] [--jobs 6] [--limit 0.45] [--json]

The chat runs as a learner would use it in a pipe: one process per strategy and seed, a fresh
progress folder, `--seed` for the option order. A typed-first role-play is answered by first
sending an empty line (which shows the options); a typed question without options (a `type`
node) gets "saya tidak tahu", as a learner who cannot see options would. The score is the chat's
own "Skor: N%" line at the dialogue's end.
"""
import argparse
import concurrent.futures
import glob
import json
import os
import random
import re
import select
import subprocess
import sys
import tempfile
import time

OPTION = re.compile(r"^(\s+)(\d+)\. (.*)$")
SCORE = re.compile(r"^(?:Skor|Score): (\d+)%", re.M)
ASK_TYPED = re.compile(r"\((?:Apa yang anda akan katakan|What would you say)\?")


class Chat:
    """The chat with its pipes; `send` writes a line and returns what the chat printed."""

    def __init__(self, binary, content, language, seed, progress):
        env = {k: v for k, v in os.environ.items() if not k.startswith("RUNDING_")}
        env["NO_COLOR"] = "1"
        self.process = subprocess.Popen(
            [binary, "--content", content, "--lang", language, "--learner", "blind",
             "--progress-dir", progress, "--seed", str(seed)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
        self.read()

    def read(self, first_wait=10.0, idle=0.06):
        """Everything printed until the chat has been quiet for `idle` seconds."""
        chunks = []
        fd = self.process.stdout.fileno()
        wait = first_wait
        while True:
            ready, _, _ = select.select([fd], [], [], wait)
            if not ready:
                break
            data = os.read(fd, 65536)
            if not data:
                break
            chunks.append(data)
            wait = idle
        return b"".join(chunks).decode("utf-8", "replace")

    def send(self, line):
        self.process.stdin.write((line + "\n").encode())
        self.process.stdin.flush()
        return self.read()

    def close(self):
        try:
            self.process.stdin.write(b"/keluar\n")
            self.process.stdin.close()
        except BrokenPipeError:
            pass
        self.process.wait(timeout=10)


def options(text):
    """The last numbered option list in `text`, as (number, text); wrapped lines joined."""
    blocks, current, indent = [], [], None
    for line in text.split("\n"):
        match = OPTION.match(line)
        if match and (indent is None or len(match.group(1)) == indent):
            if not current:
                indent = len(match.group(1))
            current.append([int(match.group(2)), match.group(3).strip()])
        elif current and line.startswith(" " * ((indent or 0) + 1)) and line.strip():
            current[-1][1] += " " + line.strip()
        else:
            if current:
                blocks.append(current)
            current, indent = [], None
    if current:
        blocks.append(current)
    return [tuple(option) for option in blocks[-1]] if blocks else []


def pick(strategy, shown, rng):
    if strategy == "first":
        return shown[0][0]
    if strategy == "last":
        return shown[-1][0]
    if strategy == "longest":
        return max(shown, key=lambda option: len(option[1]))[0]
    if strategy == "shortest":
        return min(shown, key=lambda option: len(option[1]))[0]
    return rng.choice(shown)[0]


def play(chat, dialogue, kind, strategy, rng, max_turns=80):
    """Plays one dialogue; returns its score (0–1) or None when no ending was reached."""
    command = "/kuiz" if kind == "quiz" else "/lakonan"
    reply = chat.send(f"{command} {dialogue}")
    for _ in range(max_turns):
        found = SCORE.search(reply)
        if found:
            return int(found.group(1)) / 100
        shown = options(reply)
        if not shown and ASK_TYPED.search(reply):
            shown = options(chat.send(""))  # typed-first: an empty line shows the options
        # With no options shown (a typed question), a blind learner can only guess in words.
        reply = chat.send(str(pick(strategy, shown, rng)) if shown else "saya tidak tahu")
    chat.send("/berhenti")
    return None


def dialogues(content):
    found = []
    for path in sorted(glob.glob(os.path.join(content, "Dialogues", "*.yaml"))):
        with open(path, encoding="utf-8") as handle:
            head = handle.read(4000)
        ident = re.search(r"^id:\s*(\S+)", head, re.M)
        kind = re.search(r"^kind:\s*(\S+)", head, re.M)
        if ident and kind:
            found.append((ident.group(1), kind.group(1)))
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", default=".build/debug/runding")
    parser.add_argument("--content", default=".")
    parser.add_argument("--lang", default="ms")
    parser.add_argument("--seeds", type=int, default=5, help="chat seeds per strategy (option orders)")
    parser.add_argument("--limit", type=float, default=0.45)
    parser.add_argument("--jobs", type=int, default=6, help="chat processes at once")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    pack = dialogues(args.content)
    if not pack:
        sys.exit(f"no dialogues under {args.content}/Dialogues")
    results, unfinished = {}, []
    started = time.time()
    strategies = ["first", "longest", "shortest", "last", "random"]

    def sitting(strategy, seed):
        """One chat process playing every dialogue with one strategy and seed."""
        scores, missed = {}, []
        with tempfile.TemporaryDirectory() as progress:
            chat = Chat(args.binary, args.content, args.lang, seed, progress)
            rng = random.Random(seed)
            for dialogue, kind in pack:
                score = play(chat, dialogue, kind, strategy, rng)
                if score is None:
                    missed.append((strategy, seed, dialogue))
                    score = 0.0
                scores[(dialogue, kind)] = score
            chat.close()
        return strategy, scores, missed

    # The chat mostly waits on its pipes: the sittings run side by side.
    jobs = [(strategy, seed) for strategy in strategies for seed in range(1, args.seeds + 1)]
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        done = list(pool.map(lambda job: sitting(*job), jobs))
    for strategy in strategies:
        scores = {}
        for name, sitting_scores, missed in done:
            if name != strategy:
                continue
            unfinished.extend(missed)
            for key, score in sitting_scores.items():
                scores.setdefault(key, []).append(score)
        per = {d: sum(v) / len(v) for d, v in scores.items()}
        roleplays = [s for (d, k), s in per.items() if k == "roleplay"]
        results[strategy] = {
            "all": sum(per.values()) / len(per),
            "roleplays": sum(roleplays) / len(roleplays) if roleplays else 0.0,
            "dialogues": {d: round(s, 3) for (d, _), s in per.items()},
        }
    failed = [s for s, r in results.items() if r["all"] > args.limit or r["roleplays"] > args.limit]
    if args.json:
        print(json.dumps({"results": results, "unfinished": unfinished, "limit": args.limit}, indent=2))
    else:
        print(f"blind strategies, {len(pack)} dialogues, --lang {args.lang}, {args.seeds} seeds each "
              f"({time.time() - started:.0f} s)")
        print(f"{'strategy':<10} {'all':>6} {'role-plays':>11}")
        for strategy, result in results.items():
            print(f"{strategy:<10} {result['all']:>6.1%} {result['roleplays']:>11.1%}")
        for strategy, seed, dialogue in unfinished:
            print(f"unfinished: {strategy} seed {seed} {dialogue} (counted as 0%)")
    if unfinished:
        print(f"{len(unfinished)} plays reached no ending", file=sys.stderr)
        sys.exit(1)
    if failed:
        print(f"over {args.limit:.0%}: {', '.join(failed)}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
