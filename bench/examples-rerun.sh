#!/usr/bin/env bash
# What architect:verify adds to `mvn verify` of examples/ when nothing changed (cache on) and with
# the cache off, against -Darchitect.skip=true; whole Maven processes, wall time and user+sys CPU,
# median of ROUNDS alternating rounds. Not a test: it prints figures.
#
# usage: bench/examples-rerun.sh [WORK_DIR] [ROUNDS]     (defaults: target/bench, 5)
# env:   SKIP_INSTALL=1 to reuse the plugin already installed in WORK_DIR/m2
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mkdir -p "${1:-$REPO/target/bench}" && cd "${1:-$REPO/target/bench}" && pwd)
ROUNDS=${2:-5}
M2=$WORK/m2
MVN=(mvn -B -q -Dmaven.repo.local="$M2" -Dmaven.repo.local.tail="$HOME/.m2/repository")

if [ "${SKIP_INSTALL:-0}" != 1 ]; then
    (cd "$REPO" && ./mvnw -B -q install -DskipTests -Dinvoker.skip=true -Djacoco.skip=true \
        -Dmaven.repo.local="$M2" -Dmaven.repo.local.tail="$HOME/.m2/repository")
fi
rm -rf "$WORK/examples"
cp -r "$REPO/examples" "$WORK/examples"
cd "$WORK/examples"
"${MVN[@]}" verify >/dev/null          # compiles, fills the cache, fetches what is missing
"${MVN[@]}" -o verify >/dev/null       # a second run, so the first measured one is a re-run too

# prints "wall_seconds cpu_seconds"
measure() {
    local out
    out=$(mktemp)
    /usr/bin/time -f '%e %U %S' -o "$out" "${MVN[@]}" -o "$@" verify >/dev/null
    awk '{ printf "%.2f %.2f\n", $1, $2 + $3 }' "$out"
    rm -f "$out"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

declare -A wall cpu
for i in $(seq 1 "$ROUNDS"); do
    for variant in skip cached nocache; do
        case $variant in
            skip) args=(-Darchitect.skip=true) ;;
            cached) args=() ;;
            nocache) args=(-Darchitect.cache=false) ;;
        esac
        read -r w c < <(measure "${args[@]}")
        wall[$variant]+="$w "; cpu[$variant]+="$c "
        echo "round $i $variant: ${w} s wall, ${c} s CPU, load $(cut -d' ' -f1 /proc/loadavg)"
    done
done
for variant in skip cached nocache; do
    mw=$(tr ' ' '\n' <<<"${wall[$variant]}" | grep . | median)
    mc=$(tr ' ' '\n' <<<"${cpu[$variant]}" | grep . | median)
    echo "median $variant: ${mw} s wall, ${mc} s CPU"
done
