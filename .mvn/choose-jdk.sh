# Sourced by mvnw and .ci/run. Maven must run on JDK 21 or newer, because Vaadin's Maven plugin runs inside Maven's
# own JVM. A JAVA_HOME already set is kept, as is a java on PATH that is new enough; otherwise the first JDK 21 or
# newer installed under /usr/lib/jvm is taken, preferring the newest, so that the README's commands need no set-up.

caucus_java_major() {
  "$1" -version 2>&1 | head -n 1 | sed -E 's/^[^"]*"(1\.)?([0-9]+).*/\2/'
}

if [ -z "${JAVA_HOME:-}" ] && [ "$(caucus_java_major java 2>/dev/null || echo 0)" -lt 21 ] 2>/dev/null; then
  for caucus_jdk in $(find /usr/lib/jvm -mindepth 1 -maxdepth 1 2>/dev/null | sort -t- -k2,2nr); do
    if [ -x "$caucus_jdk/bin/java" ] && [ "$(caucus_java_major "$caucus_jdk/bin/java")" -ge 21 ] 2>/dev/null; then
      JAVA_HOME="$caucus_jdk"
      export JAVA_HOME
      break
    fi
  done
fi
