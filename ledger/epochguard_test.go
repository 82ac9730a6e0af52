package ledger_test

import (
	"context"
	"errors"
	"testing"

	"rhd.dev/ledger"
	"rhd.dev/ledger/ledgertest"
)

// A payout epoch never commits less to an account than the one before (on
// chain that would claw back unclaimed earnings): a ledger whose lines were
// lowered behind its back opens no epoch and assigns no sale.
func TestEpochNeverLowersACumulativeAmount(t *testing.T) {
	onEveryBackend(t, func(t *testing.T, s *ledger.Store) {
		ctx := context.Background()
		a, _ := s.CreateContributor(ctx, ledger.Contributor{Email: "guard-a@example.org", DisplayName: "A", BirthYear: 1980, Sex: "female"})
		b, _ := s.CreateContributor(ctx, ledger.Contributor{Email: "guard-b@example.org", DisplayName: "B", BirthYear: 1981, Sex: "male"})
		s.CreateWallet(ctx, ledger.Wallet{ContributorID: a.ID, Address: "0xA", KeyCiphertext: []byte{1}})
		s.CreateWallet(ctx, ledger.Wallet{ContributorID: b.ID, Address: "0xB", KeyCiphertext: []byte{2}})
		m := ledgertest.NewMarket(t, s, "any.any.any", a, b)
		root := func(map[string]int64) ([]byte, error) { return []byte{1}, nil }
		sale := func() string {
			o := m.Order(100, 0)
			if _, err := s.RecordSale(ctx, o.ID, []ledger.PayoutLine{{ContributorID: a.ID, Account: "0xA", Cents: 60}, {ContributorID: b.ID, Account: "0xB", Cents: 40}}); err != nil {
				t.Fatal(err)
			}
			return o.ID
		}
		first := sale()
		if _, opened, err := s.OpenEpoch(ctx, 0, root); !opened || err != nil {
			t.Fatalf("first epoch: %v", err)
		}
		s.SetEpochTx(ctx, 1, []byte{1}, "0x1")
		s.ConfirmEpoch(ctx, 1, 1)
		if _, err := ledger.DB(s).ExecContext(ctx, `UPDATE payout_lines SET cents = 10 WHERE account = '0xA' AND sale_id = '`+first+`'`); err != nil {
			t.Fatal(err)
		}
		second := sale() // A: 10 + 60 = 70 > 60, still fine
		if e, opened, err := s.OpenEpoch(ctx, 0, root); !opened || err != nil {
			t.Fatalf("epoch that raises every account: %+v %v", e, err)
		}
		s.SetEpochTx(ctx, 2, []byte{1}, "0x2")
		s.ConfirmEpoch(ctx, 2, 2)
		ledger.DB(s).ExecContext(ctx, `UPDATE payout_lines SET cents = 0 WHERE account = '0xA' AND sale_id = '`+second+`'`)
		sale() // A: 10 + 0 + 60 = 70, not below 70: allowed
		if _, opened, err := s.OpenEpoch(ctx, 0, root); !opened || err != nil {
			t.Fatalf("epoch that keeps A at 70: %v", err)
		}
		s.SetEpochTx(ctx, 3, []byte{1}, "0x3")
		s.ConfirmEpoch(ctx, 3, 3)
		ledger.DB(s).ExecContext(ctx, `UPDATE payout_lines SET cents = 0 WHERE account = '0xB'`)
		fourth := sale() // B: 40 < 120
		_, opened, err := s.OpenEpoch(ctx, 0, root)
		if opened || !errors.Is(err, ledger.ErrCumulativeLowered) {
			t.Fatalf("epoch lowering B: opened=%v %v", opened, err)
		}
		if sa, _ := s.Sale(ctx, fourth); sa.Epoch != 0 {
			t.Fatalf("the refused epoch assigned sale %s to epoch %d", fourth, sa.Epoch)
		}
		if open, _ := s.OpenEpochs(ctx); len(open) != 0 {
			t.Fatalf("refused epoch stored: %+v", open)
		}
	})
}
