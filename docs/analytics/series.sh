#!/bin/sh
# A 24-month series of every department of the client's organization, as JSON rows.
# Needs curl and sed. Usage: GATEWAY=https://terugkeer.example CLIENT_ID=… CLIENT_SECRET=… ./series.sh 2024-01-01 2025-12-31
set -eu
GATEWAY=${GATEWAY:-http://localhost:4000}
FROM=${1:?first day, e.g. 2024-01-01}
TO=${2:?last day, e.g. 2025-12-31}

# OAuth 2.0 client credentials: the id and secret as HTTP Basic, the grant form-encoded.
TOKEN=$(curl -sS --fail-with-body -u "$CLIENT_ID:$CLIENT_SECRET" -d grant_type=client_credentials "$GATEWAY/oauth/token" |
  sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')

curl -sS --fail-with-body "$GATEWAY/graphql" \
  -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' \
  -d "{\"query\":\"query Series(\$from: Date!, \$to: Date!) { analyticsSeries(from: \$from, to: \$to, granularity: MONTH, byDepartment: true, first: 1000) { totalRows pageInfo { hasNextPage endCursor } rows { period organization department metric value suppressed } } }\",\"variables\":{\"from\":\"$FROM\",\"to\":\"$TO\"}}"
