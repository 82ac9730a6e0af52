package settle

import (
	"context"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"rhd.dev/contracts/bindings"
	"rhd.dev/ledger"
	"rhd.dev/merkle"
)

// ScopeKey is a consent scope's id on chain.
func ScopeKey(scope string) [32]byte { return [32]byte(crypto.Keccak256([]byte(scope))) }

// TermsNumber turns a terms version like "2026-11" into the registry's uint32 (202611).
func TermsNumber(v string) uint32 {
	n, _ := strconv.ParseUint(strings.ReplaceAll(v, "-", ""), 10, 32)
	return uint32(n)
}

// ConsentRelaysPerRun bounds the consent events one RelayConsents call
// relays, each waiting for its block: a first start with 270 consenting
// contributors relayed them all in one settlement run, and the payouts
// waiting in the same run came four minutes late.
const ConsentRelaysPerRun = 20

// RelayConsents puts pending consent events on chain: each is signed
// (EIP-712) with the contributor's custodial key and relayed by the operator,
// who pays. It returns how many were confirmed. The nonce is stored before a
// relay is sent: if the chain is already past it after a crash, the relay landed.
func (s *Settler) RelayConsents(ctx context.Context) (int, error) {
	if err := s.own(ctx); err != nil {
		return 0, err
	}
	pending, err := s.Store.UnrelayedConsents(ctx, ConsentRelaysPerRun)
	if err != nil {
		return 0, err
	}
	done := 0
	for _, p := range pending {
		addr, err := s.EnsureWallet(ctx, p.Event.ContributorID)
		if err != nil {
			return done, err
		}
		chainNonce, err := s.Chain.Consent.Nonces(nil, addr)
		if err != nil {
			return done, err
		}
		if p.Nonce >= 0 && chainNonce.Int64() > p.Nonce {
			// A relay sent before a crash landed.
			if err := s.Store.MarkConsentRelayed(ctx, p.ID, "landed-before-restart"); err != nil {
				return done, err
			}
			done++
			continue
		}
		if err := s.Store.SetConsentNonce(ctx, p.ID, chainNonce.Int64()); err != nil {
			return done, err
		}
		tx, err := s.relay(ctx, addr, p.Event, chainNonce)
		if err != nil {
			return done, fmt.Errorf("settle: relaying consent %d: %w", p.ID, err)
		}
		if err := s.Store.MarkConsentRelayed(ctx, p.ID, tx); err != nil {
			return done, err
		}
		done++
	}
	return done, nil
}

func (s *Settler) relay(ctx context.Context, subject common.Address, e ledger.ConsentEvent, nonce *big.Int) (string, error) {
	w, err := s.Store.Wallet(ctx, e.ContributorID)
	if err != nil {
		return "", err
	}
	key, err := s.Keyring.Open(subject, w.KeyCiphertext)
	if err != nil {
		return "", err
	}
	c := s.Chain
	scope, terms := ScopeKey(e.Scope), TermsNumber(e.TermsVersion)
	deadline := big.NewInt(time.Now().Add(time.Hour).Unix())
	domain, err := c.Consent.DomainSeparator(nil)
	if err != nil {
		return "", err
	}
	typeHash, err := c.Consent.CONSENTTYPEHASH(nil)
	if err != nil {
		return "", err
	}
	msg := bindings.ConsentRegistryConsent{Subject: subject, Scope: scope, TermsVersion: terms, Granted: e.Granted,
		ActedAt: uint64(e.At.Unix()), Custodial: true, Nonce: nonce, Deadline: deadline}
	sig, err := crypto.Sign(ConsentDigest(domain, typeHash, msg), key)
	if err != nil {
		return "", err
	}
	sig[64] += 27
	tx, err := c.signed(ctx, Relayer, false, func(auth *bind.TransactOpts) (*types.Transaction, error) {
		return c.Consent.Record(auth, msg, sig)
	})
	if err != nil {
		return "", err
	}
	if _, err := waitMined(ctx, c, tx); err != nil {
		return "", err
	}
	return tx.Hash().Hex(), nil
}

// ConsentDigest is the EIP-712 digest of a consent message under the
// registry's domain separator and type hash: what the subject's key signs.
// The decision's own time (actedAt) is part of it, so the record shows when
// the contributor acted, not when the platform relayed it.
func ConsentDigest(domain, typeHash [32]byte, m bindings.ConsentRegistryConsent) []byte {
	word := func(b bool) []byte {
		if b {
			return merkle.Word(1)
		}
		return merkle.Word(0)
	}
	var enc []byte
	enc = append(enc, typeHash[:]...)
	enc = append(enc, common.LeftPadBytes(m.Subject.Bytes(), 32)...)
	enc = append(enc, m.Scope[:]...)
	enc = append(enc, merkle.Word(uint64(m.TermsVersion))...)
	enc = append(enc, word(m.Granted)...)
	enc = append(enc, merkle.Word(m.ActedAt)...)
	enc = append(enc, word(m.Custodial)...)
	enc = append(enc, common.LeftPadBytes(m.Nonce.Bytes(), 32)...)
	enc = append(enc, common.LeftPadBytes(m.Deadline.Bytes(), 32)...)
	return crypto.Keccak256(append(append([]byte{0x19, 0x01}, domain[:]...), crypto.Keccak256(enc)...))
}

// ConsentOnChain is a contributor's research consent as the registry holds it.
type ConsentOnChain struct {
	Account  common.Address `json:"account"`
	Granted  bool           `json:"granted"`
	Terms    uint32         `json:"terms_version"`
	Changes  int            `json:"changes"`  // grants and revocations on record
	Relaying int            `json:"relaying"` // events in the ledger not on chain yet
}

// ConsentStatus reads a contributor's research consent from the chain.
func (s *Settler) ConsentStatus(ctx context.Context, contributorID string) (ConsentOnChain, error) {
	var out ConsentOnChain
	w, err := s.Store.Wallet(ctx, contributorID)
	if err != nil {
		return out, err
	}
	out.Account = common.HexToAddress(w.Address)
	scope := ScopeKey(ledger.ScopeResearch)
	cur, err := s.Chain.Consent.Consented(nil, out.Account, scope)
	if err != nil {
		return out, err
	}
	h, err := s.Chain.Consent.History(nil, out.Account, scope)
	if err != nil {
		return out, err
	}
	pending, err := s.Store.UnrelayedConsents(ctx, 10_000)
	if err != nil {
		return out, err
	}
	for _, p := range pending {
		if p.Event.ContributorID == contributorID {
			out.Relaying++
		}
	}
	out.Granted, out.Terms, out.Changes = cur.Granted, cur.TermsVersion, len(h)
	return out, nil
}
