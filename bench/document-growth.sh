#!/usr/bin/env bash
# Whole `mvn verify` of examples/ with a generated architecture.md of 0.1, 1 and 5 MB (issue 17):
# wall time, user and sys CPU and peak RSS of the whole Maven process, against the same build with
# -Darchitect.skip=true (Maven, compiling and packaging the four modules). Each run starts from a fresh
# copy without target/ (no cache), as a CI build does. Not a test: it prints figures.
#
# usage: bench/document-growth.sh [WORK_DIR] [ROUNDS] [SIZES...]   (defaults: target/bench, 2, 100000 1000000 5000000)
# env:   SKIP_INSTALL=1 to reuse the plugin already installed in WORK_DIR/m2
#
# The documents come from io.github.architect.bench.UsualShapeDocument (services numbered from 1, each
# depending on the one before it, three endpoints and one table each); in examples/ almost all of them
# have no code, so a 5 MB document gives about 39,000 findings, which every report lists.
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mkdir -p "${1:-$REPO/target/bench}" && cd "${1:-$REPO/target/bench}" && pwd)
ROUNDS=${2:-2}
shift $(( $# > 2 ? 2 : $# ))
SIZES=("${@:-100000 1000000 5000000}")
read -r -a SIZES <<< "${SIZES[*]}"
M2=$WORK/m2
REPO_FLAGS=(-Dmaven.repo.local="$M2" -Dmaven.repo.local.tail="$HOME/.m2/repository")

if [ "${SKIP_INSTALL:-0}" != 1 ]; then
    (cd "$REPO" && ./mvnw -B -q install -DskipTests -Dinvoker.skip=true -Djacoco.skip=true "${REPO_FLAGS[@]}")
fi
(cd "$REPO" && ./mvnw -B -q -pl architect-rules test-compile)
for size in "${SIZES[@]}"; do
    java -cp "$REPO/architect-rules/target/test-classes" io.github.architect.bench.UsualShapeDocument \
        "$size" "$WORK/architecture-$size.md" >/dev/null
done

run() { # SIZE VARIANT -> "wall user sys rss_mb"
    local dir=$WORK/growth-$1
    rm -rf "$dir"
    cp -r "$REPO/examples" "$dir"
    find "$dir" -name target -type d -prune -exec rm -rf {} +
    cp "$WORK/architecture-$1.md" "$dir/architecture.md"
    local args=(-Darchitect.failOnViolation=false)
    [ "$2" = skip ] && args+=(-Darchitect.skip=true)
    local out
    out=$(mktemp)
    (cd "$dir" && /usr/bin/time -f '%e %U %S %M' -o "$out" mvn -B "${REPO_FLAGS[@]}" "${args[@]}" verify \
        > "$WORK/growth-$1-$2.log" 2>&1) || { echo "build failed, see $WORK/growth-$1-$2.log" >&2; exit 1; }
    awk '{ printf "%.1f %.1f %.1f %d\n", $1, $2, $3, $4 / 1024 }' "$out"
    rm -f "$out"
}

echo "nproc $(nproc), $(java -version 2>&1 | head -1), $ROUNDS rounds"
echo "| document | run | wall | user CPU | sys CPU | peak RSS | load average before |"
echo "|---|---|---:|---:|---:|---:|---:|"
for round in $(seq 1 "$ROUNDS"); do
    for size in "${SIZES[@]}"; do
        for variant in verify skip; do
            load=$(cut -d' ' -f1 /proc/loadavg)
            read -r wall user sys rss <<< "$(run "$size" "$variant")"
            printf '| %.1f MB | %s %s | %s s | %s s | %s s | %s MB | %s |\n' \
                "$(awk -v s="$size" 'BEGIN { print s / 1e6 }')" "$variant" "$round" "$wall" "$user" "$sys" "$rss" "$load"
        done
    done
done
