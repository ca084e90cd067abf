#!/usr/bin/env python3
"""Expected BM25 scores for Tests/RundingKitTests/Search/BM25Tests.swift.

Scores a few queries over a small tokenised corpus two ways and writes
Tests/RundingKitTests/Fixtures/search/bm25_vectors.json:

- "okapi": rank-bm25's BM25Okapi (pip install rank-bm25). Its idf is
  ln((N - n + 0.5) / (n + 0.5)); tokens in more than half of the documents get a negative
  idf, which BM25Okapi replaces by epsilon * (mean idf of the whole vocabulary). The corpus
  below has such a token ("pelanggan") and one in exactly half ("harga", idf 0) on purpose.
- "lucene": the idf ln(1 + (N - n + 0.5) / (n + 0.5)) that the glossary search uses (never
  negative, independent of the rest of the vocabulary), computed here directly.

Both use k1 = 1.2, b = 0.75 and the same term-frequency part as BM25Okapi.get_scores.
Run: python3 scripts/vectors/bm25_vectors.py
"""
import json
import math
import pathlib

from rank_bm25 import BM25Okapi

K1 = 1.2
B = 0.75
EPSILON = 0.25

CORPUS = [
    "pelanggan dengar aktif soal pelanggan".split(),
    "runding pembeli agresif pelanggan harga".split(),
    "bantah harga pelanggan akui tanya".split(),
    "enps skor promoter pengkritik pekerja skor".split(),
    "tinjau nadi pekerja enps pelanggan".split(),
    "menang menang runding nilai harga pelanggan".split(),
]

QUERIES = [
    ["dengar", "aktif"],
    ["runding", "agresif"],
    ["pelanggan"],                       # negative okapi idf: floored
    ["harga"],                           # in exactly half: okapi idf 0
    ["enps", "skor", "skor"],            # a repeated query token counts twice
    ["menang", "menang", "pelanggan"],
    ["xyzzy"],                           # unknown: all zero
    ["pekerja", "tidak", "wujud", "bantah"],
]


def lucene_scores(corpus, query):
    n_docs = len(corpus)
    avgdl = sum(len(d) for d in corpus) / n_docs
    df = {}
    for doc in corpus:
        for token in set(doc):
            df[token] = df.get(token, 0) + 1
    scores = []
    for doc in corpus:
        score = 0.0
        for q in query:
            if q not in df:
                continue
            idf = math.log(1 + (n_docs - df[q] + 0.5) / (df[q] + 0.5))
            tf = doc.count(q)
            score += idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * len(doc) / avgdl))
        scores.append(score)
    return scores


def main():
    okapi = BM25Okapi(CORPUS, k1=K1, b=B, epsilon=EPSILON)
    cases = []
    for query in QUERIES:
        cases.append({"formula": "okapi", "epsilon": EPSILON, "query": query,
                      "scores": [float(s) for s in okapi.get_scores(query)]})
        cases.append({"formula": "lucene", "query": query, "scores": lucene_scores(CORPUS, query)})
    out = {
        "generator": "scripts/vectors/bm25_vectors.py (rank-bm25 BM25Okapi; lucene idf computed directly)",
        "k1": K1, "b": B, "corpus": CORPUS, "cases": cases,
    }
    path = pathlib.Path(__file__).resolve().parents[2] / "Tests/RundingKitTests/Fixtures/search/bm25_vectors.json"
    path.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {len(cases)} cases to {path}")


if __name__ == "__main__":
    main()
