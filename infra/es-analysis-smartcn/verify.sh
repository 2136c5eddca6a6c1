#!/usr/bin/env bash
# Installs the smartcn plugin zip into a throw-away Elasticsearch 8.19 (the integ-test zip from Maven
# Central), starts it on 127.0.0.1, and checks that the analyzer is loaded and that a match query
# for 安全评价 finds only the document containing those words, not documents that merely share
# its characters. Stops Elasticsearch by PID and removes everything it unpacked.
#
# Usage: verify.sh ES_ZIP PLUGIN_ZIP
#   ES_ZIP      org.elasticsearch.distribution.integ-test-zip:elasticsearch:8.19.21:zip, e.g. from
#               ./mvnw -q dependency:copy -Dartifact=org.elasticsearch.distribution.integ-test-zip:elasticsearch:8.19.21:zip \
#                   -DoutputDirectory=/var/tmp/es-helper
#   PLUGIN_ZIP  infra/es-analysis-smartcn/target/es-analysis-smartcn-<version>-plugin.zip
# Environment (optional):
#   ES_PORT       HTTP port (default 9400)
#   ES_USER       system user Elasticsearch runs as when this script runs as root (default
#                 saferank-es, created with useradd --system if missing); ES refuses to run as root
#   ES_JAVA_HOME  JDK for Elasticsearch (default: Temurin 25 if present, else JAVA_HOME); the
#                 integ-test zip bundles no JDK; must be at least the plugin's java.version
#   WORK_PARENT   where the temporary directory goes (default /var/tmp; must be traversable by ES_USER)
#   KEEP=1        keep the unpacked directory (ES is stopped anyway)
# Downloads nothing. Needs unzip, curl, jq. Exit status 0 only if every check passed.
set -euo pipefail

if [[ $# -ne 2 ]]; then
    sed -n '2,22p' "$0" >&2
    exit 2
fi
es_zip=$(readlink -f "$1")
plugin_zip=$(readlink -f "$2")
[[ -f $es_zip ]] || { echo "no such ES zip: $1" >&2; exit 2; }
[[ -f $plugin_zip ]] || { echo "no such plugin zip: $2" >&2; exit 2; }
for tool in unzip curl jq; do
    command -v "$tool" >/dev/null || { echo "$tool is required" >&2; exit 2; }
done

port=${ES_PORT:-9400}
es_user=${ES_USER:-saferank-es}
if [[ -z ${ES_JAVA_HOME:-} ]]; then
    if [[ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]]; then
        ES_JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
    else
        ES_JAVA_HOME=${JAVA_HOME:?set ES_JAVA_HOME or JAVA_HOME}
    fi
fi
export ES_JAVA_HOME

base="http://127.0.0.1:${port}"
index=smartcn-verify
failures=0
es_pid=""

log() { printf '[verify] %s\n' "$*"; }
fail() { printf '[verify] FAIL: %s\n' "$*"; failures=$((failures + 1)); }
pass() { printf '[verify] ok: %s\n' "$*"; }

if curl -s -o /dev/null --max-time 2 "$base/"; then
    echo "something already listens on 127.0.0.1:${port}; set ES_PORT" >&2
    exit 2
fi

# run_as CMD...: as ES_USER when root (ES refuses root), else as the current user
if [[ $(id -u) -eq 0 ]]; then
    if ! id "$es_user" >/dev/null 2>&1; then
        useradd --system --no-create-home --shell /usr/sbin/nologin "$es_user"
    fi
    run_as() { runuser -u "$es_user" -- env ES_JAVA_HOME="$ES_JAVA_HOME" "$@"; }
else
    run_as() { "$@"; }
fi

work=$(mktemp -d "${WORK_PARENT:-/var/tmp}/es-smartcn-verify.XXXXXX")
chmod 755 "$work"

cleanup() {
    local rc=$?
    if [[ -n $es_pid ]] && kill -0 "$es_pid" 2>/dev/null; then
        log "stopping Elasticsearch (pid $es_pid)"
        kill "$es_pid" 2>/dev/null || true
        for _ in $(seq 1 60); do
            kill -0 "$es_pid" 2>/dev/null || break
            sleep 0.5
        done
        if kill -0 "$es_pid" 2>/dev/null; then
            log "pid $es_pid still alive after 30 s, sending SIGKILL"
            kill -9 "$es_pid" 2>/dev/null || true
        fi
    fi
    if [[ ${KEEP:-0} == 1 ]]; then
        log "kept $work"
    else
        rm -rf "$work"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log "unpacking $(basename "$es_zip") into $work"
unzip -q "$es_zip" -d "$work"
es_home=$(find "$work" -mindepth 1 -maxdepth 1 -type d -name 'elasticsearch-*' | head -1)
[[ -n $es_home ]] || { echo "no elasticsearch-* directory in $es_zip" >&2; exit 1; }
cp "$plugin_zip" "$work/plugin.zip"
cat >>"$es_home/config/elasticsearch.yml" <<EOF

# added by verify.sh
cluster.name: smartcn-verify
discovery.type: single-node
network.host: 127.0.0.1
http.port: ${port}
transport.port: $((port + 1))
xpack.security.enabled: false
EOF
if [[ $(id -u) -eq 0 ]]; then
    chown -R "$es_user" "$work"
fi

log "installing the plugin"
run_as "$es_home/bin/elasticsearch-plugin" install --batch "file://$work/plugin.zip"
run_as "$es_home/bin/elasticsearch-plugin" list

log "starting Elasticsearch on 127.0.0.1:${port} with ${ES_JAVA_HOME}"
if ! run_as env ES_JAVA_OPTS="-Xms256m -Xmx256m" "$es_home/bin/elasticsearch" -d -p "$work/es.pid" \
    >"$work/start.log" 2>&1; then
    tail -80 "$work/start.log"
    exit 1
fi
for _ in $(seq 1 120); do
    [[ -s $work/es.pid ]] && break
    sleep 0.5
done
es_pid=$(cat "$work/es.pid")
log "Elasticsearch pid $es_pid"

for i in $(seq 1 120); do
    if curl -s --max-time 2 "$base/_cluster/health?wait_for_status=yellow&timeout=1s" | jq -e '.status' >/dev/null 2>&1; then
        break
    fi
    kill -0 "$es_pid" 2>/dev/null || { tail -50 "$es_home"/logs/*.log; exit 1; }
    [[ $i -eq 120 ]] && { echo "Elasticsearch did not answer in 60 s" >&2; exit 1; }
    sleep 0.5
done

# es METHOD PATH [JSON]: prints the response body, fails on HTTP >= 400
es() {
    local method=$1 path=$2 body=${3:-}
    local out status
    out=$(mktemp)
    if [[ -n $body ]]; then
        status=$(curl -s -o "$out" -w '%{http_code}' --max-time 30 -X "$method" "$base$path" \
            -H 'Content-Type: application/json' --data-binary "$body")
    else
        status=$(curl -s -o "$out" -w '%{http_code}' --max-time 30 -X "$method" "$base$path")
    fi
    cat "$out"
    rm -f "$out"
    if [[ $status -ge 400 ]]; then
        printf '\n[verify] HTTP %s for %s %s\n' "$status" "$method" "$path" >&2
        return 1
    fi
}

# tokens ANALYZE_BODY: the tokens of an _analyze call as one JSON array
tokens() { es POST /_analyze "$1" | tee "$work/analyze.json" | jq -c '[.tokens[].token]'; }

# expect_tokens LABEL ANALYZE_BODY EXPECTED_JSON_ARRAY
expect_tokens() {
    local got
    got=$(tokens "$2") || { fail "$1: _analyze failed"; return; }
    log "_analyze $1 -> $got"
    jq -r '.tokens[] | "[verify]     \(.token) offsets \(.start_offset)-\(.end_offset) type \(.type) position \(.position)"' \
        "$work/analyze.json"
    if [[ $got == "$3" ]]; then pass "$1"; else fail "$1: expected $3"; fi
}

plugins=$(es GET '/_cat/plugins?h=component')
if grep -qx 'saferank-analysis-smartcn' <<<"$plugins"; then
    pass "plugin saferank-analysis-smartcn is loaded"
else
    fail "plugin not listed by _cat/plugins: $plugins"
fi

expect_tokens "analyzer smartcn_chinese: 安全评价报告" \
    '{"analyzer":"smartcn_chinese","text":"安全评价报告"}' '["安全","评价","报告"]'
expect_tokens "analyzer smartcn_chinese: 中华人民共和国" \
    '{"analyzer":"smartcn_chinese","text":"中华人民共和国"}' '["中华人民共和国"]'
expect_tokens "analyzer smartcn_chinese: punctuation and Latin words" \
    '{"analyzer":"smartcn_chinese","text":"安全评价报告，Safety Reports。"}' '["安全","评价","报告","safeti","report"]'
expect_tokens "tokenizer smartcn_chinese_tokenizer + filter smartcn_chinese_stop" \
    '{"tokenizer":"smartcn_chinese_tokenizer","filter":["smartcn_chinese_stop"],"text":"安全评价报告，Reports。"}' \
    '["安全","评价","报告","reports"]'

log "creating index $index (field body: smartcn_chinese; body.std: standard, as a contrast)"
es PUT "/$index" '{
  "settings": {
    "number_of_shards": 1,
    "number_of_replicas": 0,
    "analysis": {
      "analyzer": {
        "smartcn_custom": {
          "type": "custom",
          "tokenizer": "smartcn_chinese_tokenizer",
          "filter": ["smartcn_chinese_stop", "lowercase"]
        }
      }
    }
  },
  "mappings": {
    "properties": {
      "body": {
        "type": "text",
        "analyzer": "smartcn_chinese",
        "fields": { "std": { "type": "text", "analyzer": "standard" } }
      }
    }
  }
}' >/dev/null || fail "create index"

# an index-level custom analyzer built from the plugin's tokenizer and stop filter
got=$(es POST "/$index/_analyze" '{"analyzer":"smartcn_custom","text":"安全评价报告，Reports。"}' | jq -c '[.tokens[].token]') \
    || got="(failed)"
log "_analyze $index smartcn_custom -> $got"
[[ $got == '["安全","评价","报告","reports"]' ]] && pass "custom analyzer from the plugin's tokenizer and filter" \
    || fail "custom analyzer smartcn_custom: $got"

# doc 1 has the words; docs 2 and 3 only share the characters 安 全 评 价
es PUT "/$index/_doc/1" '{"body":"安全评价报告"}' >/dev/null || fail "index doc 1"
es PUT "/$index/_doc/2" '{"body":"全面评估价格安排"}' >/dev/null || fail "index doc 2"
es PUT "/$index/_doc/3" '{"body":"价格评议安全帽"}' >/dev/null || fail "index doc 3"
es POST "/$index/_refresh" >/dev/null || fail "refresh"

hits() {
    es POST "/$index/_search" "{\"query\":{\"match\":{\"$1\":\"安全评价\"}},\"sort\":[\"_doc\"]}" \
        | jq -c '[.hits.hits[]._id]'
}
ids=$(hits body) || ids="(failed)"
log "match body:安全评价 (smartcn_chinese) -> ids $ids"
[[ $ids == '["1"]' ]] && pass "smartcn field matches only the 安全评价报告 document" \
    || fail "smartcn field: expected [\"1\"]"
ids=$(hits body.std) || ids="(failed)"
log "match body.std:安全评价 (standard, one token per character) -> ids $ids"
[[ $ids == '["1","2","3"]' ]] && pass "contrast: the standard analyzer matches all three on shared characters" \
    || fail "standard field contrast: expected [\"1\",\"2\",\"3\"]"

es DELETE "/$index" >/dev/null || true

if [[ $failures -eq 0 ]]; then
    log "RESULT: all checks passed"
else
    log "RESULT: $failures check(s) failed"
    exit 1
fi
