# Sourced by ./mvnw. Vaadin 25 and its Maven plugin need Java 21+, but the default `java` on some
# machines (Debian 12: 17) is older. When the JDK in use is too old, switch to the newest installed
# JDK 21+ so that `./mvnw ...` works without setting JAVA_HOME by hand.
mvnw_min_java=21

mvnw_java_major() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] && [ -f "$1/release" ] || return 0
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release"
}

mvnw_current_jdk() {
  if [ -n "${JAVA_HOME-}" ]; then
    printf %s "$JAVA_HOME"
  elif mvnw_java=$(command -v java 2>/dev/null); then
    mvnw_java=$(readlink -f "$mvnw_java" 2>/dev/null || printf %s "$mvnw_java")
    printf %s "${mvnw_java%/bin/java}"
  fi
}

mvnw_jdk=$(mvnw_current_jdk)
mvnw_major=$(mvnw_java_major "$mvnw_jdk")
if [ "${mvnw_major:-0}" -lt "$mvnw_min_java" ]; then
  mvnw_best="" mvnw_best_major=0
  case $- in *f*) mvnw_noglob=1 ;; *) mvnw_noglob=0 ;; esac
  set +f
  for mvnw_candidate in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* \
    "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    mvnw_candidate_major=$(mvnw_java_major "$mvnw_candidate")
    if [ "${mvnw_candidate_major:-0}" -gt "$mvnw_best_major" ]; then
      mvnw_best=$mvnw_candidate mvnw_best_major=$mvnw_candidate_major
    fi
  done
  [ "$mvnw_noglob" -eq 0 ] || set -f
  if [ "$mvnw_best_major" -lt "$mvnw_min_java" ]; then
    echo "mvnw: this project needs a JDK $mvnw_min_java or newer; found ${mvnw_major:-none} at '${mvnw_jdk:-?}'." >&2
    echo "mvnw: install one (e.g. Temurin 25) or set JAVA_HOME to it." >&2
    exit 1
  fi
  echo "mvnw: using JDK $mvnw_best_major at $mvnw_best (the default java is ${mvnw_major:-missing}; this project needs $mvnw_min_java+)" >&2
  JAVA_HOME=$mvnw_best
  export JAVA_HOME
fi
