package portal

import (
	"context"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"rhd.dev/cohorter"
	"rhd.dev/portal/devoidc"
	"rhd.dev/stream/pseudo"
	"rhd.dev/warehouse"
)

func TestChartsHaveAxesUnitsAndValues(t *testing.T) {
	svg := string(drawChart(chartSpec{Title: "your heart rate", YLabel: "beats per minute", Line: true},
		[]bar{{Label: "1 Nov", V: 61, Has: true}, {Label: "2 Nov"}, {Label: "3 Nov", V: 72.5, Has: true}}))
	for _, want := range []string{`class="axis"`, ">beats per minute<", ">1 Nov<", "<title>3 Nov: 72 beats per minute</title>", `<polyline class="line"`,
		`aria-label="your heart rate, beats per minute, from 1 Nov to 3 Nov"`} {
		if !strings.Contains(svg, want) {
			t.Errorf("chart lacks %q:\n%s", want, svg)
		}
	}
	// A gap is not drawn as a zero.
	if n := strings.Count(svg, `<circle`); n != 2 {
		t.Errorf("%d points for 2 values", n)
	}
	// The y axis covers the values with round ticks.
	ticks := regexp.MustCompile(`text-anchor="end">([0-9.]+)<`).FindAllStringSubmatch(svg, -1)
	if len(ticks) < 2 || ticks[0][1] != "60" || ticks[len(ticks)-1][1] != "75" {
		t.Errorf("ticks %v", ticks)
	}
	money := string(drawChart(chartSpec{Title: "earnings", YLabel: "US dollars", Money: true}, []bar{{Label: "a", V: 1234, Has: true}}))
	if !strings.Contains(money, "<title>a: $12.34</title>") || !strings.Contains(money, ">$0.00<") {
		t.Errorf("money chart:\n%s", money)
	}
	if empty := drawChart(chartSpec{}, []bar{{Label: "a"}}); !strings.Contains(string(empty), "No data") {
		t.Errorf("empty chart %s", empty)
	}
	for span, want := range map[float64]float64{12: 5, 100: 50, 0.3: 0.1, 0: 1} {
		if got := niceStep(span, 4); got != want {
			t.Errorf("niceStep(%v) = %v, want %v", span, got, want)
		}
	}
}

func TestMyDataByDayWeekAndMonthWithUnits(t *testing.T) {
	s := newSite(t, time.Hour)
	ctx := context.Background()
	wh, err := warehouse.OpenDuckDB(ctx, filepath.Join(t.TempDir(), "wh.duckdb"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { wh.Close() })
	s.srv.market.Warehouse = wh
	ada := s.onboard("ada")
	adaID := contributorID(t, s, "ada@example.org")
	pepper, _ := s.store.Pepper(ctx)
	pid := pseudo.PID(pepper, adaID)
	var w warehouse.Write
	for d := 1; d <= 3; d++ {
		day := time.Now().UTC().Truncate(24*time.Hour).AddDate(0, 0, -d)
		w.Batches = append(w.Batches, warehouse.Batch{Source: 1, Seq: uint64(d), PID: pid, DeviceType: "ring", Frames: 1, Samples: 1, ReceivedMs: day.UnixMilli()})
		for m := 0; m < 30; m++ {
			ms := day.Add(9*time.Hour + time.Duration(m)*time.Minute).UnixMilli()
			w.Rollups.Append(1, uint64(d), pid, "ring", "heart_rate", ms, 1, float64(60+d), float64(60+d), float64(60+d))
			w.Rollups.Append(1, uint64(d), pid, "ring", "steps", ms, 1, 100, 100, 100)
		}
	}
	if _, err := wh.Write(ctx, &w); err != nil {
		t.Fatal(err)
	}
	s.paySale(adaID, "0xA", 875)
	_, dash, _ := s.page(ada, "/dashboard")
	if !strings.Contains(dash, "3000.0 steps a day") || !strings.Contains(dash, "61.0 beats per minute (daily mean)") {
		t.Fatalf("dashboard metrics lack their units:\n%s", dash)
	}
	for _, view := range []string{"day", "week", "month"} {
		code, page, _ := s.page(ada, "/my-data?view="+view+"&metric=heart_rate")
		if code != 200 || !strings.Contains(page, "heart rate: daily mean") || !strings.Contains(page, ">beats per minute<") ||
			!strings.Contains(page, `<circle class="dot"`) || !strings.Contains(page, "$8.75") {
			t.Fatalf("%s view %d:\n%s", view, code, page)
		}
	}
	_, steps, _ := s.page(ada, "/my-data?metric=steps")
	if !strings.Contains(steps, "steps: total per day") || !strings.Contains(steps, "3000 steps</title>") {
		t.Fatalf("steps view:\n%s", steps)
	}
	// Unknown views and metrics fall back; nothing of anyone else shows.
	if code, page, _ := s.page(ada, "/my-data?view=century&metric=%3Cscript%3E"); code != 200 || strings.Contains(page, "<script>") {
		t.Fatalf("odd query: %d", code)
	}
	bob := s.onboard("bob")
	if _, page, _ := s.page(bob, "/my-data"); strings.Contains(page, "heart rate") || strings.Contains(page, "$8.75") {
		t.Fatalf("Bob sees Ada's data:\n%s", page)
	}
}

func TestCohortAndOperatorCharts(t *testing.T) {
	s := newSite(t, time.Hour)
	s.market(t)
	ctx := context.Background()
	// A second version of the cohort (at most one per MinInterval):
	// coverage over time has two points.
	p := cohorter.DefaultPolicy()
	p.K = 5
	p.BasePriceCents++
	later := func() time.Time { return time.Now().Add(p.MinInterval()) }
	if _, err := (&cohorter.Cohorter{Store: s.store, Warehouse: s.srv.market.Warehouse, Policy: p, Now: later}).Run(ctx); err != nil {
		t.Fatal(err)
	}
	lab := s.onboardResearcher("lab")
	_, page, _ := s.page(lab, "/catalog/any.any.any")
	// The metric charts depend on the catalog's noise (a metric whose noisy
	// count of people is low is not published): TestDistributionChart draws
	// one from fixed figures.
	if !strings.Contains(page, `id="coverage"`) || !strings.Contains(page, ">person-days<") {
		t.Fatalf("cohort page:\n%s", page)
	}
	s.srv.cfg.Admins = []string{"ops@example.org"}
	s.provider.Accounts = append(s.provider.Accounts, devoidc.Account{Subject: "ops", Email: "ops@example.org", Name: "Ops"})
	ops := client()
	s.signIn(ops, "ops", nil)
	readings := int64(1000)
	s.srv.market.Health = func(context.Context) map[string]any {
		readings += 600
		return map[string]any{healthReadings: readings, healthLag: int64(42)}
	}
	_, page, _ = s.page(ops, "/admin")
	if !strings.Contains(page, "Charts appear after two samples") || !strings.Contains(page, `id="sales-chart"`) {
		t.Fatalf("operators' page before samples:\n%s", page)
	}
	s.srv.SampleHealth(ctx)
	time.Sleep(20 * time.Millisecond)
	s.srv.SampleHealth(ctx)
	_, page, _ = s.page(ops, "/admin")
	if !strings.Contains(page, ">readings per minute<") || !strings.Contains(page, ">records behind<") || !strings.Contains(page, "42 records behind</title>") {
		t.Fatalf("operators' page after samples:\n%s", page)
	}
	for i := 0; i < pulseSamples+10; i++ {
		s.srv.SampleHealth(ctx)
	}
	if n := len(s.srv.pulse.samples); n != pulseSamples {
		t.Fatalf("%d samples kept, want at most %d", n, pulseSamples)
	}
}

// The cohort page's distribution chart draws the noisy person shares the
// catalog publishes, with the metric's unit, and no negative bar.
func TestDistributionChart(t *testing.T) {
	m := warehouse.MetricStats{Metric: "heart_rate", People: 40, Epsilon: 1, Histogram: []warehouse.Bin{
		{Lo: 40, Hi: 60, People: 12.5}, {Lo: 60, Hi: 80, People: 20}, {Lo: 80, Hi: 100, People: -1.5}}}
	svg := string(distribution(m))
	if !strings.Contains(svg, "distribution of heart rate (beats per minute): each person counted by their share of minutes") ||
		!strings.Contains(svg, "people (with noise)") {
		t.Fatalf("title or axis:\n%s", svg)
	}
	heights := regexp.MustCompile(`<rect class="[^"]*" x="[^"]*" y="[^"]*" width="[^"]*" height="([^"]*)"`).FindAllStringSubmatch(svg, -1)
	if len(heights) != 3 {
		t.Fatalf("%d bars, want 3:\n%s", len(heights), svg)
	}
	for i, h := range heights {
		v, _ := strconv.ParseFloat(h[1], 64)
		if (i < 2 && v <= 0) || v < 0 {
			t.Fatalf("bar %d has height %v", i, v)
		}
	}
}
