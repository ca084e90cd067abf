#!/usr/bin/env python3
"""Peak RSS and wall time of a runding binary on the hostile inputs of issue 16.

    scripts/hostile-bench.py --binary .build/release/runding [--work /tmp/hostile] [--runs 3]
                             [--timeout 120] [--only NAME ...]

Writes the inputs once into --work (about 600 MB of disk, a 20 GB sparse file that takes none),
then runs each command RUNS times under /usr/bin/time -v and prints a Markdown table row per
input with the median peak RSS and wall time (the median of the runs that finished; a run past
--timeout is killed and the row says so, and the other runs are skipped).
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SESSION = "3f2a1c9e-7b4d-4e8a-9c1f-0d2e3b4a5c6d"
PREFIX = '{"v":1,"at":"2026-11-%02dT%02d:%02d:%02d.000Z","learner":"%s","session":"' + SESSION + '","type":"answer",'


def answer(learner, index, item):
    day, rest = 1 + index // 40_000 % 28, index % 86_400
    return (PREFIX % (day, rest // 3600, rest // 60 % 60, rest % 60, learner)
            + '"item":"%s","correct":%s,"evidence":{"active-listening":true},"rating":3,"ms":4000,"response":"jawapan"}\n'
            % (item, "true" if index % 3 else "false"))


def write_lines(path, count, line):
    with open(path, "w") as out:
        batch = []
        for index in range(count):
            batch.append(line(index))
            if len(batch) == 10_000:
                out.write("".join(batch))
                batch = []
        out.write("".join(batch))


def fresh(path):
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    return path


def inputs(work):
    """name → (description, argument list after the binary); writes what is missing."""
    def made(name):
        marker = os.path.join(work, name + ".done")
        return os.path.exists(marker)

    def done(name):
        open(os.path.join(work, name + ".done"), "w").close()

    cases = {}
    items = ["glossary:enps", "glossary:active-listening", "quiz-enps/q1", "glossary:win-win"]
    if not made("answers"):
        write_lines(os.path.join(fresh(os.path.join(work, "answers")), "ana.jsonl"), 1_000_000,
                    lambda i: answer("ana", i, items[i % 4]))
        done("answers")
    cases["answers"] = ("a 190 MB log of 1M answers", "export xapi", ["export", "xapi", "--progress-dir", os.path.join(work, "answers")])
    if not made("items"):
        write_lines(os.path.join(fresh(os.path.join(work, "items")), "ana.jsonl"), 1_000_000,
                    lambda i: answer("ana", i, "glossary:item-%07d" % i))
        done("items")
    cases["items"] = ("a 198 MB log with 1M distinct items", "report", ["report", "--progress-dir", os.path.join(work, "items")])
    if not made("files"):
        directory = fresh(os.path.join(work, "files"))
        for index in range(200_000):
            name = "l%06d" % index
            with open(os.path.join(directory, name + ".jsonl"), "w") as out:
                out.write(answer(name, index, items[index % 4]))
        done("files")
    cases["files"] = ("200,000 one-line files", "report (table)", ["report", "--progress-dir", os.path.join(work, "files")])
    if not made("sparse"):
        with open(os.path.join(fresh(os.path.join(work, "sparse")), "x.jsonl"), "w") as out:
            out.truncate(20 << 30)
        done("sparse")
    cases["sparse"] = ("a 20 GB sparse file (`truncate -s 20G x.jsonl`)", "report", ["report", "--progress-dir", os.path.join(work, "sparse")])
    keys = ",".join('"s%06d":true' % index for index in range(62_000))
    evidence_line = (PREFIX % (28, 10, 0, 0, "bob") + '"item":"quiz-enps/q1","correct":true,"evidence":{'
                     + keys + '},"ms":5400,"response":"x"}\n')
    if not made("evidence"):
        with open(os.path.join(fresh(os.path.join(work, "evidence")), "bob.jsonl"), "w") as out:
            out.write(evidence_line)
        done("evidence")
    cases["evidence"] = ("one 1 MB line with 62,000 evidence keys (item 6)", "report", ["report", "--progress-dir", os.path.join(work, "evidence")])
    if not made("evidence100"):
        with open(os.path.join(fresh(os.path.join(work, "evidence100")), "bob.jsonl"), "w") as out:
            for _ in range(100_000_000 // len(evidence_line)):
                out.write(evidence_line)
        done("evidence100")
    cases["evidence100"] = ("100 MB of such lines (item 6)", "report", ["report", "--progress-dir", os.path.join(work, "evidence100")])
    if not made("gotos"):
        content = fresh(os.path.join(work, "gotos"))
        shutil.copytree(os.path.join(HERE, "examples/starter/Glossary"), os.path.join(content, "Glossary"))
        os.makedirs(os.path.join(content, "Dialogues"))
        with open(os.path.join(content, "Dialogues/big.yaml"), "w") as out:
            out.write("id: big\nkind: quiz\ntitle: {ms: Besar, en: Big}\nskills: [active-listening]\nstart: n0000\nnodes:\n")
            for index in range(7_500):
                out.write("  n%04d:\n    say: {ms: Soalan, en: Question}\n    choices:\n"
                          "      - {text: {ms: Ya, en: Yes}, feedback: {ms: Baik, en: Good}, goto: g%04d}\n" % (index, index))
        done("gotos")
    cases["gotos"] = ("one 1 MB dialogue of 7,500 nodes, every goto missing (item 9)", "check",
                      ["check", "--content", os.path.join(work, "gotos")])
    return cases


def measure(binary, arguments, timeout):
    command = ["/usr/bin/time", "-v", binary] + arguments + ["--lang", "en"]
    if arguments[0] != "check":
        command += ["--content", HERE]
    try:
        result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=timeout,
                                text=True, errors="replace")
    except subprocess.TimeoutExpired:
        return None
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr).group(1))
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", result.stderr).group(1)
    seconds = 0.0
    for part in wall.split(":"):
        seconds = seconds * 60 + float(part)
    status = re.search(r"Exit status: (\d+)", result.stderr)
    signal = re.search(r"Command terminated by signal (\d+)", result.stderr)
    return rss, seconds, ("signal %s" % signal.group(1)) if signal else int(status.group(1))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--work", default="/tmp/runding-hostile")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=120)
    parser.add_argument("--only", nargs="*")
    options = parser.parse_args()
    os.makedirs(options.work, exist_ok=True)
    cases = inputs(options.work)
    print("| input | command | peak RSS | time | exit |")
    print("| --- | --- | --- | --- | --- |")
    for name, (description, shown, arguments) in cases.items():
        if options.only and name not in options.only:
            continue
        runs = []
        for _ in range(options.runs):
            outcome = measure(os.path.abspath(options.binary), arguments, options.timeout)
            if outcome is None:
                break
            runs.append(outcome)
        if not runs:
            print("| %s | `%s` | — | > %d s (killed) | — |" % (description, shown, options.timeout))
        else:
            rss = statistics.median(run[0] for run in runs) / 1024
            wall = statistics.median(run[1] for run in runs)
            print("| %s | `%s` | %.0f MiB | %.2f s | %s |" % (description, shown, rss, wall,
                                                        ", ".join(sorted({str(run[2]) for run in runs}))))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
