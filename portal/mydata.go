package portal

import (
	"slices"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"

	"rhd.dev/ledger"
	"rhd.dev/stream/pseudo"
)

// view is a period the charts cover and the bucket of each bar.
type view struct {
	Name    string
	Label   string
	buckets int
	start   func(t time.Time) time.Time // the bucket holding t
	next    func(t time.Time) time.Time
	label   func(t time.Time) string
}

var views = []view{
	{"day", "Days (30)", 30, func(t time.Time) time.Time { return t.Truncate(24 * time.Hour) },
		func(t time.Time) time.Time { return t.AddDate(0, 0, 1) }, dayLabel},
	{"week", "Weeks (26)", 26, func(t time.Time) time.Time {
		d := t.Truncate(24 * time.Hour)
		return d.AddDate(0, 0, -((int(d.Weekday()) + 6) % 7)) // Monday
	}, func(t time.Time) time.Time { return t.AddDate(0, 0, 7) }, dayLabel},
	{"month", "Months (12)", 12, func(t time.Time) time.Time { return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC) },
		func(t time.Time) time.Time { return t.AddDate(0, 1, 0) }, monthLabel},
}

func viewNamed(name string) view {
	for _, v := range views {
		if v.Name == name {
			return v
		}
	}
	return views[0]
}

// bucketStarts returns the view's buckets ending with the one holding now.
func (v view) bucketStarts(now time.Time) []time.Time {
	last := v.start(now.UTC())
	first := last
	for i := 1; i < v.buckets; i++ {
		first = v.start(first.Add(-time.Hour))
	}
	var out []time.Time
	for t := first; !t.After(last); t = v.next(t) {
		out = append(out, t)
	}
	return out
}

// bucketOf returns the index of the bucket holding t, or -1.
func bucketOf(starts []time.Time, t time.Time) int {
	i, found := slices.BinarySearchFunc(starts, t, func(s, t time.Time) int { return s.Compare(t) })
	if found {
		return i
	}
	return i - 1
}

type metricTab struct {
	Metric, Name string
	Current      bool
}

// myDataPage charts the person's own readings of one metric and their
// earnings, by day, week or month, from the warehouse's daily summaries
// and the ledger: what it costs grows with the days shown, never with the
// readings.
func (s *Server) myDataPage(c *fiber.Ctx) error {
	id := c.Locals("identity").(ledger.Identity)
	ctx := c.UserContext()
	v := viewNamed(c.Query("view"))
	starts := v.bucketStarts(time.Now())
	from, to := starts[0], v.next(starts[len(starts)-1])
	data := s.base(c, "Your data over time")
	data["View"], data["Views"] = v.Name, views

	earned, err := s.store.EarningsByDay(ctx, id.ContributorID, from)
	if err != nil {
		return err
	}
	money := make([]bar, len(starts))
	for i, t := range starts {
		money[i] = bar{Label: v.label(t), Has: true}
	}
	for _, d := range earned {
		if i := bucketOf(starts, d.Day); i >= 0 {
			money[i].V += float64(d.Cents)
		}
	}
	data["Earnings"] = drawChart(chartSpec{Title: "your earnings per " + v.Name, YLabel: "US dollars", Money: true}, money)

	if s.market.Warehouse != nil {
		pepper, err := s.store.Pepper(ctx)
		if err != nil {
			return err
		}
		days, err := s.market.Warehouse.Days(ctx, pseudo.PID(pepper, id.ContributorID), from, to)
		if err != nil {
			return err
		}
		type acc struct {
			sum, total float64
			n, days    int64
		}
		per := map[string][]acc{}
		for _, d := range days {
			i := bucketOf(starts, d.Day.UTC())
			if i < 0 {
				continue
			}
			for _, m := range d.Metrics {
				if m.N == 0 {
					continue
				}
				if per[m.Metric] == nil {
					per[m.Metric] = make([]acc, len(starts))
				}
				a := &per[m.Metric][i]
				a.sum, a.n, a.total, a.days = a.sum+m.Sum, a.n+m.N, a.total+m.Sum, a.days+1
			}
		}
		var tabs []metricTab
		for m := range per {
			tabs = append(tabs, metricTab{Metric: m, Name: strings.ReplaceAll(m, "_", " ")})
		}
		slices.SortFunc(tabs, func(a, b metricTab) int { return strings.Compare(a.Metric, b.Metric) })
		metric := c.Query("metric")
		if _, ok := per[metric]; !ok {
			metric = ""
			if _, ok := per["heart_rate"]; ok {
				metric = "heart_rate" // what most people look at first
			} else if len(tabs) > 0 {
				metric = tabs[0].Metric
			}
		}
		for i := range tabs {
			tabs[i].Current = tabs[i].Metric == metric
		}
		data["Metrics"], data["Metric"] = tabs, metric
		if accs, ok := per[metric]; ok {
			total := metricUnits[metric].Total
			bars := make([]bar, len(starts))
			for i, a := range accs {
				bars[i] = bar{Label: v.label(starts[i]), Has: a.n > 0}
				switch {
				case a.n == 0:
				case total:
					bars[i].V = a.total / float64(a.days) // a day's total, averaged over the days with data
				default:
					bars[i].V = a.sum / float64(a.n)
				}
			}
			name := strings.ReplaceAll(metric, "_", " ")
			how := "daily mean"
			if total {
				how = "total per day"
			}
			if v.Name != "day" {
				how += ", averaged over the " + v.Name
			}
			data["MetricName"], data["How"], data["Unit"] = name, how, unitOf(metric)
			data["Readings"] = drawChart(chartSpec{Title: "your " + name + ", " + how, YLabel: unitOf(metric), Line: !total, ZeroY: total}, bars)
		}
	}
	return s.render(c, "mydata", data)
}
