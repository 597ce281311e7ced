#!/usr/bin/env bash
# Runs issue 18's benchmarks in one run, ours and web-ifc's on the same files, and writes them as
# Markdown tables (one per benchmark, then the goals): what docs/benchmarks.md keeps.
#
#   releng/bench-tables.sh [--quick] [--out FILE.md] [--work DIR] [--samples DIR]
#                          [--large FILE] [--large-1g FILE] [--no-large] [--no-1g] [--render-1g]
#                          [--rounds N] [--frames N]
#
#   --quick        three small samples, no large model: to try the script (a couple of minutes)
#   --out FILE.md  where the tables go (default: WORK/bench-tables.md); printed at the end
#   --work DIR     raw outputs of every command (default: /tmp/bench-tables); reused by --tables-only
#   --samples DIR  the shared sample models (default: ../shared/samples/ifc)
#   --large FILE   the generated 212 MB model (default: /tmp/large-fzk.ifc; generated when absent)
#   --large-1g FILE  the generated 1 GB model (default: /tmp/large/large-fzk-1g.ifc; generated when absent)
#   --no-large / --no-1g  leave out both large models / the 1 GB one
#   --render-1g    also `bench render` the 1 GB model (15 minutes and more on llvmpipe)
#   --rounds N     rounds of `bench parse` (default 6; 2 on the 1 GB model); `bench geometry` runs 2 (1 on the 1 GB model)
#   --frames N     frames per orbit of `bench render` (default 30; 12 on the 1 GB model)
#   --tables-only  write the tables again from the raw outputs in WORK, run nothing
#
# Run it on an idle machine: every figure is a time, and the script records `uptime` before and after
# each block so that a reader can tell. It needs python3 (the tables), xvfb-run (bench render),
# /usr/bin/time (peak RSS) and Node.js (web-ifc's side, ../shared/tools/peer-bench/run).
set -euo pipefail
# The whole script is one block, read before it runs: editing this file during a run (an hour) does not
# change what the run does.
{
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

quick=no
out=""
work=/tmp/bench-tables
samples="$ROOT/../shared/samples/ifc"
large=/tmp/large-fzk.ifc
large1g=/tmp/large/large-fzk-1g.ifc
use_large=yes
use_1g=yes
render_1g=no
rounds=6
geometry_rounds=2
frames=30
tables_only=no
peer="$ROOT/../shared/tools/peer-bench/run"

usage() {
	sed -n '5,20p' "$0" | sed 's/^# \{0,1\}//' >&2
	exit 2
}

while [ $# -gt 0 ]; do
	case "$1" in
	--quick) quick=yes ;;
	--out) out=$2; shift ;;
	--work) work=$2; shift ;;
	--samples) samples=$2; shift ;;
	--large) large=$2; shift ;;
	--large-1g) large1g=$2; shift ;;
	--no-large) use_large=no; use_1g=no ;;
	--no-1g) use_1g=no ;;
	--render-1g) render_1g=yes ;;
	--rounds) rounds=$2; shift ;;
	--frames) frames=$2; shift ;;
	--tables-only) tables_only=yes ;;
	-h | --help) usage ;;
	*) echo "bench-tables: unknown option '$1'" >&2; usage ;;
	esac
	shift
done
[ -n "$out" ] || out="$work/bench-tables.md"
mkdir -p "$work"

tables() {
	# the Markdown, written beside $out and renamed, so that a failure leaves the old file as it was
	if ! python3 "$ROOT/releng/bench-tables.py" "$work" > "$out.tmp"; then
		rm -f "$out.tmp"
		echo "bench-tables: could not write the tables from $work/raw (see above); rerun with --tables-only --work $work" >&2
		exit 1
	fi
	mv "$out.tmp" "$out"
}

if [ "$tables_only" = yes ]; then
	tables
	echo "bench-tables: wrote $out" >&2
	exit 0
fi

for tool in python3 xvfb-run /usr/bin/time node; do
	command -v "$tool" > /dev/null || { echo "bench-tables: $tool is missing; install it (apt install python3 xvfb time nodejs npm)" >&2; exit 1; }
done
[ -d "$samples" ] || { echo "bench-tables: no sample folder $samples; give it with --samples DIR" >&2; exit 1; }
[ -x "$peer" ] || { echo "bench-tables: no web-ifc script $peer (../shared/tools/peer-bench/run)" >&2; exit 1; }

# The raw outputs of an earlier run would mix with this one's.
rm -rf "$work/raw"
mkdir -p "$work/raw"
log="$work/raw/commands.txt"
: > "$log"

stamp() {
	# stamp BLOCK WHEN: uptime (load average) before or after a block
	echo "$1	$2	$(date -u +%H:%M:%S)	$(uptime)" >> "$work/raw/uptime.tsv"
}

record() {
	# record COMMAND...: the command as a reader types it from the repository root, for the tables' page
	echo "$*" >> "$log"
}

# --- the product and the models ---------------------------------------------------------------
. .ci/find-java.sh # the JDK the launcher and the generator use
./bidbench --version > /dev/null # builds the product first when there is none (see ./bidbench)

generate() {
	# generate COPIES FILE: the model made of COPIES copies of AC20 (LargeModelWriter, in the IFC test fragment)
	local copies=$1 file=$2
	[ -f "$file" ] && return 0
	echo "bench-tables: generating $file ($copies copies of AC20-FZK-Haus)" >&2
	if [ ! -f tests/org.bidbench.ifc.tests/target/classes/org/bidbench/ifc/tests/tools/LargeModelWriter.class ]; then
		./mvnw -B -o verify -DskipTests -Dformatter.skip -pl tests/org.bidbench.ifc.tests -am > "$work/raw/build-generator.log" 2>&1
	fi
	mkdir -p "$(dirname "$file")"
	"$JAVA_HOME/bin/java" -cp tests/org.bidbench.ifc.tests/target/classes:bundles/org.bidbench.ifc/target/classes \
		org.bidbench.ifc.tests.tools.LargeModelWriter "$samples/AC20-FZK-Haus.ifc" "$file" "$copies"
}

files=()
if [ "$quick" = yes ]; then
	for f in IfcOpenHouse_IFC4.ifc example.ifc AC20-FZK-Haus.ifc; do
		files+=("$samples/$f")
	done
	use_large=no
	use_1g=no
	rounds=2
	geometry_rounds=1
	frames=8
else
	for f in "$samples"/*.ifc; do
		files+=("$f")
	done
fi
if [ "$use_large" = yes ]; then
	generate 210 "$large"
	files+=("$large")
fi
big=()
if [ "$use_1g" = yes ]; then
	generate 1000 "$large1g"
	big+=("$large1g")
fi

{
	echo "date	$(date -u '+%Y-%m-%d %H:%M UTC')"
	echo "commit	$(git rev-parse --short HEAD) ($(git rev-parse --abbrev-ref HEAD))$(git diff --quiet HEAD -- bundles || echo ', with uncommitted changes in bundles/')"
	echo "cpu	$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(nproc) cores"
	echo "memory	$(free -g | awk '/^Mem:/ {print $2}') GiB"
	echo "os	$(. /etc/os-release && echo "$PRETTY_NAME"), $(uname -r)"
	echo "build	$(./bidbench --version 2>/dev/null | head -n 1)"
	echo "java	$("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)"
	echo "node	$(node --version)"
	echo "quick	$quick"
	echo "render_1g	$render_1g"
	echo "rounds	$rounds"
	echo "frames	$frames"
} > "$work/raw/machine.tsv"
printf '%s\n' "${files[@]}" > "$work/raw/files.txt"
printf '%s\n' "${big[@]+"${big[@]}"}" > "$work/raw/files-1g.txt"

rel() {
	# rel PATH: the path as the tables show it (relative to the repository when it is under ..)
	case "$1" in
	"$ROOT"/../*) echo "..${1#"$ROOT"/..}" ;;
	*) echo "$1" ;;
	esac
}
relfiles() {
	local f
	for f in "$@"; do printf '%s ' "$(rel "$f")"; done
}

timed() {
	# timed NAME COMMAND...: stdout in NAME.out, stderr and /usr/bin/time -v in NAME.err; never stops the run
	local name=$1
	shift
	echo "bench-tables: $name" >&2
	if ! /usr/bin/time -v -o "$work/raw/$name.time" "$@" > "$work/raw/$name.out" 2> "$work/raw/$name.err"; then
		echo "bench-tables: $name failed (see $work/raw/$name.err); its cells will say n/a" >&2
	fi
}

# --- web-ifc ----------------------------------------------------------------------------------
stamp web-ifc before
record "$(rel "$peer") $(relfiles "${files[@]}" "${big[@]+"${big[@]}"}")"
timed peer "$peer" "${files[@]}"
[ ${#big[@]} -eq 0 ] || timed peer-1g "$peer" "${big[@]}"
stamp web-ifc after

# --- bench parse --------------------------------------------------------------------------------
stamp parse before
for t in 1 2; do
	record "BIDBENCH_VMARGS=-Xmx3g ./bidbench bench parse $(relfiles "${files[@]}")--threads $t --rounds $rounds --json"
	BIDBENCH_VMARGS=-Xmx3g timed "parse-t$t" ./bidbench bench parse "${files[@]}" --threads "$t" --rounds "$rounds" --json
	if [ ${#big[@]} -gt 0 ]; then
		record "BIDBENCH_VMARGS=-Xmx4g /usr/bin/time -v ./bidbench bench parse $(relfiles "${big[@]}")--threads $t --rounds 2 --json"
		BIDBENCH_VMARGS=-Xmx4g timed "parse-1g-t$t" ./bidbench bench parse "${big[@]}" --threads "$t" --rounds 2 --json
	fi
done
stamp parse after

# --- bench geometry -----------------------------------------------------------------------------
stamp geometry before
for t in 1 2; do
	record "BIDBENCH_VMARGS=-Xmx3g ./bidbench bench geometry $(relfiles "${files[@]}")--threads $t --rounds $geometry_rounds --json"
	BIDBENCH_VMARGS=-Xmx3g timed "geometry-t$t" ./bidbench bench geometry "${files[@]}" --threads "$t" --rounds "$geometry_rounds" --json
	if [ ${#big[@]} -gt 0 ]; then
		record "BIDBENCH_VMARGS=-Xmx4g /usr/bin/time -v ./bidbench bench geometry $(relfiles "${big[@]}")--threads $t --rounds 1 --json"
		BIDBENCH_VMARGS=-Xmx4g timed "geometry-1g-t$t" ./bidbench bench geometry "${big[@]}" --threads "$t" --rounds 1 --json
	fi
done
stamp geometry after

# --- quantities: the whole command, as a user waits for it ----------------------------------------
stamp quantities before
record "BIDBENCH_VMARGS=-Xmx4g /usr/bin/time -v ./bidbench quantities FILE --csv OUT.csv --threads 1|2   # for each file"
n=0
for f in "${files[@]}" "${big[@]+"${big[@]}"}"; do
	for t in 1 2; do
		BIDBENCH_VMARGS=-Xmx4g timed "quantities-$n-t$t" ./bidbench quantities "$f" --csv "$work/raw/quantities-$n-t$t.csv" --threads "$t"
		echo "$f" > "$work/raw/quantities-$n-t$t.file"
		rm -f "$work/raw/quantities-$n-t$t.csv"
	done
	n=$((n + 1))
done
stamp quantities after

# --- bench render at 1280x720 (its geometry runs on the engine's automatic thread count) -----------
stamp render before
render_files=("${files[@]}")
if [ "$render_1g" = yes ] && [ ${#big[@]} -gt 0 ]; then
	render_files+=("${big[@]}")
fi
record "BIDBENCH_VMARGS=-Xmx4g xvfb-run -a -s \"-screen 0 1600x1000x24\" /usr/bin/time -v ./bidbench bench render FILE --size 1280x720 --frames $frames --json   # for each file (12 frames on the 1 GB model)"
n=0
for f in "${render_files[@]}"; do
	f_frames=$frames
	if [ ${#big[@]} -gt 0 ] && [ "$f" = "${big[0]}" ] && [ "$frames" -gt 12 ]; then
		f_frames=12 # about 10 s a frame on llvmpipe
	fi
	BIDBENCH_VMARGS=-Xmx4g timed "render-$n" xvfb-run -a -s "-screen 0 1600x1000x24" ./bidbench bench render "$f" --size 1280x720 --frames "$f_frames" --json
	echo "$f" > "$work/raw/render-$n.file"
	n=$((n + 1))
done
stamp render after

tables
echo "bench-tables: wrote $out (raw outputs in $work/raw)" >&2
exit 0
}
