#!/bin/sh
# A curl session against himcert serve: health, one candidate, JSON Lines, and a mistake.
#
#     sh session.sh [URL]
set -eu
url=${1:-http://127.0.0.1:8080}
curl -fsS "$url/health"; echo
curl -fsS -X POST "$url/v1/assess?brief=true&asOf=2026-11-25" -H 'Content-Type: application/json' \
  -d '{"id": "sh-1", "education": [{"level": "ASSOCIATE", "field": "HIM", "accreditation": "CAHIIM", "status": "FINAL_TERM"}], "experience": []}'
echo
printf '%s\n' '{"id": "sh-2", "education": []}' '{"id": "sh-3", "experience": [{"kind": "CODING", "months": 30}]}' |
  curl -fsS -X POST "$url/v1/assess?brief=true&asOf=2026-11-25" -H 'Content-Type: application/x-ndjson' --data-binary @-
curl -sS -o /dev/stdout -w ' (HTTP %{http_code})\n' -X POST "$url/v1/assess?asof=2026-11-25" \
  -H 'Content-Type: application/json' -d '{"id": "sh-4"}'
