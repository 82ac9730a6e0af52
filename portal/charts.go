package portal

import (
	"fmt"
	"html/template"
	"math"
	"strings"
	"time"

	"rhd.dev/warehouse"
)

// bar is one labelled value of a chart.
type bar struct {
	Label string // on the x axis
	V     float64
	Has   bool // false: no data for this label (a gap, not a zero)
}

// chartSpec says how to draw a chart: what it shows, in which unit, and
// how values read.
type chartSpec struct {
	Title  string // what the chart shows, for screen readers and its heading
	YLabel string // the y axis with its unit, e.g. "beats per minute"
	Line   bool   // a line through the values; bars otherwise
	Money  bool   // values are cents
	ZeroY  bool   // the y axis starts at zero
}

// Chart geometry: a 640 × 240 view box scaled to the page's width.
const (
	chartW, chartH           = 640.0, 240.0
	padL, padR, padT, padB   = 56.0, 12.0, 22.0, 34.0
	plotW, plotH             = chartW - padL - padR, chartH - padT - padB
	maxXLabels               = 6
	chartFontHeight, tickLen = 11.0, 4.0
)

// niceStep returns a round step (1, 2 or 5 × 10ⁿ) splitting span into about n parts.
func niceStep(span float64, n int) float64 {
	if span <= 0 || math.IsNaN(span) || math.IsInf(span, 0) {
		return 1
	}
	raw := span / float64(n)
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 5, 10} {
		if raw <= m*mag {
			return m * mag
		}
	}
	return 10 * mag
}

// drawChart renders bars as a server-side SVG with axes, ticks, the unit
// on the y axis and a title per value (shown on hover, read by screen
// readers); its aria-label says what it shows and its range.
func drawChart(spec chartSpec, bars []bar) template.HTML {
	lo, hi, any := math.Inf(1), math.Inf(-1), false
	for _, b := range bars {
		if b.Has {
			lo, hi, any = min(lo, b.V), max(hi, b.V), true
		}
	}
	if !any {
		return template.HTML(`<p class="muted">No data for this period yet.</p>`)
	}
	if spec.ZeroY || !spec.Line {
		lo = min(lo, 0)
	}
	if hi == lo {
		hi, lo = hi+1, max(lo-1, 0)
		if spec.ZeroY || !spec.Line {
			lo = 0
		}
	}
	step := niceStep(hi-lo, 4)
	lo, hi = math.Floor(lo/step)*step, math.Ceil(hi/step)*step
	y := func(v float64) float64 { return padT + plotH - (v-lo)/(hi-lo)*plotH }
	format := func(v float64) string {
		if spec.Money {
			return dollars(int64(math.Round(v)))
		}
		if step < 1 {
			return fmt.Sprintf("%.1f", v)
		}
		return fmt.Sprintf("%.0f", v)
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, `<svg class="chart" viewBox="0 0 %.0f %.0f" role="img" aria-label="%s, %s, from %s to %s">`, chartW, chartH,
		template.HTMLEscapeString(spec.Title), template.HTMLEscapeString(spec.YLabel), template.HTMLEscapeString(bars[0].Label), template.HTMLEscapeString(bars[len(bars)-1].Label))
	// The y axis: gridlines with values, and its unit above.
	for v := lo; v <= hi+step/2; v += step {
		fmt.Fprintf(&sb, `<line class="grid" x1="%.1f" x2="%.1f" y1="%.1f" y2="%.1f"></line>`, padL, chartW-padR, y(v), y(v))
		fmt.Fprintf(&sb, `<text x="%.1f" y="%.1f" text-anchor="end">%s</text>`, padL-tickLen-2, y(v)+chartFontHeight/3, template.HTMLEscapeString(format(v)))
	}
	fmt.Fprintf(&sb, `<text x="%.1f" y="%.1f" class="unit">%s</text>`, 4.0, padT-8, template.HTMLEscapeString(spec.YLabel))
	fmt.Fprintf(&sb, `<line class="axis" x1="%.1f" x2="%.1f" y1="%.1f" y2="%.1f"></line>`, padL, chartW-padR, padT+plotH, padT+plotH)
	fmt.Fprintf(&sb, `<line class="axis" x1="%.1f" x2="%.1f" y1="%.1f" y2="%.1f"></line>`, padL, padL, padT, padT+plotH)
	// The x axis: a label every few values.
	slot := plotW / float64(len(bars))
	every := max(1, (len(bars)+maxXLabels-1)/maxXLabels)
	for i, b := range bars {
		x := padL + slot*(float64(i)+0.5)
		if i%every == 0 || i == len(bars)-1 && (len(bars)-1)%every > every/2 {
			fmt.Fprintf(&sb, `<text x="%.1f" y="%.1f" text-anchor="middle">%s</text>`, x, chartH-padB+chartFontHeight+6, template.HTMLEscapeString(b.Label))
		}
	}
	// The values.
	var path []string
	for i, b := range bars {
		if !b.Has {
			continue
		}
		x := padL + slot*(float64(i)+0.5)
		tip := template.HTMLEscapeString(b.Label + ": " + format(b.V) + " " + spec.YLabel)
		if spec.Money {
			tip = template.HTMLEscapeString(b.Label + ": " + format(b.V))
		}
		if spec.Line {
			path = append(path, fmt.Sprintf("%.1f,%.1f", x, y(b.V)))
			fmt.Fprintf(&sb, `<circle class="dot" cx="%.1f" cy="%.1f" r="3"><title>%s</title></circle>`, x, y(b.V), tip)
			continue
		}
		cls := "bar"
		if spec.Money {
			cls = "bar money"
		}
		w := max(slot*0.7, 1)
		top := y(max(b.V, lo))
		fmt.Fprintf(&sb, `<rect class="%s" x="%.1f" y="%.1f" width="%.1f" height="%.1f"><title>%s</title></rect>`, cls, x-w/2, top, w, padT+plotH-top, tip)
	}
	if len(path) > 1 {
		fmt.Fprintf(&sb, `<polyline class="line" points="%s"></polyline>`, strings.Join(path, " "))
	}
	sb.WriteString(`</svg>`)
	return template.HTML(sb.String())
}

// metricUnits names each metric's unit in words, with how a day's value
// is formed: daily totals for counts, daily means otherwise.
var metricUnits = map[string]struct {
	Unit  string
	Total bool // a day's value is the sum of its readings
}{
	"heart_rate":       {"beats per minute", false},
	"rr_interval":      {"milliseconds between beats", false},
	"spo2":             {"% blood oxygen", false},
	"skin_temp":        {"°C skin", false},
	"steps":            {"steps", true},
	"activity":         {"activity counts", true},
	"battery":          {"% battery", false},
	"respiration_rate": {"breaths per minute", false},
	"body_temp":        {"°C body", false},
	"stress":           {"stress score (0–100)", false},
	"hrv_sdnn":         {"ms heart-rate variability (SDNN)", false},
	"hrv_rmssd":        {"ms heart-rate variability (RMSSD)", false},
	"sleep":            {"share of the minute asleep", false},
}

// unitOf names a metric's unit; an unknown metric is "units".
func unitOf(metric string) string {
	if u, ok := metricUnits[metric]; ok {
		return u.Unit
	}
	return "units"
}

// distribution draws a cohort metric's histogram with its value axis in
// the metric's unit and the minutes per bar.
func distribution(m warehouse.MetricStats) template.HTML {
	var bars []bar
	for _, b := range m.Histogram {
		bars = append(bars, bar{Label: fmt.Sprintf("%.4g", b.Lo), V: max(b.People, 0), Has: true})
	}
	if len(bars) == 0 {
		return ""
	}
	return drawChart(chartSpec{Title: "distribution of " + strings.ReplaceAll(m.Metric, "_", " ") + " (" + unitOf(m.Metric) + "): each person counted by their share of minutes",
		YLabel: "people (with noise); bars start at the " + unitOf(m.Metric) + " shown", ZeroY: true}, bars)
}

// dayLabel, weekLabel and monthLabel name a bucket on an x axis.
func dayLabel(t time.Time) string   { return t.Format("2 Jan") }
func monthLabel(t time.Time) string { return t.Format("Jan 06") }
