#!/usr/bin/env bash
# Regenerates the committed contract artifacts and Go bindings from src/:
# solc and OpenZeppelin from npm at the versions package-lock.json pins,
# abigen from the go-ethereum version go.mod pins. `make contracts` runs it;
# CI runs it and fails if the committed output differs.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --silent
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
contracts=(ContributionRecords ConsentRegistry PayoutDistributor PlainERC721)
npx solcjs --bin --abi --optimize --base-path . --include-path node_modules -o "$tmp" \
  $(for c in "${contracts[@]}"; do echo "src/$c.sol"; done) >/dev/null
mkdir -p artifacts bindings
for c in "${contracts[@]}"; do
  cp "$tmp/src_${c}_sol_${c}.abi" "artifacts/$c.abi"
  cp "$tmp/src_${c}_sol_${c}.bin" "artifacts/$c.bin"
  out=$(echo "$c" | sed -E 's/([a-z0-9])([A-Z])/\1_\2/g' | tr 'A-Z' 'a-z')
  go run github.com/ethereum/go-ethereum/cmd/abigen --abi "artifacts/$c.abi" --bin "artifacts/$c.bin" \
    --pkg bindings --type "$c" --out "bindings/$out.go"
done
