#!/usr/bin/env bash
# Matching time per CompanyRegistered as the eligibility index grows from 100 to 1 000 to 10 000
# allocations, in matching-service against the real PostgreSQL (127.0.0.1:5432, or TEST_PG_* env vars;
# Testcontainers where Docker runs). Prints a table, the 10 000 / 100 ratio (target <= 1.5) and a JSON line.
# Needs the upstream modules in ~/.m2 (./mvnw -B -q -pl event-contracts,platform,test-support install -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/../.."

classpath_file=matching-service/target/bench.classpath
./mvnw -B -q -pl matching-service test-compile dependency:build-classpath \
  -Dmdep.outputFile="$(pwd)/$classpath_file" -Dmdep.includeScope=test
exec java -Xms512m -Xmx1g -cp "matching-service/target/test-classes:matching-service/target/classes:$(cat "$classpath_file")" \
  kr.fundflow.matching.bench.MatchingBenchmark "$@"
