#!/bin/sh
# Runs headless commands in the installation of the core feature alone (bidbench-cli.product, no
# workbench feature) on a real sample model, and fails the build when one fails, when its output
# lacks what the model fixes, or when a workbench, SWT or JOGL bundle got into the installation.
#   check-core-product.sh PRODUCT_DIR SAMPLES_DIR
set -u
PRODUCT=$1
SAMPLES=$2
MODEL="$SAMPLES/AC20-FZK-Haus.ifc"
failures=0
CHECK=check-core-product
LAUNCHER="$PRODUCT/bidbench"
. "$(dirname "$0")/../product-checks.sh"

[ -x "$PRODUCT/bidbench" ] || { echo "check-core-product: no launcher at $PRODUCT/bidbench" >&2; exit 1; }
[ -f "$MODEL" ] || { echo "check-core-product: no sample model at $MODEL (the shared samples, ../shared/samples/ifc)" >&2; exit 1; }

# Nothing of the workbench: this is what "the CLI is headless" means for an installation.
unwanted=$(ls "$PRODUCT/plugins" | grep -E '^(org\.eclipse\.swt|org\.eclipse\.ui|org\.eclipse\.jface|org\.bidbench\.(ui|viewer|jogl))' || true)
[ -z "$unwanted" ] || fail "workbench bundles in the core installation: $unwanted"
ls "$PRODUCT/plugins" | grep -q '^org\.bidbench\.cli_' || fail "no org.bidbench.cli in $PRODUCT/plugins"

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cp "$MODEL" "$WORK/house.ifc"
# The launcher keeps its state under XDG_STATE_HOME: a fresh one, so the check touches no user's state.
export XDG_STATE_HOME="$WORK/state"
unset DISPLAY

run info info house.ifc
[ "$code" -eq 0 ] || fail "info exit $code: $(cat "$WORK/info.err")"
expect info '^house\.ifc: IFC4, 44[,.]?249 entities'
expect info '^  IfcWallStandardCase +13$'

run quantities quantities house.ifc --csv quantities.csv
[ "$code" -eq 0 ] || fail "quantities exit $code: $(cat "$WORK/quantities.err")"
rows=$(grep -c . "$WORK/quantities.csv" 2>/dev/null || echo 0)
[ "$rows" -gt 80 ] || fail "quantities.csv has $rows lines, expected a header and one row per product (over 80)"
grep -q 'IfcWallStandardCase' "$WORK/quantities.csv" || fail "quantities.csv names no IfcWallStandardCase"

run takeoff takeoff house.ifc --authored-only --out boq.json
[ "$code" -eq 0 ] || fail "takeoff exit $code: $(cat "$WORK/takeoff.err")"
expect takeoff 'GEN-020-010.*Walls - net volume'
sha=$(sha256sum "$WORK/house.ifc" | cut -d' ' -f1)
grep -q "$sha" "$WORK/boq.json" 2>/dev/null || fail "boq.json does not record the model's SHA-256 $sha"

run quote quote house.ifc --customer "Check GmbH" --lang en --out quote.pdf
[ "$code" -eq 0 ] || fail "quote exit $code: $(cat "$WORK/quote.err")"
expect quote 'grand total'
[ "$(head -c 5 "$WORK/quote.pdf" 2>/dev/null)" = "%PDF-" ] || fail "quote.pdf is not a PDF"

# The viewer's benchmark is not part of the core: it says so in one line instead of failing obscurely.
run render bench render house.ifc
[ "$code" -eq 1 ] || fail "bench render exit $code, expected 1 (not installed)"
grep -q 'not installed' "$WORK/render.err" || fail "bench render does not say it is not installed: $(cat "$WORK/render.err")"

run workbench
[ "$code" -eq 1 ] || fail "the launcher without a command exits $code in a core installation, expected 1"
grep -q 'workbench is not installed' "$WORK/workbench.err" || fail "no clear message without the workbench: $(cat "$WORK/workbench.err")"

finish "the core feature alone ran info, quantities, takeoff and quote on $MODEL ($(ls "$PRODUCT/plugins" | wc -l) plugins, none of SWT, JOGL or the workbench)"
