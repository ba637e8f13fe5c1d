#!/usr/bin/env bash
# Lighthouse 12 with its mobile settings (emulated phone, simulated slow 4G and a 4x slower CPU)
# on the demo marketplace's home, a product, search and a cart holding one line: the scores for
# performance, accessibility and best practices. Starts the packaged app on its embedded defaults
# in a fresh data directory, and stops it afterwards.
#
#   tools/lighthouse/run.sh            (needs Node 20+, npm and Debian's chromium)
set -euo pipefail
cd "$(dirname "$0")"
here=$(pwd)
root=$(cd ../.. && pwd)
port=${PORT:-18080}
base="http://127.0.0.1:$port"
chrome=${CHROME_PATH:-/usr/bin/chromium}

npm ci --no-audit --no-fund --silent
jar="$root/storefront/target/techan-storefront.jar"
[ -f "$jar" ] || (cd "$root" && ./mvnw -B -q -pl storefront -am package -DskipTests)

data=$(mktemp -d -p "$root" .lighthouse-data.XXXX)
reports="$root/target/lighthouse"
mkdir -p "$reports"
TECHAN_DATA_DIR="$data" MICRONAUT_SERVER_PORT="$port" java -jar "$jar" >"$reports/app.log" 2>&1 &
app=$!
cleanup() { kill "$app" 2>/dev/null; wait "$app" 2>/dev/null || true; rm -rf "$data"; }
trap cleanup EXIT

echo "Waiting for the demo marketplace on $base ..."
for _ in $(seq 1 180); do
  answer=$(curl -fsS "$base/api/v1/search?q=%E6%9D%8E%E5%B9%B2&size=1" 2>/dev/null || true)
  total=$(printf '%s' "$answer" \
    | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{try{const r=JSON.parse(s);console.log(r.fallback?0:r.total)}catch(e){console.log(0)}})')
  [ "${total:-0}" -gt 0 ] && break
  sleep 2
done
[ "${total:-0}" -gt 0 ] || { echo "The demo did not come up; see $reports/app.log" >&2; exit 1; }

product=$(curl -fsS "$base/api/v1/search?q=%E6%9D%8E%E5%B9%B2&size=1" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).items[0].id))')
sku=$(curl -fsS "$base/api/v1/products/$product" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).skus.find(k=>k.available>0).id))')

# A visitor's cart with one line: the CSRF cookie from any page, then the product page's form.
jar_file="$data/cookies"
curl -fsS -c "$jar_file" -o /dev/null "$base/sign-in"
csrf=$(awk '$6 == "techan_csrf" {print $7}' "$jar_file")
curl -fsS -b "$jar_file" -c "$jar_file" -o /dev/null \
  --data "_csrf=$csrf&skuId=$sku&quantity=1" "$base/cart/lines"
cookie=$(awk '!/^#/ && NF == 7 {printf "%s=%s; ", $6, $7}' "$jar_file")

audit() {
  local name=$1 url=$2
  ./node_modules/.bin/lighthouse "$url" --quiet --chrome-path="$chrome" \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync" \
    --only-categories=performance,accessibility,best-practices \
    --extra-headers="{\"Cookie\": \"$cookie\", \"Accept-Language\": \"zh-CN,zh\"}" \
    --output=json --output-path="$reports/$name.json" >/dev/null 2>"$reports/$name.log"
  node -e '
    const r = require(process.argv[1]);
    const s = c => Math.round(r.categories[c].score * 100);
    console.log(process.argv[2].padEnd(8), "performance", s("performance"), " accessibility", s("accessibility"),
      " best practices", s("best-practices"), " LCP", Math.round(r.audits["largest-contentful-paint"].numericValue), "ms");
  ' "$reports/$name.json" "$name"
}

echo "Lighthouse $(./node_modules/.bin/lighthouse --version), mobile settings, commit $(git -C "$root" rev-parse --short HEAD):"
audit home "$base/"
audit product "$base/products/$product"
audit search "$base/search?q=%E6%9D%8E%E5%B9%B2"
audit cart "$base/cart"
echo "Reports: $reports"
