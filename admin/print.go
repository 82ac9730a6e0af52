package admin

import (
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"rhd.dev/cohorter"
	"rhd.dev/ingest/importer"
	"rhd.dev/ledger"
	"rhd.dev/settle"
	"rhd.dev/warehouse"
)

// The CLI's tables: what the operator reads of the ledger and the catalog.

// PrintSales writes sales, newest first, as a table.
func PrintSales(w io.Writer, sales []ledger.Sale) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "SALE\tSNAPSHOT\tBUYER\tPRICE\tFEE\tEPOCH\tWHEN")
	for _, s := range sales {
		epoch := "pending"
		if s.Epoch > 0 {
			epoch = fmt.Sprint(s.Epoch)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", s.ID, s.SnapshotID, s.Buyer, Dollars(s.PriceCents), Dollars(s.FeeCents), epoch, s.CreatedAt.UTC().Format(time.RFC3339))
	}
	return tw.Flush()
}

// PrintDevices writes paired devices as a table.
func PrintDevices(w io.Writer, devs []ledger.Device) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "DEVICE\tTYPE\tSERIAL\tLAST SEQ\tLAST SEEN")
	for _, d := range devs {
		seen := "never"
		if !d.LastSeen.IsZero() {
			seen = d.LastSeen.UTC().Format(time.RFC3339)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\n", d.ID, d.Type, d.Serial, d.LastSeq, seen)
	}
	return tw.Flush()
}

// PrintCohorts writes catalog entries (a cohort's latest snapshot each).
func PrintCohorts(w io.Writer, entries []cohorter.Entry) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "COHORT\tSNAPSHOT\tCONTRIBUTORS\tCONTRIBUTOR-DAYS\tROWS\tPRICE\tDESCRIPTION")
	for _, e := range entries {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%s\t%s\n", e.Cohort.ID, e.Snapshot.ID, e.Snapshot.Members, e.Snapshot.ContributorDays,
			e.Snapshot.Rows, Dollars(e.Snapshot.PriceCents), e.Cohort.Description)
	}
	return tw.Flush()
}

// PrintCohort writes one catalog entry with its noisy statistics.
func PrintCohort(w io.Writer, e cohorter.Entry) error {
	sn := e.Snapshot
	fmt.Fprintf(w, "%s — %s\nsnapshot %s (k = %d), created %s\nwindow %s … %s\ncontributors %d, contributor-days %d, rows %d, price %s\nmerkle root 0x%s\n\n",
		e.Cohort.ID, e.Cohort.Description, sn.ID, sn.K, sn.CreatedAt.UTC().Format(time.RFC3339),
		sn.WindowFrom.UTC().Format(time.RFC3339), sn.WindowTo.UTC().Format(time.RFC3339),
		sn.Members, sn.ContributorDays, sn.Rows, Dollars(sn.PriceCents), hex.EncodeToString(sn.MerkleRoot))
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "METRIC\tPEOPLE~\tMEAN~\tP10~\tP50~\tP90~\tHISTOGRAM~\tEPSILON")
	for _, m := range e.Stats {
		fmt.Fprintf(tw, "%s\t%.0f\t%.1f\t%.1f\t%.1f\t%.1f\t%s\t%g\n", m.Metric, m.People, m.Mean, m.P10, m.P50, m.P90, sparkline(m.Histogram), m.Epsilon)
	}
	fmt.Fprintln(tw, "~ with differential-privacy noise (docs/privacy.md)")
	return tw.Flush()
}

func sparkline(bins []warehouse.Bin) string {
	const bars = " ▁▂▃▄▅▆▇█"
	var top float64
	for _, b := range bins {
		top = max(top, b.People)
	}
	var s strings.Builder
	for _, b := range bins {
		i := 0
		if top > 0 {
			i = int(b.People * 8 / top)
		}
		s.WriteRune([]rune(bars)[i])
	}
	return s.String()
}

// PrintImport writes what an import did with one file.
func PrintImport(w io.Writer, r importer.Result) {
	format := string(r.Format)
	if format == "" {
		format = "-"
	}
	fmt.Fprintf(w, "%s (%s)\n", r.File, format)
	switch {
	case r.Duplicate:
		fmt.Fprintf(w, "  already uploaded: %s\n", r.Message)
		return
	case r.Failed:
		fmt.Fprintf(w, "  refused: %s\n", r.Message)
	}
	printCounts(w, "stored", r.AddedBy)
	printCounts(w, "left out", r.SkippedBy)
	if r.From != nil {
		fmt.Fprintf(w, "  time range: %s – %s\n", r.From.Format(time.RFC3339), r.To.Format(time.RFC3339))
	}
	for _, n := range r.Notes {
		fmt.Fprintf(w, "  note: %s\n", n)
	}
}

func printCounts(w io.Writer, what string, by map[string]int64) {
	if len(by) == 0 {
		return
	}
	keys := make([]string, 0, len(by))
	var total int64
	for k, n := range by {
		keys = append(keys, k)
		total += n
	}
	sort.Strings(keys)
	fmt.Fprintf(w, "  %s: %d\n", what, total)
	for _, k := range keys {
		fmt.Fprintf(w, "    %-28s %d\n", k, by[k])
	}
}

// PrintReceipt writes a payout's proof and whether the contract accepts
// it; a rejected proof is an error.
func PrintReceipt(w io.Writer, r settle.Receipt) error {
	fmt.Fprintf(w, "account    %s\nsale       %s paid %s\ncumulative %s committed in epoch %d (tx %s)\nroot       0x%x\nproof      %d hashes\n",
		r.Account.Hex(), r.SaleID, Dollars(r.SaleCents), Dollars(r.Cumulative), r.Epoch, r.TxHash, r.Root, len(r.Proof))
	if !r.Verified {
		return errors.New("NOT verified: the contract rejects this proof")
	}
	fmt.Fprintln(w, "verified   the payout distributor contract accepts the proof")
	return nil
}

// PrintReadingReceipt writes a reading's proof of membership in its
// contribution record; a rejected proof is an error.
func PrintReadingReceipt(w io.Writer, r settle.ReadingReceipt, metric, device, minute string) error {
	fmt.Fprintf(w, "record     token %d owned by %s\nreading    %s of device %s at %s\nproof      %d hashes\n", r.TokenID, r.Owner.Hex(), metric, device, minute, len(r.Proof))
	if !r.Verified {
		return errors.New("NOT verified: the records contract rejects this proof")
	}
	fmt.Fprintln(w, "verified   the contribution records contract accepts the proof")
	return nil
}
