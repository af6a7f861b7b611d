#!/bin/sh
# Generates the RS256 key pair the fund-flow services use for JWTs, once.
#
#   generate-keys.sh [DIR]      (DIR defaults to $JWT_KEYS_DIR, else /keys)
#
# Writes DIR/jwt-private.pem (PKCS#8, "BEGIN PRIVATE KEY") and DIR/jwt-public.pem (SPKI, "BEGIN PUBLIC
# KEY") only if they are absent, so restarting the stack keeps issued tokens valid. Keys live in a named
# volume, never in the repository. To rotate: remove the volume (docker compose down -v, or
# docker volume rm <project>_jwt-keys) and start again.
set -eu

dir="${1:-${JWT_KEYS_DIR:-/keys}}"
private="$dir/jwt-private.pem"
public="$dir/jwt-public.pem"

mkdir -p "$dir"

if [ -s "$private" ] && [ -s "$public" ]; then
	echo "jwt-keys: key pair already present in $dir, keeping it"
	exit 0
fi
if [ -s "$private" ]; then
	# Public half lost: derive it again from the private key rather than invalidating tokens.
	echo "jwt-keys: deriving missing $public from the existing private key"
	openssl pkey -in "$private" -pubout -out "$public.tmp"
	chmod 0444 "$public.tmp"
	mv "$public.tmp" "$public"
	exit 0
fi

echo "jwt-keys: generating a new RSA 2048 key pair in $dir"
umask 077
# genpkey writes PKCS#8; pkey -pubout writes SubjectPublicKeyInfo. Write to temporaries, then rename,
# so a crash never leaves half a key pair that the check above would accept.
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$private.tmp" 2>/dev/null
openssl pkey -in "$private.tmp" -pubout -out "$public.tmp"
# The services run as an unprivileged user and need to read the public key only.
chmod 0444 "$public.tmp"
chmod 0400 "$private.tmp"
mv "$public.tmp" "$public"
mv "$private.tmp" "$private"
chmod 0755 "$dir"
echo "jwt-keys: done ($(openssl pkey -pubin -in "$public" -noout -text | head -n 1))"
