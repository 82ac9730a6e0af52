package upload

import (
	"bytes"
	"crypto/ed25519"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	"rhd.dev/firmware/frame"
)

func collect(t *testing.T, f Format, in string) ([]Reading, error) {
	var out []Reading
	err := Parse(f, "", strings.NewReader(in), func(r Reading) error { out = append(out, r); return nil })
	return out, err
}

func TestCSV(t *testing.T) {
	rs, err := collect(t, CSV, "\ufefftime,metric,value\r\n2026-01-01T00:00:00Z,heart_rate,61\r\n\n\"1767225660000\",\"steps\",12\n2026-01-01T00:02:00Z,heart_rate,400")
	if err != nil || len(rs) != 3 || rs[0].Metric != frame.HeartRate || rs[1].TimeMs != 1767225660000 || rs[1].Value != 12 || rs[2].Value != 400 {
		t.Fatalf("%+v %v", rs, err)
	}
	for in, where := range map[string]string{
		"":                    "line 1",
		"when,metric,value\n": "line 1",
		"time,metric,value\n2026-01-01T00:00:00Z,heart_rate,61\nnot-a-time,steps,3\n": "line 3",
		"time,metric,value\n2026-01-01T00:00:00Z,mood,5\n":                            "line 2",
		"time,metric,value\n2026-01-01T00:00:00Z,steps,many\n":                        "line 2",
		"time,metric,value\n2026-01-01T00:00:00Z,steps\n":                             "line 2",
		"time,metric,value\n2026-01-01T00:00:00Z,\"steps,3\n":                         "line 2",
		"time,metric,value\n2026-01-01T00:00:00Z,\"steps\"x,3\n":                      "line 2",
		"time,metric,value\n2026-01-01T00:00:00Z,st\"eps,3\n":                         "line 2",
	} {
		_, err := collect(t, CSV, in)
		var ue *Error
		if !errors.As(err, &ue) || ue.Where != where {
			t.Errorf("%q: error %v, want one at %s", in, err, where)
		}
	}
}

func TestJSON(t *testing.T) {
	rs, err := collect(t, JSON, `[{"time":"2026-01-01T00:00:00Z","metric":"spo2","value":97.5},{"time":1767225660000,"metric":"steps","value":3}]`)
	if err != nil || len(rs) != 2 || rs[0].Metric != frame.SpO2 {
		t.Fatalf("%+v %v", rs, err)
	}
	for in, where := range map[string]string{
		`{"time":1}`: "record 0",
		`[{"time":1767225660000,"metric":"steps","value":3},{"time":1767225660000,"metric":"steps"}]`: "record 2",
		`[{"time":1767225660000,"metric":"steps","value":3}`:                                          "end of file",
	} {
		_, err := collect(t, JSON, in)
		var ue *Error
		if !errors.As(err, &ue) || ue.Where != where {
			t.Errorf("%q: error %v, want one at %s", in, err, where)
		}
	}
}

func TestAppleHealthFixture(t *testing.T) {
	f, err := os.Open("../../../shared/fixtures/apple-health-export-sample.xml")
	if err != nil {
		t.Skip("shared fixtures not present")
	}
	defer f.Close()
	var steps int
	var total float64
	err = Parse(AppleHealth, "", f, func(r Reading) error {
		if r.Metric == frame.Steps {
			steps++
			total += r.Value
		}
		return nil
	})
	if err != nil || steps != 10 || total <= 0 {
		t.Fatalf("%d step records (%g steps): %v", steps, total, err)
	}
	_, err = collect(t, AppleHealth, `<?xml version="1.0"?><HealthData><Record type="HKQuantityTypeIdentifierStepCount" startDate="2014-09-13 10:27:54 +0100" value="3"/><Record`)
	var ue *Error
	if !errors.As(err, &ue) || !strings.HasPrefix(ue.Where, "line ") {
		t.Fatalf("truncated export: %v", err)
	}
}

func TestBatcherSignsVerifiableBatches(t *testing.T) {
	key := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{4}, 32))
	var batches [][]byte
	b := &Batcher{Device: frame.DeviceID{9}, Key: key, Emit: func(x []byte) error { batches = append(batches, bytes.Clone(x)); return nil }}
	for i := 0; i < MaxFrames+5; i++ {
		b.Add(int64(i), Reading{Metric: frame.HeartRate, TimeMs: 1767225600000 + int64(i)*1000, Value: 60}, 60)
	}
	b.Flush()
	if len(batches) != 2 {
		t.Fatalf("%d batches", len(batches))
	}
	for i, raw := range batches {
		pb, err := frame.Parse(raw)
		if err != nil || pb.Verify(key.Public().(ed25519.PublicKey)) != nil || pb.Seq() != uint64(i+1) {
			t.Fatalf("batch %d: %v", i, err)
		}
	}
}

// FuzzParsers feeds any bytes to every parser and through a plan: nothing
// panics, every batch sent passes the stream's own check, the report counts
// exactly what was sent, and errors stay short.
func FuzzParsers(f *testing.F) {
	f.Add("time,metric,value\n2026-01-01T00:00:00Z,heart_rate,61\n2026-01-01T00:00:01Z,steps,NaN\n")
	f.Add(`[{"time":"2026-01-01T00:00:00Z","metric":"spo2","value":97.5},{"time":1767225600000,"metric":"steps","value":-3}]`)
	f.Add(`<?xml version="1.0"?><HealthData><Record type="HKQuantityTypeIdentifierHeartRate" startDate="2014-09-13 10:27:54 +0100" value="61"/></HealthData>`)
	f.Add(`{"header":{"schema_id":{"name":"step-count"}},"body":{"step_count":{"value":300,"unit":"steps"},"effective_time_frame":{"time_interval":{"start_date_time":"2026-01-01T10:00:00Z","end_date_time":"2026-01-01T10:05:00Z"}}}}`)
	f.Add(`{"resourceType":"Bundle","entry":[{"resource":{"resourceType":"Observation","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"8867-4"}]},"effectiveDateTime":"2026-01-01T10:00:00Z","valueQuantity":{"value":61,"code":"/min"}}}]}`)
	f.Add(`[{"dateTime":"01/01/26 10:00:05","value":{"bpm":62,"confidence":2}}]`)
	if fit, err := os.ReadFile("../../../shared/fixtures/garmin-fenix-5-walk.fit"); err == nil {
		f.Add(string(fit))
	}
	key := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{4}, 32))
	now := time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC)
	lo, hi := frame.AcceptWindow(now.UnixMilli())
	f.Fuzz(func(t *testing.T, in string) {
		for _, format := range []Format{CSV, JSON, AppleHealth, GarminFIT, OpenMHealth, FHIR, Fitbit, Zip} {
			p := NewPlan(WindowAt(now, 20*365*24*time.Hour))
			if err := ParseFile(format, "heart_rate-2026-01-01.json", section(in), p.Check); err != nil {
				if len(err.Error()) > 400 {
					t.Fatalf("%s: error of %d bytes", format, len(err.Error()))
				}
				continue
			}
			p.Allow(p.Wanted())
			samples := 0
			b := &Batcher{Key: key, Emit: func(raw []byte) error {
				pb, err := frame.Parse(raw)
				if err != nil {
					return err
				}
				if err := pb.Validate(lo, hi); err != nil {
					t.Fatalf("%s: the stream would refuse a batch sent: %v", format, err)
				}
				samples += pb.Samples()
				return nil
			}}
			rep, err := p.Send(format, "heart_rate-2026-01-01.json", section(in), b)
			if err != nil {
				t.Fatalf("%s: second pass failed where the first passed: %v", format, err)
			}
			if rep.Total() != int64(samples) || rep != p.Checked {
				t.Fatalf("%s: report %+v, first pass %+v, %d samples sent", format, rep, p.Checked, samples)
			}
		}
	})
}

func TestGarminFITFixtures(t *testing.T) {
	walk, err := os.ReadFile("../../../shared/fixtures/garmin-fenix-5-walk.fit")
	if err != nil {
		t.Skip("shared fixtures not present")
	}
	if f, err := Detect("walk.fit", walk[:64]); err != nil || f != GarminFIT {
		t.Fatalf("detect: %v %v", f, err)
	}
	var hr int
	if err := Parse(GarminFIT, "", bytes.NewReader(walk), func(r Reading) error { hr++; return nil }); err != nil || hr == 0 {
		t.Fatalf("walk: %d heart-rate readings, %v", hr, err)
	}
	broken, _ := os.ReadFile("../../../shared/fixtures/garmin-activity-unexpected-eof.fit")
	err = Parse(GarminFIT, "", bytes.NewReader(broken), func(Reading) error { return nil })
	var ue *Error
	if !errors.As(err, &ue) || !strings.HasPrefix(ue.Where, "record ") {
		t.Fatalf("truncated FIT: %v", err)
	}
	if err := Parse(GarminFIT, "", strings.NewReader("not a fit file at all"), func(Reading) error { return nil }); err == nil {
		t.Fatal("garbage accepted as FIT")
	}
}

func section(s string) *io.SectionReader {
	return io.NewSectionReader(strings.NewReader(s), 0, int64(len(s)))
}

// The second pass sends the same batches whether it replays what the first
// kept or, past MaxReplay, reads the file again.
func TestReplayAndReparseSendTheSameBatches(t *testing.T) {
	now := time.Now().UTC()
	start := now.Truncate(24 * time.Hour).Add(-3 * 24 * time.Hour)
	var csv strings.Builder
	csv.WriteString("time,metric,value\n")
	for i := range 2*MaxFrames + 77 {
		fmt.Fprintf(&csv, "%s,heart_rate,%d\n", start.Add(time.Duration(i)*17*time.Second).Format(time.RFC3339), 40+i%300)
		if i%500 == 0 {
			csv.WriteString(start.AddDate(-1, 0, 0).Format(time.RFC3339) + ",steps,3\n") // too old
		}
	}
	send := func(reparse bool) (Report, [][]byte) {
		p := NewPlan(WindowAt(now, 30*24*time.Hour))
		if err := ParseFile(CSV, "", section(csv.String()), p.Check); err != nil {
			t.Fatal(err)
		}
		wanted := p.Wanted()
		for day, m := range wanted { // leave some minutes out
			for i := 0; i < 1440; i += 3 {
				m[i/8] &^= 1 << (i % 8)
			}
			wanted[day] = m
		}
		p.Allow(wanted)
		if reparse {
			p.overflow, p.replay = true, nil
		}
		var out [][]byte
		b := &Batcher{Key: ed25519.NewKeyFromSeed(bytes.Repeat([]byte{3}, 32)), Emit: func(raw []byte) error { out = append(out, bytes.Clone(raw)); return nil }}
		rep, err := p.Send(CSV, "", section(csv.String()), b)
		if err != nil {
			t.Fatal(err)
		}
		return rep, out
	}
	r1, b1 := send(false)
	r2, b2 := send(true)
	if r1 != r2 || len(b1) != len(b2) || r1.Skipped[OverDailyLimit] == 0 || r1.Skipped[TooOld] == 0 {
		t.Fatalf("replay %+v (%d batches), reparse %+v (%d batches)", r1, len(b1), r2, len(b2))
	}
	for i := range b1 {
		if !bytes.Equal(b1[i], b2[i]) {
			t.Fatalf("batch %d differs", i)
		}
	}
}
