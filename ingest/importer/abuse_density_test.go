package importer

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"rhd.dev/firmware/frame"
	"rhd.dev/ingest/upload"
	"rhd.dev/ledger"
)

// Each upload was held to frame.MaxSamplesPerMinute on its own, so three
// files of 300 heart-rate readings in one minute put 900 in it. The ledger
// now counts readings per (contributor, metric, minute) across uploads:
// the first file fills the minute, the others add nothing to it and say
// why, and a retry of the first gets the same counts.
func TestAbuseDensityCapSpansUploads(t *testing.T) {
	ctx := context.Background()
	store, err := ledger.Open(ctx, filepath.Join(t.TempDir(), "l.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	owner, err := store.CreateContributor(ctx, ledger.Contributor{Email: "u@example.org", BirthYear: 1980})
	if err != nil {
		t.Fatal(err)
	}
	perMinute := map[int64]int{}
	im := &Importer{Store: store, Reach: 30 * 24 * time.Hour, Send: func(_ context.Context, _, raw []byte) error {
		b, err := frame.Parse(raw)
		if err != nil {
			return err
		}
		return b.MinuteRuns(func(m frame.Metric, minute int64, n, _ int) error { perMinute[minute] += n; return nil })
	}}
	minute := time.Now().Add(-48 * time.Hour).Truncate(time.Minute)
	file := func(f int) []byte {
		var csv strings.Builder
		csv.WriteString("time,metric,value\n")
		for i := range frame.MaxSamplesPerMinute {
			at := minute.Add(time.Duration(i)*200*time.Millisecond + time.Duration(f)*50*time.Millisecond)
			fmt.Fprintf(&csv, "%s,heart_rate,%d\n", at.UTC().Format(time.RFC3339Nano), 60+f)
		}
		return []byte(csv.String())
	}
	send := func(f int) Result {
		data := file(f)
		sum := sha256.Sum256(data)
		res, err := im.Import(ctx, owner.ID, fmt.Sprintf("f%d.csv", f), io.NewSectionReader(bytes.NewReader(data), 0, int64(len(data))), hex.EncodeToString(sum[:]), upload.CSV, nil)
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	if res := send(0); res.Added.Total() != frame.MaxSamplesPerMinute {
		t.Fatalf("first upload: %s", res.Message)
	}
	for f := 1; f < 3; f++ {
		res := send(f)
		if res.Added.Total() != 0 || !strings.Contains(res.Message, "earlier uploads") {
			t.Fatalf("upload %d into the full minute: %d added, %q", f, res.Added.Total(), res.Message)
		}
	}
	if n := perMinute[minute.UnixMilli()]; n != frame.MaxSamplesPerMinute {
		t.Fatalf("%d heart-rate readings sent for one minute, want %d", n, frame.MaxSamplesPerMinute)
	}
}
