package wallet

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

func TestSealOpenAndRefusals(t *testing.T) {
	k, err := NewKeyring(bytes.Repeat([]byte{1}, 32))
	if err != nil {
		t.Fatal(err)
	}
	addr, ct, err := k.New()
	if err != nil {
		t.Fatal(err)
	}
	key, err := k.Open(addr, ct)
	if err != nil || crypto.PubkeyToAddress(key.PublicKey) != addr {
		t.Fatalf("open: %v", err)
	}
	if bytes.Contains(ct, crypto.FromECDSA(key)) {
		t.Fatal("ciphertext contains the private key")
	}
	other, _ := NewKeyring(bytes.Repeat([]byte{2}, 32))
	if _, err := other.Open(addr, ct); err == nil {
		t.Fatal("opened with the wrong master key")
	}
	tampered := bytes.Clone(ct)
	tampered[len(tampered)-1] ^= 1
	if _, err := k.Open(addr, tampered); err == nil {
		t.Fatal("opened a tampered ciphertext")
	}
	addr2, _, _ := k.New()
	if _, err := k.Open(addr2, ct); err == nil {
		t.Fatal("opened a key under another address")
	}
	if _, err := NewKeyring([]byte("short")); err == nil {
		t.Fatal("short master key accepted")
	}
}

func TestLoadMasterKey(t *testing.T) {
	dir := t.TempDir()
	dev := filepath.Join(dir, "wallet.key")
	a, err := LoadMasterKey("", dev)
	if err != nil || len(a) != 32 {
		t.Fatal(err)
	}
	b, _ := LoadMasterKey("", dev)
	if !bytes.Equal(a, b) {
		t.Fatal("dev key not reused")
	}
	if st, _ := os.Stat(dev); st.Mode().Perm() != 0o600 {
		t.Fatalf("dev key file mode %v", st.Mode())
	}
	hexKey := strings.Repeat("ab", 32)
	if k, err := LoadMasterKey(hexKey, ""); err != nil || k[0] != 0xab {
		t.Fatal("hex key", err)
	}
	os.WriteFile(filepath.Join(dir, "k"), []byte(hexKey+"\n"), 0o600)
	if k, err := LoadMasterKey(filepath.Join(dir, "k"), ""); err != nil || k[0] != 0xab {
		t.Fatal("key file", err)
	}
	if _, err := LoadMasterKey("nope", ""); err == nil {
		t.Fatal("garbage accepted")
	}
	if _, err := LoadMasterKey("", ""); err == nil {
		t.Fatal("missing key accepted")
	}
}
