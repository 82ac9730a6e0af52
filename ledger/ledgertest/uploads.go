package ledgertest

import (
	"bytes"
	"context"
	"sync"
	"testing"

	"rhd.dev/ledger"
)

func minutes(from, to int) ledger.DayMinutes {
	var m ledger.DayMinutes
	for i := from; i < to; i++ {
		m[i/8] |= 1 << (i % 8)
	}
	return m
}

func count(m ledger.DayMinutes) int {
	n := 0
	for i := range 1440 {
		if m[i/8]&(1<<(i%8)) != 0 {
			n++
		}
	}
	return n
}

// Uploads add at most perDay minutes to a contributor's day, across uploads
// and racing reservations; the same request again gets the same minutes.
func testUploadMinutesCapped(t *testing.T, s *ledger.Store) {
	ctx := context.Background()
	ada, bob := contributor(t, s, "ada@example.org"), contributor(t, s, "bob@example.org")
	const day, next = 1767225600000, 1767225600000 + 86400000
	got, err := s.ReserveUploadMinutes(ctx, ada.ID, map[int64]ledger.DayMinutes{day: minutes(0, 1000), next: minutes(0, 10)}, 720)
	if err != nil || got[day] != minutes(0, 720) || got[next] != minutes(0, 10) {
		t.Fatalf("first reservation: %d and %d minutes, %v", count(got[day]), count(got[next]), err)
	}
	again, err := s.ReserveUploadMinutes(ctx, ada.ID, map[int64]ledger.DayMinutes{day: minutes(0, 1000)}, 720)
	if err != nil || again[day] != got[day] {
		t.Fatalf("the same reservation again: %d minutes, %v", count(again[day]), err)
	}
	later, err := s.ReserveUploadMinutes(ctx, ada.ID, map[int64]ledger.DayMinutes{day: minutes(700, 1440), next: minutes(5, 20)}, 720)
	if err != nil || later[day] != minutes(0, 720) || later[next] != minutes(0, 20) {
		t.Fatalf("a later upload: %d and %d minutes, %v", count(later[day]), count(later[next]), err)
	}
	if other, err := s.ReserveUploadMinutes(ctx, bob.ID, map[int64]ledger.DayMinutes{day: minutes(0, 1440)}, 720); err != nil || count(other[day]) != 720 {
		t.Fatalf("another contributor's day: %d minutes, %v", count(other[day]), err)
	}
	// Racing uploads of one contributor share one cap.
	const racers = 8
	var wg sync.WaitGroup
	errs := make(chan error, racers)
	const third = next + 86400000
	for i := range racers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := s.ReserveUploadMinutes(ctx, ada.ID, map[int64]ledger.DayMinutes{third: minutes(i*180, i*180+180)}, 720)
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	final, err := s.ReserveUploadMinutes(ctx, ada.ID, map[int64]ledger.DayMinutes{third: {}}, 720)
	if err != nil || count(final[third]) != 720 {
		t.Fatalf("racing uploads reserved %d minutes of one day, want 720: %v", count(final[third]), err)
	}
}

// An upload device's key is the same on every attempt at one file, and
// differs between files and between contributors.
func testUploadDeviceKeyStable(t *testing.T, s *ledger.Store) {
	ctx := context.Background()
	k1, err := s.UploadDeviceKey(ctx, "c1", "sha-a")
	if err != nil {
		t.Fatal(err)
	}
	k2, _ := s.UploadDeviceKey(ctx, "c1", "sha-a")
	k3, _ := s.UploadDeviceKey(ctx, "c2", "sha-a")
	k4, _ := s.UploadDeviceKey(ctx, "c1", "sha-b")
	if !bytes.Equal(k1, k2) || bytes.Equal(k1, k3) || bytes.Equal(k1, k4) {
		t.Fatal("upload device keys are not one per contributor and file")
	}
}

// A contributor's uploads together put at most perMinute readings of a
// metric in a minute, racing or not; a retried upload gets its first
// attempt's counts; other metrics and contributors are apart.
func testUploadCountsCapped(t *testing.T, s *ledger.Store) {
	ctx := context.Background()
	ada, bob := contributor(t, s, "ada@example.org"), contributor(t, s, "bob@example.org")
	const day = 1767225600000
	hr, spo2 := ledger.DayMetric{Day: day, Metric: 1}, ledger.DayMetric{Day: day, Metric: 2}
	full := func(k ledger.DayMetric) map[ledger.DayMetric]*ledger.MinuteCounts {
		c := new(ledger.MinuteCounts)
		c[10] = 300
		return map[ledger.DayMetric]*ledger.MinuteCounts{k: c}
	}
	if got, err := s.ReserveUploadCounts(ctx, ada.ID, "a", full(hr), 300); err != nil || got[hr][10] != 300 {
		t.Fatalf("first upload: %v %v", got[hr][10], err)
	}
	if got, err := s.ReserveUploadCounts(ctx, ada.ID, "b", full(hr), 300); err != nil || got[hr][10] != 0 {
		t.Fatalf("second upload into a full minute: %v %v", got[hr][10], err)
	}
	if got, err := s.ReserveUploadCounts(ctx, ada.ID, "a", full(hr), 300); err != nil || got[hr][10] != 300 {
		t.Fatalf("retry of the first: %v %v", got[hr][10], err)
	}
	if got, err := s.ReserveUploadCounts(ctx, ada.ID, "c", full(spo2), 300); err != nil || got[spo2][10] != 300 {
		t.Fatalf("another metric: %v %v", got[spo2][10], err)
	}
	if got, err := s.ReserveUploadCounts(ctx, bob.ID, "a", full(hr), 300); err != nil || got[hr][10] != 300 {
		t.Fatalf("another contributor: %v %v", got[hr][10], err)
	}
	race := ledger.DayMetric{Day: day, Metric: 3}
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := new(ledger.MinuteCounts)
			c[5] = 100
			got, err := s.ReserveUploadCounts(ctx, ada.ID, string(rune('p'+i)), map[ledger.DayMetric]*ledger.MinuteCounts{race: c}, 300)
			if err != nil {
				t.Error(err)
				return
			}
			mu.Lock()
			total += int(got[race][5])
			mu.Unlock()
		}()
	}
	wg.Wait()
	if total != 300 {
		t.Fatalf("racing uploads were granted %d in one minute, want 300", total)
	}
}
