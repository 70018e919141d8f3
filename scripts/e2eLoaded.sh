#!/bin/bash
# Issue 12's loaded run: the whole e2e suite with two busy loops beside it, the load printed before and after.
# Usage: bash scripts/e2eLoaded.sh [LOGFILE]   (build first: npm run build)
# The workers' stderr goes to LOGFILE.stderr with Playwright's API log (DEBUG=pw:api), so a test that hangs
# leaves its last call on record; a stalled app launch also says there which step it is in (testing/launchWatch.ts).
cd "$(dirname "$0")/.." || exit 1
log="${1:-e2e-loaded.log}"
node -e 'for(;;){}' & busy1=$!
node -e 'for(;;){}' & busy2=$!
trap 'kill $busy1 $busy2 2>/dev/null' EXIT
sleep 20
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
DEBUG=pw:api npx playwright test > "$log" 2> "$log.stderr"
rc=$?
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
grep -E "passed|failed|flaky" "$log" | tail -3
grep -F "[launch watch]" "$log.stderr"
exit $rc
