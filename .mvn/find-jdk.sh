# Sourced by ./mvnw: the build needs a JDK 21 or newer. When JAVA_HOME (or the java on PATH) is
# older, look in the usual install locations for a newer JDK and use it, saying which one.
saferank_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java.specification.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}
saferank_find_jdk() {
  required=21
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    v=$(saferank_java_major "$JAVA_HOME")
    [ "${v:-0}" -ge "$required" ] && return 0
  elif command -v javac >/dev/null 2>&1; then
    home=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    v=$(saferank_java_major "$home")
    if [ "${v:-0}" -ge "$required" ]; then JAVA_HOME=$home; export JAVA_HOME; return 0; fi
  fi
  best= best_v=0
  set +f # mvnw runs with globbing off
  for home in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -x "$home/bin/javac" ] || continue
    v=$(saferank_java_major "$home")
    if [ "${v:-0}" -ge "$required" ] && [ "$v" -gt "$best_v" ]; then best=$home best_v=$v; fi
  done
  set -f
  if [ -z "$best" ]; then
    echo "SafeRank needs a JDK $required or newer; none found in JAVA_HOME, on PATH or under /usr/lib/jvm. Install one (e.g. Temurin 25) and set JAVA_HOME." >&2
    exit 1
  fi
  [ "${MVNW_VERBOSE-}" = true ] && echo "mvnw: using JDK $best_v at $best" >&2
  JAVA_HOME=$best
  export JAVA_HOME
}
saferank_find_jdk
