package settle

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"fmt"
	"math"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"rhd.dev/ledger"
	"rhd.dev/stream/pseudo"
	"rhd.dev/warehouse"
)

func TestContributionRecordsAreMintedOnceAndReadingsVerify(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	wh, err := warehouse.OpenDuckDB(ctx, filepath.Join(t.TempDir(), "wh.duckdb"))
	if err != nil {
		t.Fatal(err)
	}
	defer wh.Close()
	// Two devices of two people, two hours of minutes each.
	pepper, _ := e.store.Pepper(ctx)
	hour := time.Now().UTC().Truncate(time.Hour).Add(-5 * time.Hour)
	var devices []string
	var w warehouse.Write
	for i, p := range e.people[:2] {
		code, _ := e.store.CreatePairingCode(ctx, p.ID, "ring")
		d, err := e.store.PairDevice(ctx, code, "SN-REC-"+string(rune('A'+i)), ed25519.NewKeyFromSeed(bytes.Repeat([]byte{byte(i + 1)}, 32)).Public().(ed25519.PublicKey))
		if err != nil {
			t.Fatal(err)
		}
		devices = append(devices, d.ID)
		src, pid := pseudo.Source(pepper, d.ID), pseudo.PID(pepper, p.ID)
		w.Batches = append(w.Batches, warehouse.Batch{Source: src, Seq: 1, PID: pid, DeviceType: "ring", Frames: 1, Samples: 1, ReceivedMs: hour.UnixMilli()})
		for m := 0; m < 120; m++ {
			ms := hour.Add(time.Duration(m) * time.Minute).UnixMilli()
			w.Rollups.Append(src, 1, pid, "ring", "heart_rate", ms, 60, 3900+float64(m), 60, 70)
		}
	}
	if _, err := wh.Write(ctx, &w); err != nil {
		t.Fatal(err)
	}
	s := e.settler()
	n, err := s.MintRecords(ctx, wh, time.Now())
	if err != nil || n != 4 {
		t.Fatalf("minted %d records: %v", n, err)
	}
	recs, _ := e.store.RecordsOf(ctx, e.people[0].ID)
	if len(recs) != 2 || recs[0].TokenID == 0 || recs[0].Samples != 60*60 {
		t.Fatalf("records of person 0: %+v", recs)
	}
	key := RecordKey(recs[0].DeviceID, recs[0].Hour)
	owner, _ := e.chain.Records.OwnerOf(nil, new(big.Int).SetBytes(key[:]))
	if owner != common.HexToAddress(recs[0].Account) {
		t.Fatalf("record %d owned by %s, want the contributor's wallet %s", recs[0].TokenID, owner.Hex(), recs[0].Account)
	}
	if n, _ := s.MintRecords(ctx, wh, time.Now()); n != 0 {
		t.Fatalf("second run minted %d more", n)
	}
	total, _ := e.chain.Records.TotalMinted(nil)
	if total.Int64() != 4 {
		t.Fatalf("%d tokens on chain, want 4", total)
	}
	r, err := s.VerifyReading(ctx, wh, devices[1], "heart_rate", hour.Add(75*time.Minute))
	if err != nil || !r.Verified {
		t.Fatalf("reading does not verify: %+v %v", r, err)
	}
	// The contract hashes the reading's fields itself: the true ones verify;
	// a changed value, or the true one without the record's salt, does not.
	if ok, _ := e.chain.Records.VerifyReading(nil, r.BatchKeys, r.BatchRoots, big.NewInt(int64(r.Index)), r.Reading, r.Proof); !ok {
		t.Fatal("the reading's own fields do not verify")
	}
	if r.Reading.SumBits.Uint64() != math.Float64bits(3975) || r.Reading.Salt == ([32]byte{}) {
		t.Fatalf("receipt of minute 75: %+v", r.Reading)
	}
	tampered := r.Reading
	tampered.SumBits = new(big.Int).SetUint64(math.Float64bits(3976))
	if ok, _ := e.chain.Records.VerifyReading(nil, r.BatchKeys, r.BatchRoots, big.NewInt(int64(r.Index)), tampered, r.Proof); ok {
		t.Fatal("a tampered reading verifies")
	}
	unsalted := r.Reading
	unsalted.Salt = [32]byte{}
	if ok, _ := e.chain.Records.VerifyReading(nil, r.BatchKeys, r.BatchRoots, big.NewInt(int64(r.Index)), unsalted, r.Proof); ok {
		t.Fatal("a reading verifies without its record's salt")
	}
	other, _ := e.store.Record(ctx, devices[0], hour)
	if mine, _ := e.store.Record(ctx, devices[1], hour); bytes.Equal(mine.Salt, other.Salt) {
		t.Fatal("two records share a salt")
	}
}

// A backlog of closed hours is minted a few hours per call, so the payouts
// committed in the same settlement run are not held up behind it.
func TestRecordsBacklogIsMintedAFewHoursPerRun(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	wh, err := warehouse.OpenDuckDB(ctx, filepath.Join(t.TempDir(), "wh.duckdb"))
	if err != nil {
		t.Fatal(err)
	}
	defer wh.Close()
	pepper, _ := e.store.Pepper(ctx)
	p := e.people[0]
	code, _ := e.store.CreatePairingCode(ctx, p.ID, "ring")
	d, err := e.store.PairDevice(ctx, code, "SN-BACKLOG", ed25519.NewKeyFromSeed(bytes.Repeat([]byte{9}, 32)).Public().(ed25519.PublicKey))
	if err != nil {
		t.Fatal(err)
	}
	src, pid := pseudo.Source(pepper, d.ID), pseudo.PID(pepper, p.ID)
	start := time.Now().UTC().Truncate(time.Hour).Add(-7 * time.Hour)
	var w warehouse.Write
	w.Batches = append(w.Batches, warehouse.Batch{Source: src, Seq: 1, PID: pid, DeviceType: "ring", Frames: 1, Samples: 1, ReceivedMs: start.UnixMilli()})
	for m := 0; m < 5*60; m += 10 { // five hours, a minute in ten
		w.Rollups.Append(src, 1, pid, "ring", "heart_rate", start.Add(time.Duration(m)*time.Minute).UnixMilli(), 60, 3900, 60, 70)
	}
	if _, err := wh.Write(ctx, &w); err != nil {
		t.Fatal(err)
	}
	s := e.settler()
	var perRun []int
	for range 4 {
		n, err := s.MintRecords(ctx, wh, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		perRun = append(perRun, n)
	}
	if fmt.Sprint(perRun) != fmt.Sprint([]int{RecordHoursPerRun, RecordHoursPerRun, 5 - 2*RecordHoursPerRun, 0}) {
		t.Fatalf("records per run %v, want five hours minted %d at a time", perRun, RecordHoursPerRun)
	}
}

// A stored mint batch whose nonce another transaction took is signed again
// and minted once; a copy of it signed later cannot mint again.
func TestMintBatchWithATakenNonceIsSignedAgainAndMintsOnce(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	s := e.settler()
	addr, _ := s.EnsureWallet(ctx, e.people[0].ID)
	hour := time.Now().UTC().Truncate(time.Hour).Add(-3 * time.Hour)
	recs := []ledger.ContributionRecord{{DeviceID: "dev-1", Hour: hour, ContributorID: e.people[0].ID, Account: addr.Hex(), Samples: 60,
		Root: bytes.Repeat([]byte{7}, 32), From: hour, To: hour.Add(59 * time.Minute)}}
	id, err := e.store.AddRecords(ctx, recs)
	if err != nil || id == 0 {
		t.Fatalf("batch %d: %v", id, err)
	}
	stored, err := s.signMint(ctx, recs)
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := stored.MarshalBinary()
	e.store.SetMintTx(ctx, id, raw, stored.Hash().Hex())
	c := e.chain
	c.WaitTimeout = 10 * time.Second // without a re-sign, the wait for the stored one ends the test
	other, _ := types.SignNewTx(c.Keys.Minter, types.LatestSignerForChainID(c.ChainID), &types.DynamicFeeTx{ChainID: c.ChainID, Nonce: stored.Nonce(),
		GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(100e9), Gas: 21_000, To: &common.Address{9}, Value: big.NewInt(1)})
	if err := c.Backend.SendTransaction(ctx, other); err != nil {
		t.Fatal(err)
	}
	if _, err := waitMined(ctx, c, other); err != nil {
		t.Fatal(err)
	}
	if err := s.Recover(ctx); err != nil {
		t.Fatal(err)
	}
	if got, _ := e.store.Record(ctx, "dev-1", hour); got.TokenID != 1 {
		t.Fatalf("record after its nonce was taken: %+v", got)
	}
	again, err := s.signMint(ctx, recs)
	if err == nil {
		if err := c.Backend.SendTransaction(ctx, again); err == nil {
			if r, _ := waitMined(ctx, c, again); r != nil && r.Status == types.ReceiptStatusSuccessful {
				t.Fatal("the same device-hour was minted twice")
			}
		}
	}
	if total, _ := c.Records.TotalMinted(nil); total.Int64() != 1 {
		t.Fatalf("%v tokens on chain, want 1", total)
	}
}

// A device whose data for an hour arrives after that hour was recorded for
// other devices (it was offline, or uploaded late) still gets its record.
func TestLateDeviceHourIsStillRecorded(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	wh, err := warehouse.OpenDuckDB(ctx, filepath.Join(t.TempDir(), "wh.duckdb"))
	if err != nil {
		t.Fatal(err)
	}
	defer wh.Close()
	pepper, _ := e.store.Pepper(ctx)
	start := time.Now().UTC().Truncate(time.Hour).Add(-6 * time.Hour)
	write := func(i int, p ledger.Contributor, hours ...int) string {
		code, _ := e.store.CreatePairingCode(ctx, p.ID, "ring")
		d, err := e.store.PairDevice(ctx, code, fmt.Sprint("SN-LATE-", i), ed25519.NewKeyFromSeed(bytes.Repeat([]byte{byte(20 + i)}, 32)).Public().(ed25519.PublicKey))
		if err != nil {
			t.Fatal(err)
		}
		src, pid := pseudo.Source(pepper, d.ID), pseudo.PID(pepper, p.ID)
		var w warehouse.Write
		w.Batches = append(w.Batches, warehouse.Batch{Source: src, Seq: 1, PID: pid, DeviceType: "ring", Frames: 1, Samples: 1, ReceivedMs: start.UnixMilli()})
		for _, h := range hours {
			for m := 0; m < 60; m += 15 {
				w.Rollups.Append(src, 1, pid, "ring", "heart_rate", start.Add(time.Duration(h)*time.Hour+time.Duration(m)*time.Minute).UnixMilli(), 60, 3900, 60, 70)
			}
		}
		if _, err := wh.Write(ctx, &w); err != nil {
			t.Fatal(err)
		}
		return d.ID
	}
	write(0, e.people[0], 0, 1, 2, 3, 4) // on time: hours 0 to 4 are recorded
	s := e.settler()
	for range 3 {
		if _, err := s.MintRecords(ctx, wh, time.Now()); err != nil {
			t.Fatal(err)
		}
	}
	late := write(1, e.people[1], 1) // arrives once hour 4 is recorded
	for range 6 {
		if _, err := s.MintRecords(ctx, wh, time.Now()); err != nil {
			t.Fatal(err)
		}
	}
	rec, err := e.store.Record(ctx, late, start.Add(time.Hour))
	if err != nil || rec.TokenID == 0 {
		t.Fatalf("late device-hour: %+v %v", rec, err)
	}
	if total, _ := e.chain.Records.TotalMinted(nil); total.Int64() != 6 {
		t.Fatalf("%v tokens, want 6 (5 on time, 1 late)", total)
	}
}
