#!/usr/bin/env python3
"""Writes Tests/RundingKitTests/Fixtures/bkt/guess-vectors.json: BKT with a guess per observation.

Runding sets BKT's guess parameter for each answer from how it was given (README, "Evidence"):
  g = max(G, 1/k) when the learner picked among k options shown (G when typed and understood),
  capped at 1 - S; then for each of hint, retry after remediation and confirmation,
  g <- g + (1 - S - g) / 2.
This script computes that guess, then P(L) after each answer twice, and the two must agree to 1e-12:
  - the textbook update (Corbett & Anderson 1995) with the observation's own guess, and
  - pyBKT 1.4.3's forward pass with one guess class per distinct guess value ("multigs": each
    class is a row of the data matrix; an observation sits in the row of its class), read from
    predict_onestep's state predictions as in bkt_vectors.py.
Run: python3 scripts/vectors/bkt_guess_vectors.py   (pip install pyBKT==1.4.3 numpy)
"""
import json
import os
import random

import numpy as np
from pyBKT.fit import predict_onestep


def guess(g, s, options, hint, retry, confirmed):
    ceiling = max(g, 1 - s)
    value = g if options is None else max(g, 1 / max(1, options))
    value = min(value, ceiling)
    for _ in range(int(hint) + int(retry) + int(confirmed)):
        value += (ceiling - value) * 0.5
    return min(value, ceiling)


def textbook(l0, t, s, answers, guesses):
    p, out = l0, []
    for correct, g in zip(answers, guesses):
        if correct:
            post = p * (1 - s) / (p * (1 - s) + (1 - p) * g)
        else:
            post = p * s / (p * s + (1 - p) * (1 - g))
        p = post + (1 - post) * t
        out.append(p)
    return out


def pybkt(l0, t, s, answers, guesses):
    classes = sorted(set(guesses))
    seq = list(answers) + [True]
    rows = list(guesses) + [guesses[-1]]
    matrix = np.zeros((len(classes), len(seq)), dtype=np.int32)
    for column, (correct, g) in enumerate(zip(seq, rows)):
        matrix[classes.index(g), column] = 2 if correct else 1
    data = {"data": matrix, "starts": np.array([1]), "lengths": np.array([len(seq)]),
            "resources": np.ones(len(seq), dtype=np.int64)}
    model = {"learns": np.array([t]), "forgets": np.array([0.0]), "guesses": np.array(classes),
             "slips": np.array([s] * len(classes)), "prior": l0,
             "As": np.array([[[1 - t, 0.0], [t, 1.0]]]), "pi_0": np.array([[1 - l0], [l0]]),
             "resource_names": {}, "gs_names": {}}
    _, states = predict_onestep.run(model, data, parallel=False)
    return [float(x) for x in states[1][1:]]


def main():
    rng = random.Random(20261202)
    cases = []
    # Hand-checkable first case: default parameters, three options, then a hint, then typed.
    fixed = [(True, 3, False, False, False), (True, 3, True, False, False), (False, None, False, False, False),
             (True, None, False, True, False), (True, 4, False, False, True), (True, 2, True, True, True)]
    plans = [(0.1, 0.1, 0.2, 0.1, fixed)]
    for _ in range(60):
        g = round(rng.uniform(0.01, 0.45), 4)
        s = round(rng.uniform(0.01, min(0.45, 0.98 - g)), 4)
        steps = []
        for _ in range(rng.randint(1, 30)):
            options = rng.choice([None, None, 1, 2, 3, 4, 5, 8])
            steps.append((rng.random() < 0.65, options, rng.random() < 0.2, rng.random() < 0.15,
                          rng.random() < 0.15))
        plans.append((round(rng.uniform(0.01, 0.9), 4), round(rng.uniform(0.01, 0.5), 4), g, s, steps))
    for l0, t, g, s, steps in plans:
        answers = [step[0] for step in steps]
        guesses = [guess(g, s, *step[1:]) for step in steps]
        a, b = textbook(l0, t, s, answers, guesses), pybkt(l0, t, s, answers, guesses)
        assert all(abs(x - y) < 1e-12 for x, y in zip(a, b)), (l0, t, g, s, steps, a, b)
        cases.append({"l0": l0, "t": t, "g": g, "s": s,
                      "answers": [{"correct": c, "options": o, "hint": h, "retry": r, "confirmed": f}
                                  for c, o, h, r, f in steps],
                      "guess": guesses, "p_known": a})
    path = os.path.join(os.path.dirname(__file__), "../../Tests/RundingKitTests/Fixtures/bkt/guess-vectors.json")
    with open(path, "w") as f:
        json.dump({"generator": "scripts/vectors/bkt_guess_vectors.py (textbook formula with a guess per "
                                "observation, checked against pyBKT 1.4.3 with one guess class per value)",
                   "cases": cases}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
