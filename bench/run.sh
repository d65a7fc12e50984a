#!/usr/bin/env bash
# Benchmark of architect:verify against a plain ArchUnit test of the same boundary rules on a
# generated project of ~10,000 classes (see docs/performance.md). Not a test: it prints figures.
#
# usage: bench/run.sh [WORK_DIR] [PAIRS]      (defaults: target/bench, 3)
# env:   GEN=path/to/gen_large.py (default ../shared/bench/gen_large.py beside the repository)
#        SKIP_INSTALL=1 to reuse the plugin already installed in WORK_DIR/m2
#        ONLY=large or ONLY=drift to measure one of the two projects (two such runs can share a
#        WORK_DIR once it is installed)
#
# For each project (as generated, and a drift-heavy copy where a tenth of the classes cross an
# undeclared boundary) it runs PAIRS alternating pairs of
#   mvn -q -B -o -Darchitect.cache=false architect:verify      and      mvn -q -B -o surefire:test
# in the same folder under /usr/bin/time -v, and prints user+sys CPU and peak RSS of each, their
# medians and the ratios; then one architect:verify with MAVEN_OPTS=-Xmx512m, which must pass.
# The plugin is installed into a local repository of its own (WORK_DIR/m2, falling back to
# ~/.m2 for everything else), never into ~/.m2.
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mkdir -p "${1:-$REPO/target/bench}" && cd "${1:-$REPO/target/bench}" && pwd)
PAIRS=${2:-3}
GEN=${GEN:-$REPO/../shared/bench/gen_large.py}
M2=$WORK/m2
VERSION=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$REPO/pom.xml" | head -1)
REPO_FLAGS=(-Dmaven.repo.local="$M2" -Dmaven.repo.local.tail="$HOME/.m2/repository")

if [ ! -f "$GEN" ]; then
    echo "no generator at $GEN (set GEN=...)" >&2
    exit 2
fi

if [ "${SKIP_INSTALL:-0}" != 1 ]; then
    echo "installing architect $VERSION into $M2"
    (cd "$REPO" && ./mvnw -B -q install -DskipTests -Dinvoker.skip=true -Djacoco.skip=true "${REPO_FLAGS[@]}")
fi

MVN=(mvn -B -Dstyle.color=never "${REPO_FLAGS[@]}")

prepare() { # DIR [drift]
    local dir=$1
    if [ ! -f "$dir/pom.xml" ]; then
        python3 "$GEN" "$dir" --services 20 --classes 500 --plugin-version "$VERSION" >/dev/null
        if [ "${2:-}" = drift ]; then
            python3 "$REPO/bench/drift.py" "$dir"
        fi
    fi
    # compile once and run each side once, online: these runs fetch what the project and surefire's
    # JUnit provider need, and both sides then start from the same warm file cache
    (cd "$dir" && "${MVN[@]}" -q test-compile)
    (cd "$dir" && "${MVN[@]}" -q -Darchitect.cache=false -Darchitect.failOnViolation=false architect:verify >/dev/null)
    (cd "$dir" && "${MVN[@]}" -q -Dmaven.test.failure.ignore=true surefire:test >/dev/null)
}

# prints "cpu_seconds peak_rss_mb exit_status"
measure() { # DIR ARGS...
    local dir=$1; shift
    local out
    out=$(mktemp)
    local status=0
    (cd "$dir" && /usr/bin/time -v -o "$out" "${MVN[@]}" -q -o "$@" >/dev/null 2>&1) || status=$?
    awk -v status="$status" '
        /User time \(seconds\)/ { user = $NF }
        /System time \(seconds\)/ { sys = $NF }
        /Maximum resident set size/ { rss = $NF }
        END { printf "%.2f %.0f %d\n", user + sys, rss / 1024, status }' "$out"
    rm -f "$out"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

bench() { # NAME DIR
    local name=$1 dir=$2
    local verify_cpu=() verify_rss=() plain_cpu=() plain_rss=()
    echo "== $name: $dir ($(find "$dir/target/classes" -name '*.class' | wc -l) classes), nproc $(nproc), $(java -version 2>&1 | head -1)"
    for i in $(seq 1 "$PAIRS"); do
        read -r vc vr vs < <(measure "$dir" -Darchitect.cache=false -Darchitect.failOnViolation=false architect:verify)
        read -r pc pr ps < <(measure "$dir" -Dmaven.test.failure.ignore=true surefire:test)
        echo "pair $i: architect:verify ${vc} s CPU, ${vr} MB peak RSS (exit $vs) | surefire:test ${pc} s CPU, ${pr} MB peak RSS (exit $ps) | load $(cut -d' ' -f1-3 /proc/loadavg)"
        verify_cpu+=("$vc"); verify_rss+=("$vr"); plain_cpu+=("$pc"); plain_rss+=("$pr")
    done
    local mvc mvr mpc mpr
    mvc=$(printf '%s\n' "${verify_cpu[@]}" | median); mvr=$(printf '%s\n' "${verify_rss[@]}" | median)
    mpc=$(printf '%s\n' "${plain_cpu[@]}" | median); mpr=$(printf '%s\n' "${plain_rss[@]}" | median)
    echo "median: architect:verify ${mvc} s CPU, ${mvr} MB | surefire:test ${mpc} s CPU, ${mpr} MB | CPU ratio $(awk -v a="$mvc" -v b="$mpc" 'BEGIN { printf "%.2f", a / b }'), RSS ratio $(awk -v a="$mvr" -v b="$mpr" 'BEGIN { printf "%.2f", a / b }')"
    local status=0
    (cd "$dir" && MAVEN_OPTS=-Xmx512m "${MVN[@]}" -q -o -Darchitect.cache=false -Darchitect.failOnViolation=false architect:verify >/dev/null 2>&1) || status=$?
    echo "with MAVEN_OPTS=-Xmx512m: $([ "$status" = 0 ] && echo passes || echo "FAILS (exit $status)")"
}

if [ "${ONLY:-large}" = large ]; then
    prepare "$WORK/large"
    bench "as generated" "$WORK/large"
fi
if [ "${ONLY:-drift}" = drift ]; then
    prepare "$WORK/large-drift" drift
    bench "drift-heavy (a tenth of the classes cross a boundary)" "$WORK/large-drift"
fi
