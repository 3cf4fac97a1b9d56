#!/usr/bin/env bash
# Writes docs/screenshots/PAGE-{phone,desktop}.png (360 and 1280 px wide) for the home, article,
# offer, list, tag, archive and 404 pages of the example site, built with --now 2024-11-20 and
# shot in headless chromium with the browser's clock on that day (see ThemeScreenshots).
# Needs what the browser tests need (run .ci/run once). Usage: scripts/screenshots.sh [PAGE...]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  org.colibri.theme.ThemeScreenshots docs/screenshots "$@"
