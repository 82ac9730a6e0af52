// Package wallet keeps contributors' custodial keys: secp256k1 keys created
// at sign-up, stored only encrypted (AES-256-GCM under the platform's master
// key) and never returned, logged or exported by any API. People never see
// them; the platform signs on their behalf.
package wallet

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Keyring encrypts and decrypts custodial keys under one master key.
type Keyring struct{ aead cipher.AEAD }

// NewKeyring returns a keyring for a 32-byte master key.
func NewKeyring(master []byte) (*Keyring, error) {
	if len(master) != 32 {
		return nil, fmt.Errorf("wallet: master key has %d bytes, want 32", len(master))
	}
	block, err := aes.NewCipher(master)
	if err != nil {
		return nil, err
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	return &Keyring{aead: aead}, nil
}

// LoadMasterKey reads the master key from value: 64 hex digits, base64 of 32
// bytes, or the path of a file holding either. With value empty and
// devFile set, a key is generated into devFile on first use (rhd dev).
func LoadMasterKey(value, devFile string) ([]byte, error) {
	if value == "" {
		if devFile == "" {
			return nil, errors.New("wallet: RHD_WALLET_KEY is not set")
		}
		if b, err := os.ReadFile(devFile); err == nil {
			return parseKey(strings.TrimSpace(string(b)))
		}
		k := make([]byte, 32)
		rand.Read(k)
		if err := os.WriteFile(devFile, []byte(hex.EncodeToString(k)+"\n"), 0o600); err != nil {
			return nil, err
		}
		return k, nil
	}
	if k, err := parseKey(value); err == nil {
		return k, nil
	}
	b, err := os.ReadFile(value)
	if err != nil {
		return nil, errors.New("wallet: RHD_WALLET_KEY is neither a 32-byte key (hex or base64) nor a readable file")
	}
	return parseKey(strings.TrimSpace(string(b)))
}

func parseKey(s string) ([]byte, error) {
	if b, err := hex.DecodeString(s); err == nil && len(b) == 32 {
		return b, nil
	}
	if b, err := base64.StdEncoding.DecodeString(s); err == nil && len(b) == 32 {
		return b, nil
	}
	return nil, errors.New("wallet: master key must be 32 bytes in hex or base64")
}

// New creates a key pair and returns its address and encrypted private key.
// The address is bound into the ciphertext, so a key cannot be swapped onto
// another wallet row unnoticed.
func (k *Keyring) New() (common.Address, []byte, error) {
	key, err := crypto.GenerateKey()
	if err != nil {
		return common.Address{}, nil, err
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	nonce := make([]byte, k.aead.NonceSize())
	rand.Read(nonce)
	sealed := k.aead.Seal(nonce, nonce, crypto.FromECDSA(key), addr.Bytes())
	return addr, sealed, nil
}

// Open decrypts the key of address. It fails for a wrong master key, a
// tampered ciphertext or a ciphertext of another address.
func (k *Keyring) Open(address common.Address, ciphertext []byte) (*ecdsa.PrivateKey, error) {
	n := k.aead.NonceSize()
	if len(ciphertext) < n {
		return nil, errors.New("wallet: ciphertext too short")
	}
	plain, err := k.aead.Open(nil, ciphertext[:n], ciphertext[n:], address.Bytes())
	if err != nil {
		return nil, errors.New("wallet: cannot decrypt key (wrong master key or tampered record)")
	}
	key, err := crypto.ToECDSA(plain)
	if err != nil {
		return nil, err
	}
	if crypto.PubkeyToAddress(key.PublicKey) != address {
		return nil, errors.New("wallet: key does not match its address")
	}
	return key, nil
}
