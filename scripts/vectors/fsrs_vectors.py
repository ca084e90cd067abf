#!/usr/bin/env python3
"""Writes Tests/RundingKitTests/Fixtures/fsrs/vectors.json from the `fsrs` package 6.3.2.

Scheduler(desired_retention=0.9, learning_steps=(), relearning_steps=(), enable_fuzzing=False),
default FSRS-6 weights. 240 random review sequences: random grades; gaps that are same-minute,
same-day, exactly one day or one millisecond short of it, early, on time, late, and very long.
Times have millisecond precision, as in progress logs. For each review the file holds the
card's stability, difficulty and due time afterwards.
Run: python3 scripts/vectors/fsrs_vectors.py
"""
import importlib.metadata
import json
import os
import random
from datetime import datetime, timedelta, timezone

from fsrs import Card, Rating, Scheduler

DAY = timedelta(days=1)


def stamp(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def next_gap(rng, card):
    kind = rng.choice(["minute", "same_day", "day_edge", "early", "on_time", "late", "late", "long"])
    interval = (card.due - card.last_review) if card else DAY
    if kind == "minute":
        return timedelta(milliseconds=rng.randint(0, 59_999))
    if kind == "same_day":
        return timedelta(milliseconds=rng.randint(60_000, 86_399_999))
    if kind == "day_edge":
        return rng.choice([DAY, DAY - timedelta(milliseconds=1), 2 * DAY, DAY + timedelta(milliseconds=1)])
    if kind == "early":
        return timedelta(milliseconds=int(interval.total_seconds() * 1000 * rng.uniform(0.05, 0.95)))
    if kind == "on_time":
        return interval
    if kind == "late":
        return timedelta(milliseconds=int(interval.total_seconds() * 1000 * rng.uniform(1.0, 4.0)))
    return timedelta(days=rng.randint(60, 1500), milliseconds=rng.randint(0, 86_399_999))


def main():
    assert importlib.metadata.version("fsrs") == "6.3.2", importlib.metadata.version("fsrs")
    scheduler = Scheduler(desired_retention=0.9, learning_steps=(), relearning_steps=(), enable_fuzzing=False)
    rng = random.Random(6_3_2)
    sequences = []
    for index in range(240):
        start = datetime(2024, 1, 1, tzinfo=timezone.utc) + timedelta(
            days=rng.randint(0, 1100), milliseconds=rng.randint(0, 86_399_999))
        weights = rng.choice([[1, 2, 3, 4], [3, 3, 3, 4], [1, 3, 3, 3], [2, 3], [1, 1, 2, 3, 4]])
        card, moment, reviews = None, start, []
        for _ in range(rng.randint(1, 25)):
            if card is not None:
                moment = moment + next_gap(rng, card)
            rating = rng.choice(weights)
            card, _ = scheduler.review_card(card or Card(card_id=index + 1), Rating(rating), moment)
            reviews.append({"at": stamp(moment), "rating": rating, "stability": card.stability,
                            "difficulty": card.difficulty, "due": stamp(card.due)})
        sequences.append(reviews)
    path = os.path.join(os.path.dirname(__file__), "../../Tests/RundingKitTests/Fixtures/fsrs/vectors.json")
    with open(path, "w") as f:
        f.write('{"generator": "scripts/vectors/fsrs_vectors.py with fsrs 6.3.2", "sequences": [\n')
        f.write(",\n".join(json.dumps(s, separators=(",", ":")) for s in sequences))
        f.write("\n]}\n")


if __name__ == "__main__":
    main()
