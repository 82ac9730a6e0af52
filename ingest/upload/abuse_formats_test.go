package upload

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"runtime"
	"strings"
	"testing"
	"time"

	kflate "github.com/klauspost/compress/flate"
)

// The standard formats' hostile files — one endless string or nesting in
// Open mHealth, FHIR or Fitbit JSON — fail early in bounded memory with a
// short error naming where, like the first formats' (see
// TestAbuseHostileFilesUseBoundedMemory).
func TestAbuseHostileStandardFormats(t *testing.T) {
	const size = 64 << 20
	for name, tc := range map[string]struct {
		f Format
		h *hostile
	}{
		"omh string":          {OpenMHealth, &hostile{prefix: []byte(`{"heart_rate":{"value":50,"unit":"`), filler: []byte("a"), size: size}},
		"omh nesting":         {OpenMHealth, &hostile{prefix: []byte(`{"heart_rate":`), filler: []byte(`{"a":`), size: size}},
		"omh array nesting":   {OpenMHealth, &hostile{prefix: []byte(`[`), filler: []byte(`[`), size: size}},
		"fhir bundle member":  {FHIR, &hostile{prefix: []byte(`{"resourceType":"Bundle","meta":"`), filler: []byte("a"), size: size}},
		"fhir entry nesting":  {FHIR, &hostile{prefix: []byte(`{"resourceType":"Bundle","entry":[`), filler: []byte(`[`), size: size}},
		"fhir many members":   {FHIR, &hostile{prefix: []byte(`{"resourceType":"Observation"`), filler: []byte(`,"x":1`), size: size}},
		"fitbit value string": {Fitbit, &hostile{prefix: []byte(`[{"dateTime":"01/01/26 10:00:05","value":"`), filler: []byte("9"), size: size}},
	} {
		t.Run(name, func(t *testing.T) {
			runtime.GC()
			before := heapAlloc()
			tc.h.peak = before
			err := Parse(tc.f, "heart_rate-2026-01-01.json", tc.h, func(Reading) error { return nil })
			tc.h.peak = max(tc.h.peak, heapAlloc())
			var ue *Error
			if !errors.As(err, &ue) || len(err.Error()) > 400 {
				t.Fatalf("error %.400v", err)
			}
			if grew := int64(tc.h.peak) - int64(before); grew > 8<<20 {
				t.Errorf("heap grew by %d MiB while reading %d MiB", grew>>20, tc.h.off>>20)
			}
			if tc.h.off > 1<<20 {
				t.Errorf("read %d MiB before giving up", tc.h.off>>20)
			}
		})
	}
}

// JSON nested 33 deep inside a small document is refused by name, in every
// JSON format.
func TestAbuseDeepJSONNesting(t *testing.T) {
	deep := strings.Repeat(`{"a":`, 40) + "1" + strings.Repeat("}", 40)
	for _, f := range []Format{OpenMHealth, FHIR, Fitbit} {
		_, err := parseAll(t, f, "steps-2026-01-01.json", []byte(`[{"heart_rate":`+deep+`}]`))
		var ue *Error
		if !errors.As(err, &ue) || !strings.Contains(ue.Msg, "nested") {
			t.Errorf("%s: %v", f, err)
		}
	}
}

// Far-future times, huge numbers and wrong units in the standard formats
// reach no batch: Plan leaves them out, counted by reason.
func TestAbuseStandardFormatsValuesLeftOut(t *testing.T) {
	now := time.Now().UTC()
	at := now.Add(-time.Hour).Format(time.RFC3339)
	future := now.AddDate(5, 0, 0).Format(time.RFC3339)
	obs := func(v, unit, when string) string {
		return `{"resourceType":"Observation","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"8867-4"}]},` +
			`"effectiveDateTime":"` + when + `","valueQuantity":{"value":` + v + `,"unit":"` + unit + `","system":"http://unitsofmeasure.org","code":"` + unit + `"}}`
	}
	in := strings.Join([]string{obs("61", "/min", at), obs("61", "/min", future), obs("1e999", "/min", at), obs("-1e300", "/min", at),
		obs("61", "kg", at), obs("99999999999999999999", "/min", at)}, "\n")
	p := NewPlan(WindowAt(now, 30*24*time.Hour))
	if err := ParseFile(FHIR, "x.ndjson", section(in), p.Check); err != nil {
		t.Fatal(err)
	}
	c := p.Checked
	if c.Total() != 1 || c.Skipped[InFuture] != 1 || c.Skipped[NotANumber] != 1 || c.Skipped[Implausible] != 2 || c.Skipped[UnknownUnit] != 1 {
		t.Fatalf("report %+v", c)
	}
}

// A zip bomb — a small zip whose entry inflates to hundreds of megabytes —
// stops at the zip's inflate budget (100× its size), however much its
// headers claim.
func TestAbuseZipBomb(t *testing.T) {
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	w.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) { return kflate.NewWriter(out, kflate.BestSpeed) })
	f, _ := w.Create("export.xml")
	f.Write([]byte(`<?xml version="1.0"?><HealthData>`))
	elems := bytes.Repeat([]byte("<ExportDate/>\n"), 1<<16)
	for range 150 << 20 / len(elems) {
		f.Write(elems)
	}
	w.Close()
	bomb := buf.Bytes()
	start := time.Now()
	_, err := parseAll(t, Zip, "bomb.zip", bomb)
	var ue *Error
	if !errors.As(err, &ue) || !strings.Contains(ue.Msg, "unpacks to more") {
		t.Fatalf("%d KiB zip of 150 MiB: %v", len(bomb)>>10, err)
	}
	t.Logf("%d KiB zip refused after %v", len(bomb)>>10, time.Since(start))
}

// A zip whose directory claims more entries than any export has is refused
// before the zip reader would hold them all.
func TestAbuseZipHugeDirectory(t *testing.T) {
	eocd := make([]byte, 22)
	copy(eocd, "PK\x05\x06")
	binary.LittleEndian.PutUint16(eocd[8:], 0xFFFF)
	binary.LittleEndian.PutUint16(eocd[10:], 0xFFFF)
	binary.LittleEndian.PutUint32(eocd[12:], 200<<20)
	in := append([]byte("PK\x03\x04"), eocd...)
	_, err := parseAll(t, Zip, "huge.zip", in)
	var ue *Error
	if !errors.As(err, &ue) || !strings.Contains(ue.Msg, "directory") {
		t.Fatalf("%v", err)
	}
	if _, err := parseAll(t, Zip, "cut.zip", []byte("PK\x03\x04 cut short")); !errors.As(err, &ue) {
		t.Fatalf("truncated zip: %v", err)
	}
}
