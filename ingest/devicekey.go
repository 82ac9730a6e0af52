package ingest

import (
	"crypto/ed25519"

	voi "github.com/oasisprotocol/curve25519-voi/primitives/ed25519"

	"rhd.dev/firmware/frame"
)

// stdlibRules makes the precomputed check accept and refuse exactly what
// crypto/ed25519.Verify does, so devices see no difference;
// FuzzDeviceKeyAgreesWithStdlib holds it to that.
var stdlibRules = &voi.Options{Verify: voi.VerifyOptionsStdLib}

// deviceKey is a device's public key with its curve point decoded and its
// multiplication table built once, when the gateway loads the device.
// crypto/ed25519 does both for every batch; checking a batch against the
// precomputed key takes about half the time, and signature checks are the
// biggest share of the gateway's CPU.
type deviceKey struct {
	raw ed25519.PublicKey
	exp *voi.ExpandedPublicKey // nil: the registered key is not a curve point, nothing verifies
}

func newDeviceKey(pub ed25519.PublicKey) deviceKey {
	k := deviceKey{raw: pub}
	if len(pub) == ed25519.PublicKeySize {
		k.exp, _ = voi.NewExpandedPublicKey(voi.PublicKey(pub))
	}
	return k
}

// verify reports whether b carries a valid signature by this key.
func (k deviceKey) verify(b frame.Batch) bool {
	return k.verifySignature(b.Signed())
}

func (k deviceKey) verifySignature(msg, sig []byte) bool {
	if k.exp == nil || len(sig) != ed25519.SignatureSize {
		return false
	}
	return voi.VerifyExpandedWithOptions(k.exp, msg, sig, stdlibRules)
}

// BatchVerifier checks batches against one device's key exactly as the
// gateway does. It exists so that rhd bench can measure the signature check
// alone.
type BatchVerifier struct{ k deviceKey }

// NewBatchVerifier prepares pub once, as the gateway does when it loads a device.
func NewBatchVerifier(pub ed25519.PublicKey) BatchVerifier {
	return BatchVerifier{newDeviceKey(pub)}
}

// Verify reports whether b carries a valid signature by the key.
func (v BatchVerifier) Verify(b frame.Batch) bool { return v.k.verify(b) }
