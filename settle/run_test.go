package settle_test

import (
	"context"
	"strings"
	"testing"

	"rhd.dev/settle"
)

// TestOpenChainDeploysOnce: the first open of a data dir deploys the
// contracts and records them; the next open reuses them; a malformed
// contract admin is refused with the setting's name.
func TestOpenChainDeploysOnce(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	if _, _, err := settle.OpenChain(ctx, settle.ChainConfig{DataDir: dir, ContractAdmin: "nope"}); err == nil || !strings.Contains(err.Error(), "RHD_CONTRACT_ADMIN") {
		t.Fatalf("bad admin: %v", err)
	}
	ch, closeFn, err := settle.OpenChain(ctx, settle.ChainConfig{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	first := ch.Addresses
	closeFn()
	ch, closeFn, err = settle.OpenChain(ctx, settle.ChainConfig{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer closeFn()
	if ch.Addresses != first {
		t.Fatalf("second open deployed again: %+v != %+v", ch.Addresses, first)
	}
	if _, err := settle.OpenKeyring(settle.ChainConfig{DataDir: dir}); err != nil {
		t.Fatal(err)
	}
}
