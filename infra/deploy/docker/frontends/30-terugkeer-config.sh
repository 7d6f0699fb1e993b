#!/bin/sh
# Writes the shell's /config.js (runtimeConfig in infra/src/platform/frontend-server.ts):
# where the gateway and the remotes are, production mode, the login and the intranets.
set -eu

json_list() { printf '%s' "$1" | awk -v RS=',' 'BEGIN { ORS = "" } NF { gsub(/^ +| +$/, ""); printf "%s\"%s\"", (n++ ? "," : ""), $0 }'; }

oidc=''
if [ -n "${OIDC_ISSUER:-}" ] && [ -n "${OIDC_CLIENT_ID:-}" ]; then
  oidc=",\"oidc\":{\"issuer\":\"$OIDC_ISSUER\",\"clientId\":\"$OIDC_CLIENT_ID\",\"scopes\":\"${OIDC_SCOPES:-openid email profile}\",\"redirectPath\":\"${OIDC_REDIRECT_PATH:-/auth/callback}\"}"
else
  echo "OIDC_ISSUER and OIDC_CLIENT_ID are required: the OpenID provider people log in at" >&2
  exit 78
fi

mkdir -p "$TERUGKEER_RUNTIME_DIR"
cat > "$TERUGKEER_RUNTIME_DIR/config.js" <<CONFIG
window.__TERUGKEER_CONFIG__ = {"gatewayUrl":"$PUBLIC_GATEWAY_URL","shellUrl":"$PUBLIC_SHELL_URL","remotes":{"employee":"$PUBLIC_EMPLOYEE_URL/remoteEntry.js","manager":"$PUBLIC_MANAGER_URL/remoteEntry.js","companyDoctor":"$PUBLIC_COMPANY_DOCTOR_URL/remoteEntry.js","coach":"$PUBLIC_COACH_URL/remoteEntry.js"},"mode":"production","embedOrigins":[$(json_list "${EMBED_ORIGINS:-}")]$oidc};
CONFIG
