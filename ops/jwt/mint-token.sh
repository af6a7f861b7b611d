#!/bin/sh
# Mints an RS256 bearer token for the compose system (which has no /auth/dev-token: that endpoint exists
# only in the gateway's `local` profile). Signs with the private key from the jwt-keys volume.
#
#   docker compose run --rm --entrypoint mint-token.sh jwt-keys --role MINISTRY --sub analyst
#   docker compose run --rm --entrypoint mint-token.sh jwt-keys --role WORKING_GROUP --region GYEONGBUK --sub wg1
#
# Options: --role MINISTRY|OPERATOR|WORKING_GROUP|OPS (required), --sub NAME (default: dev-<role>),
# --region CODE (required for WORKING_GROUP), --ttl SECONDS (default 3600), --keys DIR (default /keys).
# Env: JWT_ISSUER (default fundflow), JWT_AUDIENCE (default fundflow-api). Prints the token only.
set -eu

role="" sub="" region="" ttl=3600 dir="${JWT_KEYS_DIR:-/keys}"
while [ $# -gt 0 ]; do
	case "$1" in
		--role) role="$2"; shift 2 ;;
		--sub) sub="$2"; shift 2 ;;
		--region) region="$2"; shift 2 ;;
		--ttl) ttl="$2"; shift 2 ;;
		--keys) dir="$2"; shift 2 ;;
		*) echo "mint-token: unknown argument $1" >&2; exit 2 ;;
	esac
done

case "$role" in
	MINISTRY|OPERATOR|OPS) ;;
	WORKING_GROUP) [ -n "$region" ] || { echo "mint-token: WORKING_GROUP needs --region" >&2; exit 2; } ;;
	*) echo "mint-token: --role must be MINISTRY, OPERATOR, WORKING_GROUP or OPS" >&2; exit 2 ;;
esac
case "$ttl" in ''|*[!0-9]*) echo "mint-token: --ttl must be a number of seconds" >&2; exit 2 ;; esac
# Claim values go into JSON unescaped: allow only plain identifiers.
for value in "$sub" "$region"; do
	case "$value" in *[!A-Za-z0-9_.@-]*) echo "mint-token: invalid characters in '$value'" >&2; exit 2 ;; esac
done
[ -n "$sub" ] || sub="dev-$(echo "$role" | tr 'A-Z_' 'a-z-')"
key="$dir/jwt-private.pem"
[ -r "$key" ] || { echo "mint-token: no private key at $key (run the jwt-keys service first)" >&2; exit 1; }

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

now=$(date +%s)
header='{"alg":"RS256","typ":"JWT"}'
payload=$(printf '{"iss":"%s","aud":"%s","sub":"%s","role":"%s",%s"iat":%d,"nbf":%d,"exp":%d}' \
	"${JWT_ISSUER:-fundflow}" "${JWT_AUDIENCE:-fundflow-api}" "$sub" "$role" \
	"$([ -n "$region" ] && printf '"region":"%s",' "$region")" "$now" "$now" "$((now + ttl))")
signing_input="$(printf '%s' "$header" | b64url).$(printf '%s' "$payload" | b64url)"
signature=$(printf '%s' "$signing_input" | openssl dgst -sha256 -sign "$key" -binary | b64url)
printf '%s.%s\n' "$signing_input" "$signature"
