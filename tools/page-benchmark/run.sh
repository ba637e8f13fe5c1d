#!/usr/bin/env bash
# Page benchmark: what shoppers go through over HTTP, measured with wrk against the packaged app on
# its embedded defaults (MariaDB, search node and app on this one machine, demo data).
#
#   ./mvnw -B -q -pl storefront -am package -DskipTests
#   tools/page-benchmark/run.sh            # CONNECTIONS=32 DURATION=30s WARMUP=15s by default
#
# Needs wrk (Debian: apt-get install wrk). Starts the app with a fresh data directory on port 8097,
# waits for the demo marketplace, warms every page up, then measures each page in turn and prints
# wrk's figures (requests/s, latency percentiles). Anonymous visitors carrying a cookie jar's CSRF
# cookie, as a browser would after its first page.
set -euo pipefail
cd "$(dirname "$0")/../.."

CONNECTIONS=${CONNECTIONS:-32}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-15s}
THREADS=${THREADS:-2}
PORT=${PORT:-8097}
DATA=${DATA:-data-page-benchmark}
JAR=storefront/target/techan-storefront.jar
BASE=http://127.0.0.1:$PORT

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
[ -f "$JAR" ] || { echo "$JAR is missing: ./mvnw -B -q -pl storefront -am package -DskipTests" >&2; exit 1; }

rm -rf "$DATA"
TECHAN_DATA_DIR="$DATA" MICRONAUT_SERVER_PORT=$PORT java -jar "$JAR" >"$DATA.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

echo "Waiting for the app and its demo marketplace (log: $DATA.log)"
total=0
for _ in $(seq 1 240); do
  total=$(curl -sf "$BASE/api/v1/products?size=1" | json "d['total']" 2>/dev/null || echo 0)
  [ "$total" -ge 150 ] && break
  sleep 1
done
[ "$total" -ge 150 ] || { echo "The demo marketplace did not load" >&2; exit 1; }

product=$(curl -sf "$BASE/api/v1/products?size=1" | json "d['items'][0]['id']")
shop=$(curl -sf "$BASE/api/v1/products?size=1" | json "d['items'][0]['shopSlug']")
pavilion=$(curl -sf "$BASE/api/v1/pavilions" | json "(d['items'] if isinstance(d, dict) else d)[0]['slug']")
cookie=$(curl -s -D - -o /dev/null "$BASE/" | sed -n 's/^[Ss]et-[Cc]ookie: \(techan_csrf=[^;]*\).*/\1/p' | tr -d '\r')
# Let the indexer and relays settle after the demo load.
sleep 10

pages=(
  "product /products/$product"
  "home /"
  "pavilion /pavilions/$pavilion"
  "shop /shops/$shop"
  "search /search?q=%E6%9D%8E%E5%B9%B2"
)
echo "Commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) cores, $CONNECTIONS connections, $DURATION per page after a $WARMUP warm-up each"
for page in "${pages[@]}"; do
  set -- $page
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "Cookie: $cookie" "$BASE$2" >/dev/null
done
for page in "${pages[@]}"; do
  set -- $page
  echo "== $1 $2"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: $cookie" "$BASE$2" \
    | grep -E "Requests/sec|Latency  |50%|90%|99%|Non-2xx|Socket errors"
done
