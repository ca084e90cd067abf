#!/usr/bin/env python3
"""Writes Tests/RundingKitTests/Fixtures/bkt/vectors.json: BKT P(L) after each answer.

Each sequence is computed twice and the two must agree to 1e-12:
  - a 10-line implementation of Corbett & Anderson (1995), and
  - pyBKT 1.4.3's forward pass (pyBKT.fit.predict_onestep), whose one-step state prediction
    for step t+1 is exactly P(L) after observing answer t (forgets = 0). A dummy last answer
    is appended so that the prediction after the real last answer is produced.
Run: python3 scripts/vectors/bkt_vectors.py
"""
import json
import os
import random

import numpy as np
from pyBKT.fit import predict_onestep


def textbook(l0, t, g, s, answers):
    p, out = l0, []
    for correct in answers:
        if correct:
            post = p * (1 - s) / (p * (1 - s) + (1 - p) * g)
        else:
            post = p * s / (p * s + (1 - p) * (1 - g))
        p = post + (1 - post) * t
        out.append(p)
    return out


def pybkt(l0, t, g, s, answers):
    seq = [1 if a else 0 for a in answers] + [1]
    data = {"data": np.array([[o + 1 for o in seq]], dtype=np.int32), "starts": np.array([1]),
            "lengths": np.array([len(seq)]), "resources": np.ones(len(seq), dtype=np.int64)}
    model = {"learns": np.array([t]), "forgets": np.array([0.0]), "guesses": np.array([g]),
             "slips": np.array([s]), "prior": l0, "As": np.array([[[1 - t, 0.0], [t, 1.0]]]),
             "pi_0": np.array([[1 - l0], [l0]]), "resource_names": {}, "gs_names": {}}
    _, states = predict_onestep.run(model, data, parallel=False)
    return [float(x) for x in states[1][1:]]


def main():
    rng = random.Random(20261128)
    cases = [{"l0": 0.1, "t": 0.1, "g": 0.2, "s": 0.1, "answers": [True, True, False, True, True, True]}]
    for _ in range(60):
        g = round(rng.uniform(0.01, 0.45), 4)
        cases.append({"l0": round(rng.uniform(0.01, 0.9), 4), "t": round(rng.uniform(0.01, 0.5), 4),
                      "g": g, "s": round(rng.uniform(0.01, min(0.45, 0.98 - g)), 4),
                      "answers": [rng.random() < 0.65 for _ in range(rng.randint(1, 40))]})
    for case in cases:
        args = (case["l0"], case["t"], case["g"], case["s"], case["answers"])
        a, b = textbook(*args), pybkt(*args)
        assert all(abs(x - y) < 1e-12 for x, y in zip(a, b)), (case, a, b)
        case["p_known"] = a
    path = os.path.join(os.path.dirname(__file__), "../../Tests/RundingKitTests/Fixtures/bkt/vectors.json")
    with open(path, "w") as f:
        json.dump({"generator": "scripts/vectors/bkt_vectors.py (textbook formula, checked against pyBKT 1.4.3)",
                   "cases": cases}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
