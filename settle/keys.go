package settle

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Duty is one job the platform signs transactions for. Each has its own key
// and so its own nonce stream: a stuck mint cannot hold up a root commit.
type Duty int

// The duties, each with its own key.
const (
	Committer Duty = iota // commits payout roots (the distributor's OPERATOR_ROLE)
	Claimer               // sends claim batches and redeems cash-outs (REDEEMER_ROLE)
	Minter                // mints contribution records (the records' MINTER_ROLE)
	Relayer               // relays consent signatures (no role: anyone may relay)
	duties
)

func (d Duty) String() string {
	return [...]string{"committer", "claimer", "minter", "relayer"}[d]
}

// Keys are the platform's signing keys, one per duty. The admin key (or
// address, a multisig in production) only deploys and holds the admin and
// pauser roles; it signs nothing in settlement.
type Keys struct {
	Committer, Claimer, Minter, Relayer *ecdsa.PrivateKey
}

func (k Keys) of(d Duty) *ecdsa.PrivateKey {
	return [...]*ecdsa.PrivateKey{k.Committer, k.Claimer, k.Minter, k.Relayer}[d]
}

// Address is the address of a duty's key.
func (k Keys) Address(d Duty) common.Address { return crypto.PubkeyToAddress(k.of(d).PublicKey) }

// check refuses missing keys, and one key for two duties (which would share
// a nonce stream and a role set).
func (k Keys) check() error {
	seen := map[common.Address]Duty{}
	for d := Committer; d < duties; d++ {
		if k.of(d) == nil {
			return fmt.Errorf("settle: no %s key", d)
		}
		a := k.Address(d)
		if o, dup := seen[a]; dup {
			return fmt.Errorf("settle: the %s and %s keys are the same key", o, d)
		}
		seen[a] = d
	}
	return nil
}

// DevKeys derives the duty keys from one root key, deterministically (the
// same root gives the same keys on every start): for development chains,
// where the root key is the funded admin, and for a deployment that gives
// only RHD_OPERATOR_KEY. Anyone with the root key holds every duty's key.
func DevKeys(root *ecdsa.PrivateKey) Keys {
	derive := func(d Duty) *ecdsa.PrivateKey {
		for i := 0; ; i++ {
			seed := crypto.Keccak256([]byte(fmt.Sprintf("rhd-duty-key:%s:%d:", d, i)), crypto.FromECDSA(root))
			if k, err := crypto.ToECDSA(seed); err == nil {
				return k
			}
		}
	}
	return Keys{derive(Committer), derive(Claimer), derive(Minter), derive(Relayer)}
}

// ParseKey reads a hex private key, or a file holding one.
func ParseKey(v string) (*ecdsa.PrivateKey, error) {
	if b, err := os.ReadFile(v); err == nil {
		v = string(b)
	}
	k, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(v), "0x"))
	if err != nil {
		return nil, errors.New("not a hex private key or a file holding one")
	}
	return k, nil
}

// ParseKeys reads the four duty keys (hex or files, in the order committer,
// claimer, minter, relayer). All empty: derived from root with DevKeys.
func ParseKeys(root *ecdsa.PrivateKey, committer, claimer, minter, relayer string) (Keys, bool, error) {
	vals := []string{committer, claimer, minter, relayer}
	if strings.Join(vals, "") == "" {
		if root == nil {
			return Keys{}, false, errors.New("settle: no duty keys and no root key to derive them from")
		}
		return DevKeys(root), true, nil
	}
	var ks [duties]*ecdsa.PrivateKey
	for d := Committer; d < duties; d++ {
		if vals[d] == "" {
			return Keys{}, false, fmt.Errorf("settle: the %s key is missing: give all four duty keys or none", d)
		}
		k, err := ParseKey(vals[d])
		if err != nil {
			return Keys{}, false, fmt.Errorf("settle: the %s key: %w", d, err)
		}
		ks[d] = k
	}
	k := Keys{ks[Committer], ks[Claimer], ks[Minter], ks[Relayer]}
	return k, false, k.check()
}

// FundKeys tops up every duty key to target, paid by from, or to an eighth
// of from's balance if that is less (from keeps enough to deploy and is
// never drained): for development chains and derived keys.
func FundKeys(ctx context.Context, b Backend, from *ecdsa.PrivateKey, keys Keys, target *big.Int) error {
	id, err := b.ChainID(ctx)
	if err != nil {
		return err
	}
	self := crypto.PubkeyToAddress(from.PublicKey)
	have, err := b.BalanceAt(ctx, self, nil)
	if err != nil {
		return err
	}
	min := new(big.Int).Div(have, big.NewInt(8))
	if min.Cmp(target) > 0 {
		min = target
	}
	nonce, err := b.PendingNonceAt(ctx, self)
	if err != nil {
		return err
	}
	tip, err := b.SuggestGasTipCap(ctx)
	if err != nil {
		return err
	}
	head, err := b.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	feeCap := new(big.Int).Add(tip, big.NewInt(1e9))
	if head.BaseFee != nil {
		feeCap.Add(feeCap, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	}
	var txs []*types.Transaction
	for d := Committer; d < duties; d++ {
		to := keys.Address(d)
		bal, err := b.BalanceAt(ctx, to, nil)
		if err != nil {
			return err
		}
		if bal.Cmp(min) >= 0 {
			continue
		}
		tx, err := types.SignNewTx(from, types.LatestSignerForChainID(id), &types.DynamicFeeTx{ChainID: id, Nonce: nonce,
			GasTipCap: tip, GasFeeCap: feeCap, Gas: 21_000, To: &to, Value: new(big.Int).Sub(min, bal)})
		if err != nil {
			return err
		}
		if err := b.SendTransaction(ctx, tx); err != nil {
			return fmt.Errorf("settle: funding the %s key: %w", d, err)
		}
		nonce++
		txs = append(txs, tx)
	}
	for _, tx := range txs {
		if _, err := bind.WaitMined(ctx, b, tx); err != nil {
			return err
		}
	}
	return nil
}

// signer is one duty's key with its own nonce stream.
type signer struct {
	key       *ecdsa.PrivateKey
	addr      common.Address
	mu        sync.Mutex
	nextNonce uint64 // one past the last nonce this process signed with
}

// DerivedKeyFunding is what FundKeys tops each derived duty key up to:
// plenty on the embedded chain, 0.1 ether over RHD_ETH_RPC.
func DerivedKeyFunding(embedded bool) *big.Int {
	if embedded {
		return DevFunding
	}
	return big.NewInt(1e17)
}
