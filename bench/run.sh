#!/usr/bin/env bash
# Build benchmark: generates a deterministic French corpus of N articles and N/10 offers, builds
# it several times with the ./colibri launcher (JVM start included) and prints median wall time,
# CPU time, peak memory, pages written and pages per second, for cold builds (no output folder,
# no cache) and for cached rebuilds after one article changed.
#
# Usage: bench/run.sh [ARTICLES ...]        (default: 1000 10000)
#        RUNS=5 bench/run.sh 10000          (builds per measurement, default 5)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${RUNS:-5}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)

# Builds target/colibri.jar when needed, and the class-data sharing archive that the launcher
# writes on the first build after the jar changes (that build is slower: it is not one to measure).
warmup=$(mktemp -d)
"$root/colibri" build --source "$root" --output "$warmup/public" --cache-dir "$warmup/cache" --quiet
rm -rf "$warmup"

# Cold builds move the previous output and cache aside instead of deleting them, and the trash is
# deleted at the end: ext4 skips inodes freed in the last 60 to 360 seconds when it allocates new
# ones (fs/ext4/ialloc.c, recently_deleted), so creating 35,000 files and folders right after
# deleting as many is several times slower, whichever program creates them. A CI run starts from a
# fresh clone and never pays that; a benchmark that deletes before each run would measure it.
trash="$root/bench/.trash"
rm -rf "$trash"
mkdir -p "$trash"
trap 'rm -rf "$trash"; echo "(set-aside output deleted: on ext4 without a journal, wait six minutes before measuring cold builds again)" >&2' EXIT
set_aside() { # folders...
  local d
  for d in "$@"; do
    [ -e "$d" ] && mv "$d" "$(mktemp -d "$trash/run.XXXXXX")/"
  done
  return 0
}

median() { sort -n | awk '{a[NR]=$1} END {m=(NR+1)/2; if (NR%2) print a[m]; else print (a[NR/2]+a[NR/2+1])/2}'; }

measure() { # label corpus prepare-command
  local label=$1 corpus=$2 prepare=$3 times; times=$(mktemp)
  for i in $(seq "$runs"); do
    eval "$prepare"
    /usr/bin/time -f "%e %U %S %M" -o "$times.run" \
      "$root/colibri" build --source "$corpus" --now 2025-01-01 --quiet
    cat "$times.run" >> "$times"
  done
  local wall cpu rss pages
  wall=$(awk '{print $1}' "$times" | median)
  cpu=$(awk '{print $2 + $3}' "$times" | median)
  rss=$(awk '{print $4 / 1024}' "$times" | median)
  pages=$(find "$corpus/public" -name '*.html' | wc -l)
  printf '%-8s %-7s %8.2f s %8.2f s %8.0f MB %8d %10.0f\n' "$(basename "$corpus")" "$label" "$wall" "$cpu" "$rss" \
    "$pages" "$(awk -v p="$pages" -v w="$wall" 'BEGIN {print p / w}')"
  rm -f "$times" "$times.run"
}

printf '%-8s %-7s %10s %10s %11s %8s %10s\n' articles build wall cpu "peak RSS" pages "pages/s"
for n in "${sizes[@]}"; do
  corpus="$root/bench/corpus/$n"
  [ -f "$corpus/site.yml" ] || java "$root/bench/GenerateCorpus.java" "$corpus" "$n"
  measure cold "$corpus" 'set_aside "$corpus/public" "$corpus/.colibri"'
  # Warm the cache once, then change one article before each measured build.
  "$root/colibri" build --source "$corpus" --now 2025-01-01 --quiet
  measure cached "$corpus" 'printf "\nUne phrase ajoutée %s.\n" "$i" >> "$corpus/content/articles/article-000000.md"'
done
