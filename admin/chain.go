package admin

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"rhd.dev/ledger"
	"rhd.dev/settle"
	"rhd.dev/warehouse"
)

// ResolveAccount accepts a wallet address or a contributor's email.
func ResolveAccount(ctx context.Context, store *ledger.Store, account string) (common.Address, error) {
	if common.IsHexAddress(account) {
		return common.HexToAddress(account), nil
	}
	c, err := store.ContributorByEmail(ctx, account)
	if errors.Is(err, ledger.ErrNotFound) {
		return common.Address{}, fmt.Errorf("no contributor or address %q", account)
	}
	if err != nil {
		return common.Address{}, err
	}
	w, err := store.Wallet(ctx, c.ID)
	if err != nil {
		return common.Address{}, fmt.Errorf("%s has no wallet: %w", account, err)
	}
	return common.HexToAddress(w.Address), nil
}

// VerifyPayout is the admin API's payout verification (the running process owns the embedded chain).
func VerifyPayout(s *settle.Settler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		addr, err := ResolveAccount(r.Context(), s.Store, r.URL.Query().Get("account"))
		if err != nil {
			http.Error(w, err.Error(), http.StatusNotFound)
			return
		}
		rec, err := s.Verify(r.Context(), addr, r.URL.Query().Get("sale"))
		if err != nil {
			http.Error(w, err.Error(), http.StatusNotFound)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(rec)
	}
}

// VerifyRecord proves a minute of a device's data against its contribution
// record on chain.
func VerifyRecord(s *settle.Settler, wh warehouse.Warehouse) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		minute, err := time.Parse(time.RFC3339, q.Get("minute"))
		if err != nil {
			http.Error(w, "minute must be RFC 3339: "+err.Error(), http.StatusBadRequest)
			return
		}
		rec, err := s.VerifyReading(r.Context(), wh, q.Get("device"), q.Get("metric"), minute)
		if err != nil {
			http.Error(w, err.Error(), http.StatusNotFound)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(rec)
	}
}

// Consent reports a contributor's consent as the chain holds it.
func Consent(s *settle.Settler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		st, err := s.ConsentStatus(r.Context(), r.URL.Query().Get("contributor"))
		if err != nil {
			http.Error(w, err.Error(), http.StatusNotFound)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(st)
	}
}
