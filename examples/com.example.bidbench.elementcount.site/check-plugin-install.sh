#!/bin/sh
# Installs the example plugin the Eclipse way into a copy of the built product, from its p2 repository
# and from its jar, uses it, lists it and removes it; fails the build when a step does not do what it
# says. The copy lives in a temporary folder elsewhere than the build put the product, as a user's does.
#   check-plugin-install.sh PRODUCT_DIR REPOSITORY_DIR PLUGIN_JAR SAMPLES_DIR
set -u
PRODUCT=$1
REPOSITORY=$2
JAR=$3
SAMPLES=$4
PLUGIN=com.example.bidbench.elementcount
failures=0
CHECK=check-plugin-install
. "$(dirname "$0")/../../releng/product-checks.sh"

[ -x "$PRODUCT/bidbench" ] || { echo "check-plugin-install: no product at $PRODUCT (build releng/org.bidbench.product first)" >&2; exit 1; }
[ -f "$REPOSITORY/content.jar" ] || [ -f "$REPOSITORY/content.xml" ] || [ -f "$REPOSITORY/content.xml.xz" ] || { echo "check-plugin-install: no p2 repository at $REPOSITORY" >&2; exit 1; }
[ -f "$JAR" ] || { echo "check-plugin-install: no plugin jar at $JAR" >&2; exit 1; }
[ -f "$SAMPLES/AC20-FZK-Haus.ifc" ] || { echo "check-plugin-install: no sample model in $SAMPLES (the shared samples, ../shared/samples/ifc)" >&2; exit 1; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cp -R "$PRODUCT" "$WORK/bidbench"
cp "$SAMPLES/AC20-FZK-Haus.ifc" "$WORK/house.ifc"
export XDG_STATE_HOME="$WORK/state"
unset DISPLAY
LAUNCHER="$WORK/bidbench/bidbench"

run before plugins list
[ "$code" -eq 0 ] || fail "plugins list exit $code: $(cat "$WORK/before.err")"
expect before '^no plugins installed'
run count-before count house.ifc IfcWindow
[ "$code" -eq 2 ] || fail "the example's command exists before it is installed (exit $code)"

# From the p2 repository (an update site on disk), the way a firm distributes a plugin.
run install-site plugins install "$REPOSITORY"
[ "$code" -eq 0 ] || fail "plugins install from the repository exit $code: $(cat "$WORK/install-site.err")"
expect install-site "^installed $PLUGIN "
grep -q "$PLUGIN" "$WORK/bidbench/configuration/config.ini" "$WORK/bidbench/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" 2>/dev/null \
	|| fail "the plugin is not in the installation's configuration"
ls "$WORK/bidbench/plugins" | grep -q "^$PLUGIN" || fail "the plugin's jar is not in the installation's plugins folder"
run list plugins list
expect list "^$PLUGIN "
run list-json plugins list --json
expect list-json "\"id\": ?\"$PLUGIN\""
run count count house.ifc IfcWindow
[ "$code" -eq 0 ] || fail "the installed example's command failed, exit $code: $(cat "$WORK/count.err")"
expect count '^total IfcWindow +11$'
run remove plugins remove "$PLUGIN"
[ "$code" -eq 0 ] || fail "plugins remove exit $code: $(cat "$WORK/remove.err")"
expect remove "^removed $PLUGIN "
run count-after count house.ifc IfcWindow
[ "$code" -eq 2 ] || fail "the example's command is still there after 'plugins remove' (exit $code)"
ls "$WORK/bidbench/plugins" | grep -q "^$PLUGIN" && fail "the plugin's jar is still in the plugins folder after removal"

# From the bare jar, the way a developer tries a build.
run install-jar plugins install "$JAR"
[ "$code" -eq 0 ] || fail "plugins install of the jar exit $code: $(cat "$WORK/install-jar.err")"
expect install-jar "^installed $PLUGIN "
run count-jar count house.ifc IfcWindow
expect count-jar '^total IfcWindow +11$'
run remove-jar plugins remove "$PLUGIN"
[ "$code" -eq 0 ] || fail "plugins remove after the jar install exit $code"

# Bad input: a clear message, exit 1, nothing changed.
run bad plugins install "$WORK/no-such-plugin.jar"
[ "$code" -eq 1 ] || fail "a missing jar gave exit $code"
grep -q "no such file" "$WORK/bad.err" || fail "a missing jar's message does not say so: $(cat "$WORK/bad.err")"
run bad-remove plugins remove org.bidbench.cli
[ "$code" -eq 1 ] || fail "removing a part of the product gave exit $code"
run after plugins list
expect after '^no plugins installed'
run info info house.ifc
[ "$code" -eq 0 ] || fail "the product no longer runs after install and removal: $(cat "$WORK/info.err")"

finish "the example plugin installed with p2 from its repository and its jar, used, listed and removed"
