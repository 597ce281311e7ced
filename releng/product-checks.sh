# Shell functions shared by the build's checks of a built product (sourced, not run):
# releng/org.bidbench.product/check-core-product.sh and
# examples/com.example.bidbench.elementcount.site/check-plugin-install.sh.
# The sourcing script sets CHECK (its name, for messages), LAUNCHER (the bidbench launcher to run)
# and WORK (a temporary folder, the commands' working directory), and starts failures at 0.

fail() {
	# fail MESSAGE...: reports one failed check; the script goes on and exits 1 at its end
	echo "$CHECK: FAILED: $*" >&2
	failures=$((failures + 1))
}

run() {
	# run NAME ARGS...: the command's stdout in $WORK/NAME.out, stderr in $WORK/NAME.err, exit code in $code
	name=$1
	shift
	(cd "$WORK" && "$LAUNCHER" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err")
	code=$?
	echo "$CHECK: bidbench $* -> exit $code"
}

expect() {
	# expect NAME PATTERN: the command's stdout has a line matching PATTERN (grep -E)
	grep -Eq "$2" "$WORK/$1.out" || fail "bidbench $1: no line matching '$2' in: $(head -c 2000 "$WORK/$1.out") $(head -c 2000 "$WORK/$1.err")"
}

finish() {
	# finish SUCCESS-MESSAGE: exits 1 when a check failed, else says what was checked
	if [ "$failures" -gt 0 ]; then
		echo "$CHECK: $failures check(s) failed" >&2
		exit 1
	fi
	echo "$CHECK: $*"
}
