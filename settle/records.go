package settle

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"math"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"rhd.dev/contracts/bindings"
	"rhd.dev/ledger"
	"rhd.dev/merkle"
	"rhd.dev/stream/pseudo"
	"rhd.dev/warehouse"
)

// A contribution record covers one device's data for one UTC hour (one token
// per device-hour). Its leaves are the hour's minute rollups:
// keccak256(keccak256(abi.encode(bytes32 salt, bytes32 keccak(metric),
// uint256 minuteMs, uint256 samples, uint256 bits(sum), uint256 bits(min),
// uint256 bits(max)))), floats as their IEEE-754 bits, salt random per record
// (so a leaked proof cannot confirm guessed readings of other minutes).

// RecordHour is the time slice of one contribution record.
const RecordHour = time.Hour

// recordDelay leaves late frames of an hour time to arrive before it is minted.
const recordDelay = 10 * time.Minute

// RecordHoursPerRun bounds the hours of records one MintRecords call adds.
const RecordHoursPerRun = 2

// MintBatchSize bounds records per mint transaction.
const MintBatchSize = 100

// Reading is a minute rollup as the records contract takes it, with its
// record's salt.
func Reading(salt []byte, m warehouse.DeviceMinute) bindings.ContributionRecordsReading {
	return bindings.ContributionRecordsReading{Salt: [32]byte(common.LeftPadBytes(salt, 32)), Metric: [32]byte(crypto.Keccak256([]byte(m.Metric))),
		MinuteMs: big.NewInt(m.MinuteMs), Samples: big.NewInt(m.N), SumBits: new(big.Int).SetUint64(math.Float64bits(m.Sum)),
		MinBits: new(big.Int).SetUint64(math.Float64bits(m.Min)), MaxBits: new(big.Int).SetUint64(math.Float64bits(m.Max))}
}

// ReadingLeaf is the Merkle leaf of one minute rollup in a contribution
// record whose salt is salt (nil: 32 zero bytes).
func ReadingLeaf(salt []byte, m warehouse.DeviceMinute) merkle.Hash {
	metric := crypto.Keccak256([]byte(m.Metric))
	var enc []byte
	enc = append(enc, common.LeftPadBytes(salt, 32)...)
	enc = append(enc, metric...)
	enc = append(enc, merkle.Word(uint64(m.MinuteMs))...)
	enc = append(enc, merkle.Word(uint64(m.N))...)
	enc = append(enc, merkle.Word(math.Float64bits(m.Sum))...)
	enc = append(enc, merkle.Word(math.Float64bits(m.Min))...)
	enc = append(enc, merkle.Word(math.Float64bits(m.Max))...)
	return merkle.Leaf(enc)
}

type deviceHour struct {
	source uint64
	hour   int64
}

// hourTrees reads device minutes in [from, to) and builds one tree per device-hour.
func hourTrees(ctx context.Context, wh warehouse.Warehouse, from, to time.Time) (map[deviceHour][]warehouse.DeviceMinute, error) {
	out := map[deviceHour][]warehouse.DeviceMinute{}
	err := wh.DeviceMinutes(ctx, from, to, func(m warehouse.DeviceMinute) error {
		k := deviceHour{m.Source, m.MinuteMs - m.MinuteMs%RecordHour.Milliseconds()}
		out[k] = append(out[k], m)
		return nil
	})
	return out, err
}

// MintRecords turns every closed device-hour not yet recorded into a
// contribution record and mints them in batches to the contributors' wallets.
// Stored transactions are sent first, so a crash never mints twice.
func (s *Settler) MintRecords(ctx context.Context, wh warehouse.Warehouse, now time.Time) (int, error) {
	if err := s.own(ctx); err != nil {
		return 0, err
	}
	if err := s.driveMints(ctx); err != nil {
		return 0, err
	}
	to := now.Add(-recordDelay).Truncate(RecordHour)
	window := now.Add(-recordWindow).Truncate(RecordHour)
	from := window
	if last, err := s.Store.LastRecordHour(ctx); err != nil {
		return 0, err
	} else if !last.IsZero() && last.Add(RecordHour).After(from) {
		from = last.Add(RecordHour)
	}
	devices, err := s.deviceBySource(ctx)
	if err != nil {
		return 0, err
	}
	// An hour at a time: a first start after a long history holds one hour
	// of minutes in memory, not two days of them. At most RecordHoursPerRun
	// hours with records per call, so a backlog (two days of 300 devices:
	// 144 mint transactions, a block each) never holds up the payouts
	// committed in the same settlement run; the rest follows in later runs.
	minted, hours := 0, 0
	for hour := from; hour.Before(to) && hours < RecordHoursPerRun; hour = hour.Add(RecordHour) {
		n, err := s.recordHour(ctx, wh, devices, hour)
		if err != nil {
			return minted, err
		}
		if n > 0 {
			minted, hours = minted+n, hours+1
		}
	}
	// Late data: each call also looks again at one hour before the forward
	// start, walking back over the window and starting over, so a device
	// whose data arrived after its hour was recorded for others (offline for
	// hours, a late upload) still gets its record, for one hour's scan a call.
	if hours < RecordHoursPerRun && window.Before(from) {
		hour := s.lookbackHour(window, from.Add(-RecordHour))
		n, err := s.recordHour(ctx, wh, devices, hour)
		if err != nil {
			return minted, err
		}
		minted += n
	}
	if err := s.driveMints(ctx); err != nil {
		return minted, err
	}
	return minted, nil
}

// recordWindow is how far back closed hours are recorded.
const recordWindow = 48 * time.Hour

// lookbackHour returns the next hour to look at again for late data, from
// newest down to oldest (both included), then from newest again.
func (s *Settler) lookbackHour(oldest, newest time.Time) time.Time {
	s.mintMu.Lock()
	defer s.mintMu.Unlock()
	if s.lookback.Before(oldest) || s.lookback.After(newest) {
		s.lookback = newest
	}
	h := s.lookback
	s.lookback = h.Add(-RecordHour)
	return h
}

// recordHour stores the contribution records of every device's minutes in
// one hour, in mint batches.
func (s *Settler) recordHour(ctx context.Context, wh warehouse.Warehouse, devices map[uint64]ledger.Device, hour time.Time) (int, error) {
	hours, err := hourTrees(ctx, wh, hour, hour.Add(RecordHour))
	if err != nil {
		return 0, err
	}
	var recs []ledger.ContributionRecord
	for k, mins := range hours {
		d, ok := devices[k.source]
		if !ok {
			continue
		}
		if _, err := s.Store.Record(ctx, d.ID, time.UnixMilli(k.hour)); err == nil {
			continue // recorded already
		} else if !errors.Is(err, ledger.ErrNotFound) {
			return 0, err
		}
		addr, err := s.EnsureWallet(ctx, d.ContributorID)
		if err != nil {
			return 0, err
		}
		salt := make([]byte, 32)
		if _, err := rand.Read(salt); err != nil {
			return 0, err
		}
		leaves := make([]merkle.Hash, len(mins))
		var samples int64
		for i, m := range mins {
			leaves[i] = ReadingLeaf(salt, m)
			samples += m.N
		}
		tree, _ := merkle.New(leaves)
		root := tree.Root()
		recs = append(recs, ledger.ContributionRecord{DeviceID: d.ID, Hour: time.UnixMilli(k.hour).UTC(), ContributorID: d.ContributorID,
			Account: addr.Hex(), Samples: samples, Root: root[:], Salt: salt, From: time.UnixMilli(mins[0].MinuteMs), To: time.UnixMilli(mins[len(mins)-1].MinuteMs)})
	}
	for i := 0; i < len(recs); i += MintBatchSize {
		if _, err := s.Store.AddRecords(ctx, recs[i:min(i+MintBatchSize, len(recs))]); err != nil {
			return 0, err
		}
	}
	return len(recs), nil
}

func (s *Settler) deviceBySource(ctx context.Context) (map[uint64]ledger.Device, error) {
	pepper, err := s.Store.Pepper(ctx)
	if err != nil {
		return nil, err
	}
	all, err := s.Store.AllDevices(ctx)
	if err != nil {
		return nil, err
	}
	out := make(map[uint64]ledger.Device, len(all))
	for _, d := range all {
		out[pseudo.Source(pepper, d.ID)] = d
	}
	return out, nil
}

// Recover sends the transactions stored before a restart (mint batches;
// payout epochs are driven by Commit) before anything new is signed, so
// nothing new takes their nonces.
func (s *Settler) Recover(ctx context.Context) error {
	if err := s.own(ctx); err != nil {
		return err
	}
	return s.driveMints(ctx)
}

// driveMints signs, stores, sends and confirms open mint batches in order.
func (s *Settler) driveMints(ctx context.Context) error {
	open, err := s.Store.OpenMintBatches(ctx)
	if err != nil {
		return err
	}
	c := s.Chain
	for _, b := range open {
		recs, err := s.Store.BatchRecords(ctx, b.ID)
		if err != nil {
			return err
		}
		tx := new(types.Transaction)
		if b.RawTx == nil {
			if tx, err = s.signMint(ctx, recs); err != nil {
				return err
			}
			raw, _ := tx.MarshalBinary()
			if err := s.Store.SetMintTx(ctx, b.ID, raw, tx.Hash().Hex()); err != nil {
				return err
			}
		} else if err := tx.UnmarshalBinary(b.RawTx); err != nil {
			return err
		}
		r, err := s.mintReceipt(ctx, b, recs, &tx)
		if err != nil {
			return fmt.Errorf("settle: mint batch %d: %w", b.ID, err)
		}
		first := int64(0)
		for _, l := range r.Logs {
			if ev, err := c.Records.ParseRecordsMinted(*l); err == nil {
				first = ev.First.Int64()
			}
		}
		if err := s.Store.ConfirmMint(ctx, b.ID, first); err != nil {
			return err
		}
		s.log().Info("settle: contribution records minted", "batch", b.ID, "records", len(recs), "first_record", first)
	}
	return nil
}

// mintReceipt sends a batch's stored transaction and waits for it. If
// another transaction took its nonce, or it reverted, the batch is signed
// again (a device-hour is minted once on chain, so it cannot mint twice).
func (s *Settler) mintReceipt(ctx context.Context, b ledger.MintBatch, recs []ledger.ContributionRecord, tx **types.Transaction) (*types.Receipt, error) {
	c := s.Chain
	// The mined nonce is read before the receipt: past ours with no receipt
	// means another transaction took it.
	minedNonce, err := c.Backend.NonceAt(ctx, c.Address(Minter), nil)
	if err != nil {
		return nil, err
	}
	r, err := c.receipt(ctx, (*tx).Hash())
	if err != nil {
		return nil, err
	}
	if r == nil && minedNonce > (*tx).Nonce() || r != nil && r.Status != types.ReceiptStatusSuccessful {
		why := "nonce taken by another transaction"
		if r != nil {
			why = "reverted"
		}
		next, err := s.signMint(ctx, recs)
		if err != nil {
			return nil, fmt.Errorf("signing again (%s): %w", why, err)
		}
		raw, _ := next.MarshalBinary()
		if err := s.Store.ReplaceMintTx(ctx, b.ID, (*tx).Hash().Hex(), raw, next.Hash().Hex()); err != nil {
			return nil, err
		}
		s.log().Warn("settle: mint batch signed again", "batch", b.ID, "why", why, "old_tx", (*tx).Hash().Hex(), "tx", next.Hash().Hex())
		*tx, r = next, nil
	}
	if r != nil {
		return r, nil
	}
	if err := c.send(ctx, *tx); err != nil {
		return nil, err
	}
	return waitMined(ctx, c, *tx)
}

// batchLists are a mint batch's arguments: owners, device-hour keys and hour roots.
func batchLists(recs []ledger.ContributionRecord) (to []common.Address, keys, roots [][32]byte) {
	n := len(recs)
	to, keys, roots = make([]common.Address, n), make([][32]byte, n), make([][32]byte, n)
	for i, r := range recs {
		to[i] = common.HexToAddress(r.Account)
		keys[i] = RecordKey(r.DeviceID, r.Hour)
		copy(roots[i][:], r.Root)
	}
	return to, keys, roots
}

func (s *Settler) signMint(ctx context.Context, recs []ledger.ContributionRecord) (*types.Transaction, error) {
	c := s.Chain
	to, keys, roots := batchLists(recs)
	return c.signed(ctx, Minter, true, func(auth *bind.TransactOpts) (*types.Transaction, error) {
		return c.Records.MintBatch(auth, to, keys, roots)
	})
}

// RecordKey is a device-hour's id on chain, and its token's id as a
// number: the records contract mints each key once, so a batch signed
// twice (or a device-hour sent twice) cannot mint twice.
func RecordKey(deviceID string, hour time.Time) [32]byte {
	return [32]byte(crypto.Keccak256([]byte(fmt.Sprintf("rhd-record:%s@%d", deviceID, hour.UTC().Unix()))))
}

// ReadingReceipt proves that a minute of a device's data is in a contribution record.
type ReadingReceipt struct {
	TokenID  *big.Int // the record's token: its device-hour key as a number
	Owner    common.Address
	Reading  bindings.ContributionRecordsReading // what verifyReading takes, salt included
	Leaf     [32]byte
	Proof    [][32]byte
	Verified bool // the records contract accepted the proof
	// The record's mint batch, as verifyReading takes it: its device-hour
	// keys and hour roots, and the record's place in them.
	BatchKeys, BatchRoots [][32]byte
	Index                 int
}

// VerifyReading proves one metric-minute of a device against its record's token.
func (s *Settler) VerifyReading(ctx context.Context, wh warehouse.Warehouse, deviceID, metric string, minute time.Time) (ReadingReceipt, error) {
	var r ReadingReceipt
	hour := minute.UTC().Truncate(RecordHour)
	rec, err := s.Store.Record(ctx, deviceID, hour)
	if err != nil {
		return r, fmt.Errorf("settle: no contribution record of device %s for %s: %w", deviceID, hour.Format(time.RFC3339), err)
	}
	if rec.TokenID == 0 {
		return r, fmt.Errorf("settle: the record of %s is not minted yet", hour.Format(time.RFC3339))
	}
	hours, err := hourTrees(ctx, wh, hour, hour.Add(RecordHour))
	if err != nil {
		return r, err
	}
	devices, err := s.deviceBySource(ctx)
	if err != nil {
		return r, err
	}
	var mins []warehouse.DeviceMinute
	for k, ms := range hours {
		if devices[k.source].ID == deviceID {
			mins = ms
		}
	}
	leaves := make([]merkle.Hash, len(mins))
	found := -1
	for i, m := range mins {
		leaves[i] = ReadingLeaf(rec.Salt, m)
		if m.Metric == metric && m.MinuteMs == minute.UTC().Truncate(time.Minute).UnixMilli() {
			found = i
		}
	}
	if found < 0 {
		return r, fmt.Errorf("settle: device %s has no %s reading at %s", deviceID, metric, minute.Format(time.RFC3339))
	}
	tree, _ := merkle.New(leaves)
	proof, _ := tree.Proof(leaves[found])
	key := RecordKey(rec.DeviceID, rec.Hour)
	r.TokenID, r.Owner, r.Leaf, r.Proof = new(big.Int).SetBytes(key[:]), common.HexToAddress(rec.Account), leaves[found], hashes(proof)
	r.Reading = Reading(rec.Salt, mins[found])
	// The contract keeps one hash per mint batch: the check takes the
	// batch's lists, rebuilt from the ledger in mint order.
	batch, err := s.Store.BatchRecords(ctx, rec.BatchID)
	if err != nil {
		return r, err
	}
	_, keys, roots := batchLists(batch)
	at := -1
	for i, k := range keys {
		if k == key {
			at = i
		}
	}
	if at < 0 {
		return r, fmt.Errorf("settle: the record of device %s for %s is not in its batch %d", deviceID, hour.Format(time.RFC3339), rec.BatchID)
	}
	r.BatchKeys, r.BatchRoots, r.Index = keys, roots, at
	r.Verified, err = s.Chain.Records.VerifyReading(&bind.CallOpts{Context: ctx}, keys, roots, big.NewInt(int64(at)), r.Reading, r.Proof)
	return r, err
}
