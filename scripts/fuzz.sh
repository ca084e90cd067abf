#!/usr/bin/env bash
# Builds one libFuzzer target (Fuzz/) and runs it for SECONDS with a seed corpus.
# Usage: scripts/fuzz.sh TARGET SECONDS [extra libFuzzer options…]
#   TARGET: content (YAML bytes → loader + linter + index), answer (text → patterns, matcher,
#           search), progress (JSONL bytes → log reader + replay).
# Crashes, leaks, timeouts and out-of-memory inputs go to fuzz-artifacts/TARGET/; the growing
# corpus stays in fuzz-artifacts/corpus/TARGET/ between runs; a summary line per run is appended
# to fuzz-artifacts/runs.log. Exit status: 0 no finding, 1 a finding (libFuzzer's status otherwise
# non-zero), 64 usage. Replay one input: fuzz-artifacts/bin/fuzz-TARGET FILE.
# FUZZ_CONFIGURATION=debug builds without optimisation (default release).
set -euo pipefail

usage() { echo "usage: scripts/fuzz.sh content|answer|progress SECONDS [libFuzzer options]" >&2; exit 64; }
[[ $# -ge 2 ]] || usage
target=$1
seconds=$2
shift 2
case "$target" in content|answer|progress) ;; *) usage ;; esac
[[ "$seconds" =~ ^[0-9]+$ ]] || usage

here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
configuration=${FUZZ_CONFIGURATION:-release}
artifacts=$here/fuzz-artifacts
seeds=$artifacts/seeds/$target
corpus=$artifacts/corpus/$target
mkdir -p "$artifacts/$target" "$corpus" "$artifacts/bin"
rm -rf "$seeds"
mkdir -p "$seeds"

echo "== building fuzz-$target ($configuration)" >&2
build() {
    swift build --package-path Fuzz -c "$configuration" --product "fuzz-$target" \
        -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library >&2
}
# SwiftPM can keep a stale list of the root package's files after files were added to it (seen
# after a merge: "cannot find 'X' in scope"); the second build sees them.
build || { echo "== build failed; building once more" >&2; build; }
bin=$(swift build --package-path Fuzz -c "$configuration" --show-bin-path)/fuzz-$target
cp "$bin" "$artifacts/bin/fuzz-$target"

# Seeds: the shipped content and the starter pack for YAML; its terms, aliases, patterns and
# sample answers for text; generated logs for the progress reader.
yaml_files() { find Glossary Dialogues examples/starter -name '*.yaml' | sort; }
case "$target" in
content)
    n=0
    while read -r file; do cp "$file" "$seeds/$n.yaml"; n=$((n + 1)); done < <(yaml_files)
    ;;
answer)
    n=0
    # Flow lists (`ms: [a, b]`, `samples: ["30", "+30"]`) and flow texts (`term: {ms: A, en: B}`).
    while IFS= read -r item; do
        item=${item#"${item%%[![:space:]]*}"}
        item=${item%"${item##*[![:space:]]}"}
        item=${item#\"}; item=${item%\"}
        [[ -n "$item" ]] || continue
        printf '%s' "$item" > "$seeds/$n.txt"
        n=$((n + 1))
    done < <(yaml_files | xargs cat \
        | sed -nE 's/^[[:space:]-]*(ms|en|samples|term|text|name): *[\[{](.*)[]}][[:space:]]*$/\2/p' \
        | sed -E 's/(^|, *)(ms|en): /\1/g' | tr ',' '\n')
    printf '%s\n%s' '(dengar|mendengar) [secara] aktif' 'saya rasa mendengar secara aktf' > "$seeds/pattern-1.txt"
    printf '%s\n%s' '[skor] (promoter|promoters)' 'promotor' > "$seeds/pattern-2.txt"
    printf '%s\n%s' '(win win|menang menang) [situasi]' 'menang-menang' > "$seeds/pattern-3.txt"
    printf '%s\n%s' '[a|a] [a|a] [a|a] [a|a] (a|a a) [a] b' 'a a a a a a a a a a a a' > "$seeds/pattern-4.txt"
    { printf '%.0s(' $(seq 40); printf 'a'; printf '%.0s)' $(seq 40); printf '\na\n'; } > "$seeds/pattern-deep.txt"
    ;;
progress)
    session=3f2a1c9e-7b4d-4e8a-9c1f-0d2e3b4a5c6d
    line() { # at type [fields]
        printf '{"v":1,"at":"%s","learner":"fuzz","session":"%s","type":"%s"%s}\n' "$1" "$session" "$2" "${3:-}"
    }
    {
        line 2026-11-28T10:15:30.123Z session_start
        line 2026-11-28T10:15:35.500Z answer ',"item":"quiz-enps/q1","correct":true,"evidence":{"employee-feedback":true},"rating":3,"ms":5400,"response":"promoter"'
        line 2026-11-28T10:15:40.000+08:00 answer ',"item":"glossary:enps","correct":false,"evidence":{},"rating":1,"ms":12,"response":"p\u00e9 \"x\"\n"'
        line 2026-11-28T10:16:00Z dialogue_end ',"dialogue":"quiz-enps","outcome":"passed","score":0.5'
        line 2026-11-28T10:17:00.999Z session_end
    } > "$seeds/session.jsonl"
    {
        for day in $(seq 10 28); do
            line "2026-11-${day}T09:00:00.000Z" session_start
            for item in enps active-listening win-win; do
                line "2026-11-${day}T09:0$((day % 10)):00.000Z" answer \
                    ",\"item\":\"glossary:$item\",\"correct\":$([[ $((day % 3)) == 0 ]] && echo false || echo true),\"evidence\":{\"$item\":true},\"rating\":$((day % 4 + 1)),\"ms\":$((day * 700)),\"response\":\"$item\""
            done
            line "2026-11-${day}T09:30:00.000Z" session_end
        done
    } > "$seeds/month.jsonl"
    {
        printf '\n   \r\n'
        line 2026-11-28T10:15:30.123Z mystery ',"future":[1,{"a":null}]'
        printf '{"v":2,"at":"2026-11-28T10:15:30.123Z"}\n{"v":1,"at":"not a time"}\nnot json\n'
        printf '{"extra":{"nested":[1,2]},"type":"answer","v":1,"session":"%s","learner":"fuzz","at":"2026-11-28T18:15:30.123+08:00","item":"glossary:enps","correct":false,"evidence":{"b":false,"a":true},"ms":12,"response":"x"}\r\n' "$session"
        printf '{"v":1,"at":"2026-11-28T10:15:30.123Z","learner":"fuzz","sess'
    } > "$seeds/odd.jsonl"
    ;;
esac

# No leak detection: Swift keeps spare bits in pointers inside enums and strings, which hides live
# references from LeakSanitizer and turns reachable globals into false "leaks". Unbounded growth is
# still caught by -rss_limit_mb and -malloc_limit_mb.
options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=1024 -detect_leaks=0
         -print_final_stats=1
         -artifact_prefix="$artifacts/$target/")
[[ -f "Fuzz/$target.dict" ]] && options+=(-dict="Fuzz/$target.dict")
# Long enough for nesting attacks: 30,000 brackets (60 KB) once overflowed the pattern parser.
case "$target" in content|answer) options+=(-max_len=131072) ;; progress) options+=(-max_len=16384) ;; esac

log=$artifacts/$target/last-run.log
echo "== fuzzing $target for ${seconds}s ($(ls "$seeds" | wc -l) seeds, $(ls "$corpus" | wc -l) in corpus)" >&2
set +e
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} "$bin" "${options[@]}" "$@" "$corpus" "$seeds" 2>&1 | tee "$log" | grep -vE '^#[0-9]+\s+(NEW|REDUCE|pulse)' >&2
status=${PIPESTATUS[0]}
set -e

execs=$(sed -nE 's/^stat::number_of_executed_units: *([0-9]+).*/\1/p' "$log" | tail -1)
findings=$(find "$artifacts/$target" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'slow-unit-*' \) | wc -l)
summary="$(date -u +%Y-%m-%dT%H:%M:%SZ) target=$target seconds=$seconds execs=${execs:-?} corpus=$(ls "$corpus" | wc -l) artifacts=$findings status=$status"
echo "$summary" >> "$artifacts/runs.log"
echo "== $summary" >&2
[[ $status -eq 0 ]] || exit 1
