#!/usr/bin/env bash
# Builds a minimal local base image, localhost/host-node, from this machine's own Node.js and npm,
# for machines whose container engine cannot pull node:*-bookworm-slim (no registry access). It
# holds what the Dockerfile's stages use: node, npm, sh, CA certificates and a `node` user (uid 1000).
set -euo pipefail
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root"/{bin,usr/bin,usr/lib,etc/ssl,tmp,home/node,lib64,lib/x86_64-linux-gnu}
chmod 1777 "$root/tmp"
copy_with_libs() {
  for binary in "$@"; do
    cp -L "$binary" "$root$binary"
    ldd "$binary" | grep -o '/[^ ]*' | while read -r lib; do
      mkdir -p "$root$(dirname "$lib")"
      cp -L "$lib" "$root$lib"
    done
  done
}
copy_with_libs /usr/bin/node /bin/sh /usr/bin/env
cp -a /usr/lib/node_modules "$root/usr/lib/"
ln -s ../lib/node_modules/npm/bin/npm-cli.js "$root/usr/bin/npm"
cp -rL /etc/ssl/certs "$root/etc/ssl/"
printf 'root:x:0:0:root:/root:/bin/sh\nnode:x:1000:1000:node:/home/node:/bin/sh\n' > "$root/etc/passwd"
printf 'root:x:0:\nnode:x:1000:\n' > "$root/etc/group"
chown 1000:1000 "$root/home/node"
# This machine reaches the npm registry through a TLS proxy whose CA is in the system bundle.
tar -C "$root" -c . | podman import --change 'ENV PATH=/usr/local/bin:/usr/bin:/bin' --change 'ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt' --change 'ENV npm_config_cafile=/etc/ssl/certs/ca-certificates.crt' - localhost/host-node:latest >/dev/null
echo "localhost/host-node:latest ($(node --version))"
