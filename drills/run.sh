#!/usr/bin/env bash
# Fault drills against the real system. Builds what is missing, then runs drills.jar with the given options:
#   drills/run.sh --quick              # the CI variant (a few minutes)
#   drills/run.sh                      # full mode (1 000 budget trials, 12 000 fuzzed requests, ...)
#   drills/run.sh --only fuzz --seed 42
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f local-stack/target/local-stack.jar ] || [ ! -f drills/target/drills.jar ]; then
  ./mvnw -B -q -DskipTests package
fi
exec java -Xmx512m -jar drills/target/drills.jar "$@"
