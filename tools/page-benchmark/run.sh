#!/usr/bin/env bash
# Page benchmark: what shoppers go through over HTTP, measured with wrk against the packaged app on
# its embedded defaults (MariaDB, search node and app on this one machine, demo data).
#
#   ./mvnw -B -q -pl storefront -am package -DskipTests
#   tools/page-benchmark/run.sh    # CONNECTIONS=32 DURATION=30s WARMUP=15s CHECKOUT_CONNECTIONS=64 ONLY=pages|checkout
#
# Needs wrk (Debian: apt-get install wrk) and python3. Starts the app with a fresh data directory
# on port 8097, waits for the demo marketplace, warms every page up, then measures each page in turn
# and prints wrk's figures (requests/s, latency percentiles): anonymous visitors carrying their CSRF
# cookie, as a browser does after its first page. Then the checkout over HTTP: 64 signed-up
# shoppers buy one unit at a time of one hot SKU (a 300,000-unit batch received through the coop
# API) with a fresh Idempotency-Key each (checkout.lua); it checks that the units gone from stock
# equal the checkouts answered 201 (plus at most the answers wrk dropped in flight when it stopped). The app runs with techan.checkout.max-unpaid unlimited, as
# CheckoutBenchmark does: a shopper may otherwise hold only 3 unpaid checkouts.
set -euo pipefail
cd "$(dirname "$0")/../.."

CONNECTIONS=${CONNECTIONS:-32}
CHECKOUT_CONNECTIONS=${CHECKOUT_CONNECTIONS:-64}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-15s}
THREADS=${THREADS:-2}
PORT=${PORT:-8097}
DATA=${DATA:-data-page-benchmark}
JAR=storefront/target/techan-storefront.jar
BASE=http://127.0.0.1:$PORT
ONLY=${ONLY:-} # pages or checkout: measures only those

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
[ -f "$JAR" ] || { echo "$JAR is missing: ./mvnw -B -q -pl storefront -am package -DskipTests" >&2; exit 1; }

rm -rf "$DATA"
TECHAN_CHECKOUT_MAX_UNPAID=2147483647 TECHAN_DATA_DIR="$DATA" MICRONAUT_SERVER_PORT=$PORT \
  java -jar "$JAR" >"$DATA.log" 2>&1 &
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
[ "$ONLY" = checkout ] && pages=()
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

[ "$ONLY" = pages ] && exit 0

# The checkout over HTTP.
post() { curl -s -D "$DATA/headers" -o "$DATA/body" -H 'Content-Type: application/json' "$@"; }
session() { sed -n 's/^[Ss]et-[Cc]ookie: \(techan_session=[^;]*\).*/\1/p' "$DATA/headers" | tr -d '\r'; }
csrf() { json "d['csrfToken']" <"$DATA/body"; }

post -d '{"login":"songkou-ligan.staff","password":"techan-demo-2026"}' "$BASE/api/v1/sessions"
staff_session=$(session)
staff_csrf=$(csrf)
hot_product=$(curl -sf "$BASE/api/v1/products?shop=songkou-ligan&size=1" | json "d['items'][0]['id']")
hot_sku=$(curl -sf "$BASE/api/v1/products/$hot_product" | json "d['skus'][0]['id']")
post -H "Cookie: $staff_session" -H "X-CSRF-Token: $staff_csrf" \
  -d "{\"skuId\":$hot_sku,\"quantity\":300000,\"harvestDate\":\"$(date +%F)\",\"basePlot\":\"benchmark\"}" \
  "$BASE/api/v1/coop/batches"
buyers="$DATA/buyers.txt"
: >"$buyers"
for i in $(seq 1 64); do
  post -d "{\"login\":\"1390000$(printf %04d "$i")\",\"password\":\"buyer-pw-2026\",\"displayName\":\"压测$i\",\"acceptedTermsVersion\":\"2026-12-01\"}" \
    "$BASE/api/v1/consumers"
  echo "$(session) $(csrf)" >>"$buyers"
done
available() { curl -sf "$BASE/api/v1/products/$hot_product" | json "[s['available'] for s in d['skus'] if s['id'] == $hot_sku][0]"; }

export CHECKOUT_BUYERS=$buyers CHECKOUT_SKU=$hot_sku
CHECKOUT_RUN=warm wrk -t"$THREADS" -c"$CHECKOUT_CONNECTIONS" -d"$WARMUP" -s tools/page-benchmark/checkout.lua \
  "$BASE/api/v1/checkout" >/dev/null
sleep 2 # the warm-up's last checkouts, whose answers wrk dropped, finish
before=$(available)
echo "== checkout POST /api/v1/checkout ($CHECKOUT_CONNECTIONS connections, 64 shoppers, SKU $hot_sku)"
CHECKOUT_RUN=measured wrk -t"$THREADS" -c"$CHECKOUT_CONNECTIONS" -d"$DURATION" --latency \
  -s tools/page-benchmark/checkout.lua "$BASE/api/v1/checkout" >"$DATA/checkout.txt"
grep -E "Requests/sec|Latency  |50%|90%|99%|Non-2xx|Socket errors" "$DATA/checkout.txt"
sleep 2
after=$(available)
requests=$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' "$DATA/checkout.txt")
refused=$(sed -n 's/.*Non-2xx or 3xx responses: \([0-9]*\).*/\1/p' "$DATA/checkout.txt")
placed=$((requests - ${refused:-0}))
gone=$((before - after))
echo "Checkouts answered 201: $placed; units gone from stock: $gone; left: $after"
# wrk drops the answers still in flight when it stops (at most one per connection); those
# checkouts are placed all the same.
if [ "$gone" -lt "$placed" ] || [ "$gone" -gt $((placed + CHECKOUT_CONNECTIONS)) ]; then
  echo "MISMATCH: stock and checkouts disagree" >&2
  exit 1
fi
