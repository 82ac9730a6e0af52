// Package importer adds uploaded files to a contributor's data through the
// one path every upload takes (the portal's Upload page, rhd uploads add):
// the whole file checked with ingest/upload's parsers and plan, minutes
// reserved in the ledger, and the accepted readings sent as the signed
// batches of an upload device of the file's own.
package importer

import (
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"sync/atomic"
	"time"

	"rhd.dev/firmware/frame"
	"rhd.dev/ingest/upload"
	"rhd.dev/ledger"
)

// Importer adds uploaded files to a contributor's data: the one path every
// upload takes, from the portal and from `rhd uploads add`. It checks the
// whole file, reserves the minutes the contributor may still add, pairs an
// upload device of the file's own, and only then sends the readings the
// plan accepts as that device's signed batches (Send: onto the frames
// topic, tagged as accepted). Nothing is sent from a file that cannot be
// read to its end; a send that fails leaves the file unrecorded, and
// importing it again sends the same batches (same device, key and
// sequences: the warehouse stores each once).
type Importer struct {
	Store *ledger.Store
	Send  func(ctx context.Context, device, batch []byte) error
	Reach time.Duration // how far back readings may go: a snapshot's window
}

// DeviceType is the type an uploaded file's device is paired as; the
// warehouse tells uploads from devices by it (warehouse.UploadDeviceType).
const DeviceType = "upload"

// Progress is how far an import got, for a page that shows it.
type Progress struct {
	Sending  atomic.Bool  // the second pass is under way
	Read     atomic.Int64 // bytes of the file read in the current pass
	Readings atomic.Int64 // values found in the first pass
}

// Result is what an import did with one file; its Message says it in
// plain words.
type Result struct {
	File      string        `json:"file"`
	Format    upload.Format `json:"format"`
	Added     upload.Report `json:"-"`
	Notes     []string      `json:"notes,omitempty"`
	Duplicate bool          `json:"duplicate,omitempty"` // uploaded before: nothing sent
	Failed    bool          `json:"failed,omitempty"`    // the file was refused: nothing sent
	Message   string        `json:"message"`
	// The report, spelled out.
	AddedBy   map[string]int64 `json:"added,omitempty"`   // readings, by metric
	SkippedBy map[string]int64 `json:"skipped,omitempty"` // values left out, by reason
	From      *time.Time       `json:"from,omitempty"`    // first reading added
	To        *time.Time       `json:"to,omitempty"`      // last reading added
}

// ErrInternal wraps failures on the platform's side, not the file's;
// ErrStopped, one that came after some batches were sent (importing the
// file again sends the same batches, stored once).
var (
	ErrInternal = errors.New("upload: failure on our side")
	ErrStopped  = fmt.Errorf("%w: adding the file stopped part-way; it is not counted yet, and importing it again counts nothing twice", ErrInternal)
)

func refused(r Result, msg string) (Result, error) {
	r.Failed, r.Message = true, msg
	return r, nil
}

// Import adds file (name, its SHA-256 in hex, its format) for contributor
// owner. A refused file is a Result with Failed set; an error is the
// platform's failure (it wraps ErrInternal) and the file may be tried again.
func (im *Importer) Import(ctx context.Context, owner, name string, file *io.SectionReader, sum string, format upload.Format, prog *Progress) (Result, error) {
	if prog == nil {
		prog = new(Progress)
	}
	res := Result{File: name, Format: format}
	internal := func(err error) (Result, error) { return res, fmt.Errorf("%w: %s: %w", ErrInternal, name, err) }
	if prev, err := im.Store.FindUpload(ctx, owner, sum); err == nil {
		res.Duplicate = true
		res.Message = fmt.Sprintf("You already uploaded this file (%s) on %s; it was not counted again.", prev.FileName, prev.CreatedAt.Format("2 Jan 2006"))
		return res, nil
	} else if !errors.Is(err, ledger.ErrNotFound) {
		return internal(err)
	}
	serial := "upload-" + owner + "-" + sum[:32]
	dev, found, err := im.uploadDevice(ctx, owner, serial)
	if err != nil {
		return internal(err)
	}
	if found && dev.Removed {
		return refused(res, "This file's earlier upload was stopped when its device was removed; it cannot be added again.")
	}
	// A retry keeps the first attempt's window, so its batches are the same.
	anchor := time.Now()
	if found {
		anchor = dev.PairedAt
	}
	plan := upload.NewPlan(upload.WindowAt(anchor, im.Reach))
	count := int64(0)
	err = upload.ParseFile(format, name, counting(file, &prog.Read), func(r upload.Reading) error {
		if r.Note == "" {
			count++
			prog.Readings.Store(count)
		}
		return plan.Check(r)
	})
	res.Notes = plan.Notes
	if err != nil {
		var ue *upload.Error
		if errors.As(err, &ue) {
			return refused(res, "This file could not be read at "+err.Error())
		}
		return internal(err)
	}
	if count == 0 {
		return refused(res, "This file holds no readings (heart rate, steps, blood oxygen, …).")
	}
	if plan.Checked.Total() == 0 {
		res.Added = plan.Checked
		res.fill()
		return refused(res, "Nothing in this file can be added. "+im.LeftOut(&plan.Checked))
	}
	want := map[int64]ledger.DayMinutes{}
	for day, m := range plan.Wanted() {
		want[day] = ledger.DayMinutes(*m)
	}
	granted, err := im.Store.ReserveUploadMinutes(ctx, owner, want, upload.MaxMinutesPerDay)
	if err != nil {
		return internal(err)
	}
	allowed := map[int64]*upload.Minutes{}
	for day, m := range granted {
		allowed[day] = (*upload.Minutes)(&m)
	}
	plan.Allow(allowed)
	// frame.MaxSamplesPerMinute spans the contributor's uploads: each gets
	// what the others left of a minute.
	wantCounts := map[ledger.DayMetric]*ledger.MinuteCounts{}
	for k, c := range plan.Counts() {
		wantCounts[ledger.DayMetric{Day: k[0], Metric: int(k[1])}] = (*ledger.MinuteCounts)(c)
	}
	gotCounts, err := im.Store.ReserveUploadCounts(ctx, owner, sum, wantCounts, frame.MaxSamplesPerMinute)
	if err != nil {
		return internal(err)
	}
	quota := map[[2]int64]*[1440]uint16{}
	for k, c := range gotCounts {
		quota[[2]int64{k.Day, int64(k.Metric)}] = (*[1440]uint16)(c)
	}
	plan.AllowCounts(quota)
	key, err := im.Store.UploadDeviceKey(ctx, owner, sum)
	if err != nil {
		return internal(err)
	}
	pub := key.Public().(ed25519.PublicKey)
	if !found {
		// An upload device of its own, paired like hardware.
		code, err := im.Store.CreatePairingCode(ctx, owner, DeviceType)
		if err == nil {
			dev, err = im.Store.PairDevice(ctx, code, serial, pub)
		}
		if err != nil {
			return internal(err)
		}
	} else if !dev.PublicKey.Equal(pub) {
		return internal(fmt.Errorf("upload device %s has another key", dev.ID))
	}
	prog.Read.Store(0)
	prog.Sending.Store(true)
	did, _ := frame.ParseDeviceID(dev.ID)
	b := &upload.Batcher{Device: did, Key: key, Emit: func(batch []byte) error { return im.Send(ctx, []byte(dev.ID), batch) }}
	rep, err := plan.Send(format, name, counting(file, &prog.Read), b)
	if err != nil {
		slog.Error("upload: sending", "file", name, "batches sent", b.Batches(), "err", err)
		return res, fmt.Errorf("%w: %s: %w", ErrStopped, name, err)
	}
	if err := im.Store.RecordUpload(ctx, ledger.Upload{ContributorID: owner, SHA256: sum, FileName: name, DeviceID: dev.ID, Readings: rep.Total()}); err != nil {
		return internal(err)
	}
	if err := im.Store.RemoveDevice(ctx, owner, dev.ID); err != nil { // an upload sends no more data
		slog.Warn("upload: device not removed", "device", dev.ID, "err", err)
	}
	res.Added = rep
	res.fill()
	msg := fmt.Sprintf("%s: %d readings added", name, rep.Total())
	var parts []string
	for _, m := range frame.Metrics {
		if n := rep.Added[m]; n > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", strings.ReplaceAll(m.String(), "_", " "), n))
		}
	}
	if len(parts) > 0 {
		msg += " (" + strings.Join(parts, ", ") + ")"
	}
	if rep.FirstMs > 0 {
		msg += fmt.Sprintf(", from %s to %s", time.UnixMilli(rep.FirstMs).UTC().Format("2 Jan 2006 15:04"), time.UnixMilli(rep.LastMs).UTC().Format("2 Jan 2006 15:04 UTC"))
	}
	res.Message = strings.TrimSpace(msg + ". " + im.LeftOut(&rep))
	return res, nil
}

// fill spells out the report for JSON.
func (r *Result) fill() {
	rep := &r.Added
	r.AddedBy, r.SkippedBy = map[string]int64{}, map[string]int64{}
	for _, m := range frame.Metrics {
		if rep.Added[m] > 0 {
			r.AddedBy[m.String()] = rep.Added[m]
		}
	}
	for _, why := range upload.Reasons() {
		if rep.Skipped[why] > 0 {
			r.SkippedBy[why.String()] = rep.Skipped[why]
		}
	}
	if rep.FirstMs > 0 {
		from, to := time.UnixMilli(rep.FirstMs).UTC(), time.UnixMilli(rep.LastMs).UTC()
		r.From, r.To = &from, &to
	}
}

// LeftOut says, in plain words, which values were left out and why.
func (im *Importer) LeftOut(r *upload.Report) string {
	days := int(im.Reach / (24 * time.Hour))
	var parts []string
	for _, why := range upload.Reasons() {
		n := r.Skipped[why]
		if n == 0 {
			continue
		}
		switch why {
		case upload.NotANumber:
			parts = append(parts, fmt.Sprintf("%d not a number", n))
		case upload.Implausible:
			parts = append(parts, fmt.Sprintf("%d with implausible values", n))
		case upload.TooOld:
			parts = append(parts, fmt.Sprintf("%d older than %d days (only the last %d days count)", n, days, days))
		case upload.InFuture:
			parts = append(parts, fmt.Sprintf("%d in the future", n))
		case upload.OverDailyLimit:
			parts = append(parts, fmt.Sprintf("%d beyond the daily limit of %d uploaded minutes", n, upload.MaxMinutesPerDay))
		case upload.NotCollected:
			parts = append(parts, fmt.Sprintf("%d of kinds we do not collect", n))
		case upload.UnknownUnit:
			parts = append(parts, fmt.Sprintf("%d in units we cannot convert", n))
		case upload.Summary:
			parts = append(parts, fmt.Sprintf("%d summaries (daily totals, minimums, maximums) rather than readings", n))
		case upload.Retracted:
			parts = append(parts, fmt.Sprintf("%d marked as entered in error", n))
		case upload.NoTime:
			parts = append(parts, fmt.Sprintf("%d without a time we can read", n))
		case upload.TooDense:
			parts = append(parts, fmt.Sprintf("%d beyond %d readings of one kind in one minute, counting your earlier uploads (more than any sensor takes)", n, frame.MaxSamplesPerMinute))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "Left out: " + strings.Join(parts, "; ") + "."
}

// uploadDevice finds the device of an earlier attempt at the same file.
func (im *Importer) uploadDevice(ctx context.Context, owner, serial string) (ledger.Device, bool, error) {
	devices, err := im.Store.DevicesOf(ctx, owner)
	if err != nil {
		return ledger.Device{}, false, err
	}
	for _, d := range devices {
		if d.Serial == serial {
			return d, true, nil
		}
	}
	return ledger.Device{}, false, nil
}

// counting returns a section reader over r's bytes that adds every byte
// read to n.
func counting(r *io.SectionReader, n *atomic.Int64) *io.SectionReader {
	return io.NewSectionReader(countingReaderAt{r, n}, 0, r.Size())
}

type countingReaderAt struct {
	r io.ReaderAt
	n *atomic.Int64
}

func (c countingReaderAt) ReadAt(p []byte, off int64) (int, error) {
	n, err := c.r.ReadAt(p, off)
	c.n.Add(int64(n))
	return n, err
}
