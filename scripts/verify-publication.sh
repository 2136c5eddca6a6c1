#!/usr/bin/env bash
# Recomputes a publication's hashes from its public CSV and compares them with what the platform publishes
# (platform-api/README.md, "Verifying a publication"). Needs bash, curl, sha256sum (coreutils).
#
#   scripts/verify-publication.sh https://saferank.example.cn 17
#
# Downloads /publications/17.csv, asks the public GraphQL API for the publication's city, previous hash and
# published hashes, and recomputes: rowsSha256 = sha256sum of the CSV; chainHash = sha256 of
# "saferank-publication-v1\n<city>\n<id>\n<prevHash>\n<rowsSha256>\n". Exit status 0 when both match.
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "用法: $0 <平台地址> <公布编号>   例如: $0 http://127.0.0.1:8080 17" >&2
  exit 2
fi
base="${1%/}"
id="$2"
case "$id" in *[!0-9]*) echo "公布编号须为数字: $id" >&2; exit 2 ;; esac
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT

curl -sSf -o "$dir/publication.csv" "$base/publications/$id.csv"
curl -sSf -H 'Content-Type: application/json' \
  -d "{\"query\":\"{ publication(id: \\\"$id\\\") { tenant prevHash rowsSha256 chainHash } }\"}" \
  "$base/graphql" > "$dir/publication.json"
field() { sed -n "s/.*\"$1\":\"\\([^\"]*\\)\".*/\\1/p" "$dir/publication.json"; }
tenant="$(field tenant)"
prev="$(field prevHash)"
published_rows="$(field rowsSha256)"
published_chain="$(field chainHash)"
if [ -z "$tenant" ] || [ -z "$prev" ]; then
  echo "公布 $id 不存在或没有校验哈希（早于哈希链的公布）" >&2
  exit 1
fi

rows="$(sha256sum < "$dir/publication.csv" | cut -d' ' -f1)"
chain="$(printf 'saferank-publication-v1\n%s\n%s\n%s\n%s\n' "$tenant" "$id" "$prev" "$rows" | sha256sum | cut -d' ' -f1)"

echo "城市:               $tenant"
echo "CSV SHA-256 (计算):  $rows"
echo "CSV SHA-256 (公布):  $published_rows"
echo "前一公布哈希:         $prev"
echo "校验哈希 (计算):      $chain"
echo "校验哈希 (公布):      $published_chain"
if [ "$rows" = "$published_rows" ] && [ "$chain" = "$published_chain" ]; then
  echo "校验通过：CSV 与公布的哈希一致"
else
  echo "校验失败：CSV 或哈希链与公布的不一致" >&2
  exit 1
fi
