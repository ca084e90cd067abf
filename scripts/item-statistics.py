#!/usr/bin/env python3
"""Reference item statistics for `runding report --items`, computed independently of the Swift code.

    scripts/item-statistics.py Tests/RundingKitTests/Fixtures/items/team > Tests/RundingKitTests/Fixtures/items/expected.json

Reads every <learner>.jsonl in the folder and, for each dialogue question (`<dialogue>/<node>`
items; glossary items are left out), writes: learners, attempts, facility (share of learners
right at their first attempt), discrimination (Pearson correlation, via statistics.correlation,
of the first attempt 1/0 with the learner's share right at first attempt on the same dialogue's
other questions, over learners who answered both; null under 3 learners or when constant),
the attempts per choice id, the mean response time in ms and the share of attempts after a hint.
"""
import json
import os
import statistics
import sys


def main(folder):
    first = {}      # learner -> item -> first attempt right
    attempts = {}   # item -> list of answers
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".jsonl"):
            continue
        learner = name[: -len(".jsonl")]
        with open(os.path.join(folder, name), encoding="utf-8") as lines:
            for line in lines:
                event = json.loads(line)
                if event.get("type") != "answer" or event["item"].startswith("glossary:"):
                    continue
                item = event["item"]
                first.setdefault(learner, {}).setdefault(item, bool(event["correct"]))
                attempts.setdefault(item, []).append(event)
    result = {}
    for item in sorted(attempts):
        dialogue = item.split("/", 1)[0]
        takers = [learner for learner in first if item in first[learner]]
        xs, ys = [], []
        for learner in takers:
            rest = [right for other, right in first[learner].items() if other != item and other.split("/", 1)[0] == dialogue]
            if rest:
                xs.append(1.0 if first[learner][item] else 0.0)
                ys.append(sum(rest) / len(rest))
        try:
            discrimination = statistics.correlation(xs, ys) if len(xs) >= 3 else None
        except statistics.StatisticsError:  # a constant side
            discrimination = None
        answers = attempts[item]
        choices = {}
        for answer in answers:
            if "choice" in answer:
                choices[answer["choice"]] = choices.get(answer["choice"], 0) + 1
        result[item] = {
            "learners": len(takers),
            "attempts": len(answers),
            "facility": sum(first[learner][item] for learner in takers) / len(takers),
            "discrimination": discrimination,
            "choices": choices,
            "mean_response_ms": sum(answer["ms"] for answer in answers) / len(answers),
            "hint_share": sum(1 for answer in answers if answer.get("hint")) / len(answers),
        }
    json.dump(result, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
