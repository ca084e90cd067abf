#!/usr/bin/env bash
# Peak resident memory of piped chat sessions with the shipped pack, on a release build.
# Usage: scripts/memory.sh [LINES...]   (default: 1000 10000)
# Prints one Markdown table row per run: lines, peak RSS, wall time, answers recorded.
# Needs GNU time (/usr/bin/time; apt-get install time).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
[[ -x /usr/bin/time ]] || { echo "memory.sh: /usr/bin/time is missing (apt-get install time)" >&2; exit 69; }
swift build -c release --product runding >&2
runding=$(swift build -c release --show-bin-path)/runding
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A mixed session: questions in both languages, quizzes and role-plays from the menus (right,
# wrong and typed answers), reviews, progress and the glossary, language switches.
block=(
    "apa itu eNPS?" "what is active listening" "bagaimana membina kepercayaan dengan pelanggan" "xyzzy"
    "/kuiz" "4" "1" "2" "promoter" "30" "1" "/berhenti"
    "/lakonan" "1" "2" "1" "saya faham kebimbangan encik" "3" "/berhenti"
    "/ulangkaji" "1" "mendengar aktif" "2" "/petunjuk" "3" "/berhenti"
    "/kemajuan" "/glosari" "/bahasa en" "what is a detractor" "/quiz" "7" "2" "1" "1" "/stop"
    "handle bantahan" "Perlu analisis" "/bahasa ms" "terima kasih"
)

# A long history: 100,000 answers over 300 days, replayed when the session starts.
history() {
    awk -v learner="$1" 'BEGIN {
        split("active-listening enps pulse-survey win-win trust follow-up one-on-one-meeting", items, " ")
        for (i = 0; i < 100000; i++) {
            t = 1770000000 + i * 259
            day = int(t / 86400); s = t % 86400
            printf "{\"v\":1,\"at\":\"%s\",\"learner\":\"%s\",\"session\":\"3f2a1c9e-7b4d-4e8a-9c1f-0d2e3b4a5c6d\",\"type\":\"answer\",\"item\":\"glossary:%s\",\"correct\":%s,\"evidence\":{\"active-listening\":true},\"rating\":3,\"ms\":4000,\"response\":\"jawapan\"}\n",
                strftime("%Y-%m-%dT%H:%M:%S.000Z", t, 1), learner, items[i % 7 + 1], (i % 3 ? "true" : "false")
        }
    }'
}

echo "| session | lines | peak RSS | wall | answers recorded |"
echo "| --- | --- | --- | --- | --- |"
measure() { # name lines learner [answers already in the log]
    local name=$1 lines=$2 learner=$3 n=0
    : > "$work/input"
    while (( n < lines )); do
        printf '%s\n' "${block[@]}" >> "$work/input"
        n=$(( n + ${#block[@]} ))
    done
    head -n "$lines" "$work/input" > "$work/input.$lines"
    /usr/bin/time -v -o "$work/time" "$runding" --content . --learner "$learner" --progress-dir "$work" --seed 1 \
        < "$work/input.$lines" > /dev/null
    local rss wall answers
    rss=$(sed -nE 's/.*Maximum resident set size \(kbytes\): ([0-9]+)/\1/p' "$work/time")
    wall=$(sed -nE 's/.*Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (.*)/\1/p' "$work/time")
    answers=$(( $(grep -c '"type":"answer"' "$work/$learner.jsonl" || true) - ${4:-0} ))
    printf '| %s | %s | %s MiB | %s | %s |\n' "$name" "$lines" "$(awk -v k="$rss" 'BEGIN { printf "%.1f", k / 1024 }')" \
        "$wall" "$answers"
}
counts=("$@")
[[ ${#counts[@]} -gt 0 ]] || counts=(0 1000 10000)
for count in "${counts[@]}"; do measure "new learner" "$count" "baru$count"; done
history sejarah > "$work/sejarah.jsonl"
measure "learner with 100,000 past answers" 1000 sejarah 100000
