# Sourced by .ci/run and ./bidbench: sets JAVA_HOME to a JDK 21 or newer, or says clearly that
# there is none. BIRT 4.22 and Eclipse 4.40 need Java 21; the machines' default java is 17.
_bidbench_java_major() {
	"$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\)[."].*/\1/p' | head -n 1
}
_bidbench_found=""
for _candidate in ${JAVA_HOME:-} /usr/lib/jvm/temurin-25-jdk-amd64 $(ls -d /usr/lib/jvm/*/ 2>/dev/null); do
	_candidate=${_candidate%/}
	[ -x "$_candidate/bin/javac" ] || continue
	_major=$(_bidbench_java_major "$_candidate")
	if [ -n "$_major" ] && [ "$_major" -ge 21 ]; then
		_bidbench_found=$_candidate
		break
	fi
done
if [ -z "$_bidbench_found" ]; then
	echo "No JDK 21 or newer found (looked at JAVA_HOME and /usr/lib/jvm/*). BidBench builds with Java 21+:" >&2
	echo "install one (for example Temurin 25 or 'apt-get install openjdk-21-jdk') and set JAVA_HOME." >&2
	return 1 2>/dev/null || exit 1
fi
JAVA_HOME=$_bidbench_found
export JAVA_HOME
unset _bidbench_found _candidate _major
