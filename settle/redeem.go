package settle

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"rhd.dev/ledger"
)

// Cash-outs and the chain: a contributor's on-chain credit is claimed only
// when it is cashed out, and a paid bank cash-out burns exactly its cents
// (claimAndRedeem, by the claimer key), so at any time an account's credit
// on chain is what it claimed minus what it redeemed, and its ledger balance
// is its committed earnings minus what it cashed out.

// RedeemsPerRun bounds the cash-outs one Redeem call burns on chain.
const RedeemsPerRun = 50

// CashOutKey is a cash-out's id on chain: the distributor redeems each once,
// so a redemption signed twice (a taken nonce, a restart) cannot burn twice.
func CashOutKey(id string) [32]byte { return [32]byte(crypto.Keccak256([]byte("rhd-cash-out:" + id))) }

// Redeem burns on chain, for each paid cash-out not yet redeemed, exactly its
// cents of the contributor's credit, claiming first what the epoch on chain
// shows as earned and not yet claimed. Each transaction is stored before it
// is sent; a crash anywhere resends it or finds it landed. It returns how
// many cash-outs it recorded as redeemed.
func (s *Settler) Redeem(ctx context.Context) (int, error) {
	if err := s.own(ctx); err != nil {
		return 0, err
	}
	open, err := s.Store.UnredeemedCashOuts(ctx, RedeemsPerRun)
	if err != nil {
		return 0, err
	}
	// One cash-out that cannot be redeemed (yet) must not hold up the
	// others behind it: each is tried, and the errors add up.
	done, errs := 0, []error(nil)
	for _, r := range open {
		if ctx.Err() != nil {
			break
		}
		if err := s.redeem(ctx, r); err != nil {
			errs = append(errs, fmt.Errorf("settle: redeeming cash-out %s: %w", r.ID, err))
			continue
		}
		done++
	}
	return done, errors.Join(errs...)
}

func (s *Settler) redeem(ctx context.Context, r ledger.Redemption) error {
	c := s.Chain
	key := CashOutKey(r.ID)
	landed := func() (bool, error) {
		got, err := c.Distributor.Redemption(&bind.CallOpts{Context: ctx}, key)
		if err != nil {
			return false, err
		}
		if got.Sign() == 0 {
			return false, nil
		}
		if got.Int64() != r.AmountCents {
			// The id is ours alone; any other amount is a bug worth stopping for.
			return true, fmt.Errorf("the chain redeemed %v cents under its id, the ledger cashed out %d", got, r.AmountCents)
		}
		return true, s.Store.MarkRedeemed(ctx, r.ID, r.TxHash)
	}
	if ok, err := landed(); ok || err != nil {
		return err
	}
	tx := new(types.Transaction)
	if r.RawTx == nil {
		var err error
		if tx, err = s.signRedeem(ctx, r.CashOut); err != nil {
			return err
		}
		raw, _ := tx.MarshalBinary()
		if err := s.Store.SetRedeemTx(ctx, r.ID, "", raw, tx.Hash().Hex()); err != nil {
			return err
		}
		r.TxHash = tx.Hash().Hex()
	} else if err := tx.UnmarshalBinary(r.RawTx); err != nil {
		return err
	}
	// The mined nonce is read before the receipt: past ours with no receipt
	// means another transaction took it.
	minedNonce, err := c.Backend.NonceAt(ctx, c.Address(Claimer), nil)
	if err != nil {
		return err
	}
	rc, err := c.receipt(ctx, tx.Hash())
	if err != nil {
		return err
	}
	if rc == nil && minedNonce > tx.Nonce() || rc != nil && rc.Status != types.ReceiptStatusSuccessful {
		why := "nonce taken by another transaction"
		if rc != nil {
			why = "reverted"
		}
		next, err := s.signRedeem(ctx, r.CashOut)
		if err != nil {
			return fmt.Errorf("signing again (%s): %w", why, err)
		}
		raw, _ := next.MarshalBinary()
		if err := s.Store.SetRedeemTx(ctx, r.ID, tx.Hash().Hex(), raw, next.Hash().Hex()); err != nil {
			return err
		}
		s.log().Warn("settle: cash-out redemption signed again", "cash_out", r.ID, "why", why, "old_tx", tx.Hash().Hex(), "tx", next.Hash().Hex())
		tx, rc, r.TxHash = next, nil, next.Hash().Hex()
	}
	if rc == nil {
		if err := c.send(ctx, tx); err != nil {
			return err
		}
		if s.AfterSend != nil {
			if err := s.AfterSend(); err != nil {
				return err
			}
		}
		if _, err := waitMined(ctx, c, tx); err != nil {
			return err
		}
	}
	if err := s.Store.MarkRedeemed(ctx, r.ID, tx.Hash().Hex()); err != nil {
		return err
	}
	s.log().Info("settle: cash-out redeemed on chain", "cash_out", r.ID, "cents", r.AmountCents, "tx", tx.Hash().Hex())
	return nil
}

// signRedeem signs (without sending) the claimAndRedeem of a cash-out,
// claiming against the epoch the distributor holds now if the account has
// not claimed all of it. The gas estimate runs it first: more than the
// account's credit is refused here, before anything is stored.
func (s *Settler) signRedeem(ctx context.Context, co ledger.CashOut) (*types.Transaction, error) {
	c := s.Chain
	w, err := s.Store.Wallet(ctx, co.ContributorID)
	if err != nil {
		return nil, fmt.Errorf("no wallet: %w", err)
	}
	account := common.HexToAddress(w.Address)
	cumulative, proof := big.NewInt(0), [][32]byte(nil)
	e, ok, err := s.onChainEpoch(ctx)
	if err != nil {
		return nil, err
	}
	if ok {
		balances, err := s.Store.EpochBalances(ctx, e.Epoch)
		if err != nil {
			return nil, err
		}
		if cents, in := cumulativeOf(balances, account); in {
			claimed, err := c.Distributor.Claimed(&bind.CallOpts{Context: ctx}, account)
			if err != nil {
				return nil, err
			}
			if claimed.Int64() < cents {
				tree, err := payoutTree(balances)
				if err != nil {
					return nil, err
				}
				p, ok := tree.Proof(PayoutLeaf(account, cents))
				if !ok {
					return nil, errors.New("the account is not in the epoch's tree")
				}
				cumulative, proof = big.NewInt(cents), hashes(p)
			}
		}
	}
	if co.AmountCents <= 0 {
		return nil, errors.New("a cash-out of no cents")
	}
	return c.signed(ctx, Claimer, true, func(auth *bind.TransactOpts) (*types.Transaction, error) {
		return c.Distributor.ClaimAndRedeem(auth, account, cumulative, proof, big.NewInt(co.AmountCents), CashOutKey(co.ID))
	})
}

// cumulativeOf is an account's cumulative cents in an epoch's balances.
func cumulativeOf(balances map[string]int64, account common.Address) (int64, bool) {
	if c, ok := balances[account.Hex()]; ok {
		return c, true
	}
	for a, c := range balances {
		if common.HexToAddress(a) == account {
			return c, true
		}
	}
	return 0, false
}

// EarnedOnChain is what the public record shows a contributor earned: the
// cumulative cents of their account in the epoch the distributor holds now
// (or what they claimed, if more), whether claimed yet or not; 0 without a
// wallet or an epoch. Cash-outs are bounded by it.
func (s *Settler) EarnedOnChain(ctx context.Context, contributorID string) (int64, error) {
	w, err := s.Store.Wallet(ctx, contributorID)
	if errors.Is(err, ledger.ErrNotFound) {
		return 0, nil
	} else if err != nil {
		return 0, err
	}
	account := common.HexToAddress(w.Address)
	claimed, err := s.Chain.Distributor.Claimed(&bind.CallOpts{Context: ctx}, account)
	if err != nil {
		return 0, err
	}
	e, ok, err := s.onChainEpoch(ctx)
	if err != nil || !ok {
		return claimed.Int64(), err
	}
	balances, err := s.Store.EpochBalances(ctx, e.Epoch)
	if err != nil {
		return 0, err
	}
	cents, _ := cumulativeOf(balances, account)
	return max(cents, claimed.Int64()), nil
}
