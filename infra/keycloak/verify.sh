#!/usr/bin/env bash
# Verifies infra/keycloak/realm-saferank.json against a real Keycloak (tested with 26.7.3).
#
# Usage: infra/keycloak/verify.sh <keycloak-home> [http-port] [management-port]
#        (defaults 8280 / 9280; the lead's instance uses 8180 / 9180, so keep them apart)
#
# What it does:
#   1. copies realm-saferank.json into <home>/data/import/ and, unless KEEP_DB=1, deletes
#      <home>/data/h2 so that --import-realm really imports this file (it skips a realm
#      that already exists); refuses to do so if another process holds that database;
#   2. starts `kc.sh start-dev --import-realm` with a bootstrap admin (admin/admin) and
#      --hostname=http://127.0.0.1:<port>, waits for /health/ready;
#   3. gets tokens (password grant on saferank-web) for quanzhou-inspector, linyi-admin and
#      platform-admin, prints the decoded access-token payloads and asserts the claims;
#   4. checks that PKCE S256 is enforced and runs a full authorization-code + PKCE login;
#   5. checks that the saferank-admin service account can read organizations;
#   6. stops Keycloak by PID (also on failure).
# Exit status 0 only if every assertion passed. Needs curl, jq (installed with apt-get if
# missing), openssl, and JAVA_HOME (defaults to Temurin 25 if present).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REALM_FILE="$HERE/realm-saferank.json"
KC_HOME="${1:?usage: verify.sh <keycloak-home> [http-port] [management-port]}"
KC_HOME="$(cd "$KC_HOME" && pwd)"
PORT="${2:-8280}"
MGMT_PORT="${3:-9280}"
BASE="http://127.0.0.1:$PORT"
ISSUER="$BASE/realms/saferank"
LOG="$(mktemp /tmp/kc-verify.XXXXXX.log)"
WORK="$(mktemp -d /tmp/kc-verify.XXXXXX)"
KC_PID=""

if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
if ! command -v jq >/dev/null 2>&1; then
  echo "jq not found: installing it with apt-get"
  apt-get update -qq && apt-get install -y -qq jq >/dev/null
fi
for tool in curl openssl; do
  command -v "$tool" >/dev/null 2>&1 || { echo "missing tool: $tool" >&2; exit 2; }
done
[ -x "$KC_HOME/bin/kc.sh" ] || { echo "not a Keycloak home (no bin/kc.sh): $KC_HOME" >&2; exit 2; }

stop_keycloak() {
  if [ -n "$KC_PID" ] && kill -0 "$KC_PID" 2>/dev/null; then
    echo "== stopping Keycloak (pid $KC_PID)"
    kill -TERM "$KC_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$KC_PID" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$KC_PID" 2>/dev/null && kill -KILL "$KC_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap stop_keycloak EXIT

FAILS=0
pass() { echo "  ok   $1"; }
fail() { echo "  FAIL $1"; FAILS=$((FAILS + 1)); }
# check <description> <jq filter that must yield true> <json>
check() {
  if [ "$(jq -r "$2" <<<"$3" 2>/dev/null)" = "true" ]; then pass "$1"; else fail "$1   [jq: $2]"; fi
}
decode() { # payload of a JWT (base64url) as JSON
  jq -R 'split(".")[1] | gsub("-";"+") | gsub("_";"/") | @base64d | fromjson'
}

# ---------------------------------------------------------------- 1. prepare the home
if ss -ltn "( sport = :$PORT or sport = :$MGMT_PORT )" | grep -q LISTEN; then
  echo "port $PORT or $MGMT_PORT is already in use" >&2; exit 2
fi
mkdir -p "$KC_HOME/data/import"
# the realm with the demo users beside it (as the build's RealmImport merges them)
jq --slurpfile demo "$HERE/demo-users.json" '.users += $demo[0].users
  | .organizations |= map(. as $o | .members = (($o.members // []) + [$demo[0].organizations[] | select(.alias == $o.alias) | .members[]]))' \
  "$REALM_FILE" >"$KC_HOME/data/import/realm-saferank.json"
if [ "${KEEP_DB:-0}" != "1" ] && [ -d "$KC_HOME/data/h2" ]; then
  if fuser "$KC_HOME"/data/h2/* >/dev/null 2>&1; then
    echo "another process uses $KC_HOME/data/h2: not deleting it (stop it, or set KEEP_DB=1)" >&2
    exit 2
  fi
  echo "== deleting $KC_HOME/data/h2 so that the realm is imported afresh"
  rm -rf "$KC_HOME/data/h2"
fi

# ---------------------------------------------------------------- 2. start Keycloak
echo "== starting Keycloak from $KC_HOME on $BASE (log: $LOG)"
KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
  "$KC_HOME/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$PORT" \
  --http-management-port="$MGMT_PORT" --health-enabled=true --import-realm \
  --hostname="$BASE" >"$LOG" 2>&1 &
KC_PID=$!
echo "   pid $KC_PID"
for i in $(seq 1 180); do
  if curl -sf "http://127.0.0.1:$MGMT_PORT/health/ready" >/dev/null 2>&1; then
    echo "   ready after ${i}s"; break
  fi
  if ! kill -0 "$KC_PID" 2>/dev/null; then echo "Keycloak exited; log:" >&2; tail -40 "$LOG" >&2; exit 1; fi
  sleep 1
done
curl -sf "http://127.0.0.1:$MGMT_PORT/health/ready" >/dev/null || { echo "not ready in 180 s" >&2; tail -40 "$LOG" >&2; exit 1; }
if grep -q "Realm 'saferank' already exists" "$LOG"; then
  echo "   WARNING: realm saferank already existed, the file was NOT re-imported (KEEP_DB=1?)"
fi

# ---------------------------------------------------------------- 3. password-grant tokens
token() { # token <username>  -> raw token response
  curl -s -d grant_type=password -d client_id=saferank-web -d username="$1" -d password=demo \
    "$ISSUER/protocol/openid-connect/token"
}
ADMIN_TOKEN=$(curl -s -d grant_type=password -d client_id=admin-cli -d username=admin -d password=admin \
  "$BASE/realms/master/protocol/openid-connect/token" | jq -r .access_token)
org_id() { # org_id <alias> -> id of the organization with that alias (admin API)
  curl -s -H "Authorization: Bearer $ADMIN_TOKEN" "$BASE/admin/realms/saferank/organizations?max=1000" |
    jq -r --arg a "$1" '.[] | select(.alias == $a) | .id'
}

# tenant_user <username> <alias> <role>
tenant_user() {
  local user="$1" alias="$2" role="$3" resp payload oid
  echo "== $user"
  resp=$(token "$user")
  if [ "$(jq -r '.access_token // empty' <<<"$resp")" = "" ]; then fail "$user: no token: $resp"; return; fi
  payload=$(jq -r .access_token <<<"$resp" | decode)
  echo "$payload"
  oid=$(org_id "$alias")
  check "iss is $ISSUER" ".iss == \"$ISSUER\"" "$payload"
  check "aud contains saferank-api" '(.aud | if type == "array" then . else [.] end) | index("saferank-api") != null' "$payload"
  check "azp is saferank-web" '.azp == "saferank-web"' "$payload"
  check "lifetime is 300 s" '(.exp - .iat) == 300' "$payload"
  check "exactly one organization: $alias" "(.organization | keys) == [\"$alias\"]" "$payload"
  check "organization.$alias.id is the org id ($oid)" ".organization.\"$alias\".id == \"$oid\"" "$payload"
  check "organization.$alias.realm_access.roles == [\"$role\"]" ".organization.\"$alias\".realm_access.roles == [\"$role\"]" "$payload"
  check "no tenant role in top-level realm_access" '[(.realm_access.roles // [])[] | select(. == "bureau-admin" or . == "inspector" or . == "agency-user")] | length == 0' "$payload"
  check "no platform-admin" '((.realm_access.roles // []) | index("platform-admin")) == null' "$payload"
}

tenant_user quanzhou-inspector quanzhou inspector
echo "== quanzhou-inspector: refresh grant keeps the organization claim"
REFRESH=$(token quanzhou-inspector | jq -r .refresh_token)
check "refreshed token still has organization.quanzhou.realm_access.roles == [\"inspector\"]" \
  '.organization.quanzhou.realm_access.roles == ["inspector"]' \
  "$(curl -s -d grant_type=refresh_token -d client_id=saferank-web -d refresh_token="$REFRESH" \
     "$ISSUER/protocol/openid-connect/token" | jq -r .access_token | decode)"
tenant_user linyi-admin linyi bureau-admin
tenant_user foshan-agency foshan agency-user

echo "== platform-admin"
RESP=$(token platform-admin)
PAYLOAD=$(jq -r .access_token <<<"$RESP" | decode)
echo "$PAYLOAD"
check "iss is $ISSUER" ".iss == \"$ISSUER\"" "$PAYLOAD"
check "aud contains saferank-api" '(.aud | if type == "array" then . else [.] end) | index("saferank-api") != null' "$PAYLOAD"
check "realm_access.roles == [\"platform-admin\"]" '.realm_access.roles == ["platform-admin"]' "$PAYLOAD"
check "in no organization" '(.organization // {}) == {}' "$PAYLOAD"

echo "== negative: wrong password is refused"
check "invalid_grant" '.error == "invalid_grant"' "$(curl -s -d grant_type=password -d client_id=saferank-web \
  -d username=quanzhou-inspector -d password=wrong "$ISSUER/protocol/openid-connect/token")"

# ---------------------------------------------------------------- 4. authorization code + PKCE
echo "== authorization code flow"
REDIRECT="http://127.0.0.1:8080/callback"
LOC=$(curl -s -o /dev/null -w '%{redirect_url}' -G "$ISSUER/protocol/openid-connect/auth" \
  --data-urlencode client_id=saferank-web --data-urlencode response_type=code \
  --data-urlencode scope=openid --data-urlencode redirect_uri="$REDIRECT")
check "without code_challenge: error=invalid_request (PKCE required)" \
  "\"$LOC\" | test(\"error=invalid_request\")" '{}'

VERIFIER=$(openssl rand -base64 48 | tr -d '\n=+/' | cut -c1-64)
CHALLENGE=$(printf '%s' "$VERIFIER" | openssl dgst -sha256 -binary | openssl base64 -A | tr '+/' '-_' | tr -d '=')
JAR="$WORK/cookies"
FORM=$(curl -s -c "$JAR" -b "$JAR" -G "$ISSUER/protocol/openid-connect/auth" \
  --data-urlencode client_id=saferank-web --data-urlencode response_type=code \
  --data-urlencode scope=openid --data-urlencode redirect_uri="$REDIRECT" \
  --data-urlencode state=xyz --data-urlencode code_challenge="$CHALLENGE" \
  --data-urlencode code_challenge_method=S256)
# With organizations enabled the browser flow is identity-first: one form for the username,
# then a second one for the password. Post the fields to each form until we are redirected.
LOC=""
for _ in 1 2 3; do
  ACTION=$(grep -o 'action="[^"]*"' <<<"$FORM" | head -1 | sed 's/^action="//; s/"$//; s/&amp;/\&/g')
  [ -n "$ACTION" ] || break
  LOC=$(curl -s -o "$WORK/page" -w '%{redirect_url}' -c "$JAR" -b "$JAR" "$ACTION" \
    --data-urlencode username=putian-inspector --data-urlencode password=demo)
  [ -n "$LOC" ] && break
  FORM=$(cat "$WORK/page")
done
CODE=$(sed -n 's/.*[?&]code=\([^&]*\).*/\1/p' <<<"$LOC")
if [ -n "$CODE" ]; then pass "login form redirected to $REDIRECT with a code"; else fail "no code in redirect: $LOC"; fi
check "code exchange without code_verifier is refused" '.error == "invalid_grant"' "$(curl -s \
  -d grant_type=authorization_code -d client_id=saferank-web -d code="$CODE" -d redirect_uri="$REDIRECT" \
  "$ISSUER/protocol/openid-connect/token")"
# the code is single-use: log in again for the real exchange
FORM=$(curl -s -c "$JAR" -b "$JAR" -G "$ISSUER/protocol/openid-connect/auth" \
  --data-urlencode client_id=saferank-web --data-urlencode response_type=code \
  --data-urlencode scope=openid --data-urlencode redirect_uri="$REDIRECT" \
  --data-urlencode state=xyz --data-urlencode code_challenge="$CHALLENGE" \
  --data-urlencode code_challenge_method=S256 -w '%{redirect_url}' -o "$WORK/page")
CODE=$(sed -n 's/.*[?&]code=\([^&]*\).*/\1/p' <<<"$FORM") # SSO session: redirected at once
RESP=$(curl -s -d grant_type=authorization_code -d client_id=saferank-web -d code="$CODE" \
  -d redirect_uri="$REDIRECT" -d code_verifier="$VERIFIER" "$ISSUER/protocol/openid-connect/token")
PAYLOAD=$(jq -r '.access_token // empty' <<<"$RESP" | decode 2>/dev/null || echo '{}')
check "code + verifier gives a putian token with role inspector" \
  '.organization.putian.realm_access.roles == ["inspector"] and .preferred_username == "putian-inspector"' "$PAYLOAD"

# ---------------------------------------------------------------- 5. admin client
echo "== saferank-admin service account (client credentials)"
SA_TOKEN=$(curl -s -d grant_type=client_credentials -d client_id=saferank-admin \
  -d client_secret=saferank-admin-dev-secret "$ISSUER/protocol/openid-connect/token" | jq -r '.access_token // empty')
if [ -n "$SA_TOKEN" ]; then pass "client_credentials token"; else fail "no client_credentials token"; fi
ORGS=$(curl -s -H "Authorization: Bearer $SA_TOKEN" "$BASE/admin/realms/saferank/organizations?max=100")
check "lists the five seed organizations" '[.[].alias] | sort == ["foshan","linyi","putian","quanzhou","suzhou"]' "$ORGS"
check "quanzhou is named 泉州市应急管理局" '.[] | select(.alias == "quanzhou") | .name == "泉州市应急管理局"' "$ORGS"
QZ=$(org_id quanzhou)
MEMBERS=$(curl -s -H "Authorization: Bearer $SA_TOKEN" "$BASE/admin/realms/saferank/organizations/$QZ/members")
check "quanzhou has its three members" '[.[].username] | sort == ["quanzhou-admin","quanzhou-agency","quanzhou-inspector"]' "$MEMBERS"
check "service account cannot read realm settings (least privilege)" '. == "403"' \
  "\"$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $SA_TOKEN" "$BASE/admin/realms/saferank/roles")\""

# ---------------------------------------------------------------- 6. result
echo
if [ "$FAILS" -eq 0 ]; then echo "ALL CHECKS PASSED"; else echo "$FAILS CHECK(S) FAILED (Keycloak log: $LOG)"; fi
stop_keycloak
KC_PID=""
[ "$FAILS" -eq 0 ]
