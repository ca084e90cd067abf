#!/usr/bin/env python3
"""Writes a team directory of synthetic progress logs, for benchmarking `runding report`.

    scripts/generate-team.py --learners 1000 --events 3000 --out /tmp/team

Each learner gets one `<name>.jsonl` of exactly EVENTS lines (schema v1): sessions of about 30
events (session_start, answers with skill evidence and review ratings, dialogue_end,
session_end) spread over the 60 days before --end. The output is the same for the same seed.
"""
import argparse
import datetime
import os
import random
import uuid

SKILLS = ["communication", "empathy", "active-listening", "problem-solving", "adaptability",
          "negotiation-planning", "resilience", "objection-handling", "trust-building", "win-win",
          "follow-up", "sales-process", "difficult-negotiators", "cultural-awareness",
          "employee-feedback"]
DIALOGUES = ["quiz-active-listening", "quiz-enps", "quiz-trust", "quiz-win-win", "quiz-follow-up",
             "rp-aggressive-discount", "rp-cross-cultural", "rp-win-win-tradeoff"]
ENTRIES = ["enps", "pulse-survey", "active-listening", "batna", "win-win", "objection-handling",
           "follow-up", "one-on-one-meeting", "rapport", "anchoring"]
RESPONSES = ["promoter", "saya akan dengar dahulu", "ask an open question", "30", "win-win",
             "tawarkan diskaun kecil", "summarise what the buyer said"]


def timestamp(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (moment.microsecond // 1000)


def learner_lines(name, events, rng, end):
    ability = rng.uniform(0.35, 0.95)
    moment = end - datetime.timedelta(days=60) + datetime.timedelta(minutes=rng.randint(0, 600))
    step = datetime.timedelta(days=58) / max(1, events // 30)
    lines = []
    prefix = '{"v":1,"at":"%s","learner":"' + name + '","session":"%s","type":'
    while len(lines) < events:
        session = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        at = moment
        remaining = events - len(lines)
        length = min(remaining, rng.randint(20, 40))
        lines.append(prefix % (timestamp(at), session) + '"session_start"}')
        dialogue = rng.choice(DIALOGUES)
        for index in range(max(0, length - 3) if length >= 3 else max(0, length - 1)):
            at += datetime.timedelta(seconds=rng.uniform(4, 40))
            correct = rng.random() < ability
            skills = rng.sample(SKILLS, rng.choice([1, 1, 2]))
            evidence = ",".join('"%s":%s' % (skill, "true" if correct else "false") for skill in skills)
            if rng.random() < 0.4:
                item = "glossary:" + rng.choice(ENTRIES)
                rating = ',"rating":%d' % (rng.choice([3, 3, 4, 2]) if correct else 1)
            else:
                item = "%s/q%d" % (dialogue, index % 6 + 1)
                rating = ""
            lines.append(prefix % (timestamp(at), session)
                         + '"answer","item":"%s","correct":%s,"evidence":{%s}%s,"ms":%d,"response":"%s"}'
                         % (item, "true" if correct else "false", evidence, rating,
                            rng.randint(1500, 30000), rng.choice(RESPONSES)))
        if length >= 3:
            at += datetime.timedelta(seconds=5)
            score = round(min(1.0, max(0.0, rng.gauss(ability, 0.15))), 2)
            outcome = "passed" if score >= 0.6 else "failed"
            lines.append(prefix % (timestamp(at), session)
                         + '"dialogue_end","dialogue":"%s","outcome":"%s","score":%s}' % (dialogue, outcome, score))
        if length >= 2:
            at += datetime.timedelta(seconds=2)
            lines.append(prefix % (timestamp(at), session) + '"session_end"}')
        moment = min(moment + step * rng.uniform(0.5, 1.5), end - datetime.timedelta(hours=2))
    return lines[:events]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=1000)
    parser.add_argument("--events", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--end", default="2026-12-01T00:00:00Z", help="the latest day of activity (UTC)")
    parser.add_argument("--out", required=True, help="the directory to fill (created if missing)")
    arguments = parser.parse_args()
    end = datetime.datetime.strptime(arguments.end, "%Y-%m-%dT%H:%M:%SZ")
    os.makedirs(arguments.out, exist_ok=True)
    rng = random.Random(arguments.seed)
    for number in range(arguments.learners):
        name = "learner-%04d" % number
        lines = learner_lines(name, arguments.events, rng, end)
        with open(os.path.join(arguments.out, name + ".jsonl"), "w", encoding="utf-8") as file:
            file.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
