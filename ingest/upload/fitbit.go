package upload

import (
	"encoding/json"
	"io"
	"strings"
	"time"

	"rhd.dev/firmware/frame"
)

// Fitbit's data in a Google Takeout export: one JSON file per metric and
// day or month (heart_rate-2024-01-02.json, steps-2024-01-02.json,
// sleep-2024-01-02.json under "Global Export Data"), arrays of
// {"dateTime", "value"} — or sleep logs with their stages. Fitbit writes
// these times without a zone; they are read as UTC.

// fitbitMetric is the metric a Takeout file's name says it holds, 0 if none.
func fitbitMetric(base string) frame.Metric {
	if !strings.HasSuffix(base, ".json") {
		return 0
	}
	switch {
	case strings.HasPrefix(base, "heart_rate-"):
		return frame.HeartRate
	case strings.HasPrefix(base, "steps-"):
		return frame.Steps
	case strings.HasPrefix(base, "sleep-"):
		return frame.Sleep
	}
	return 0
}

var fitbitLayouts = []string{"01/02/06 15:04:05", "2006-01-02T15:04:05.000", "2006-01-02T15:04:05"}

func fitbitTime(s string) (int64, bool) {
	for _, l := range fitbitLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.UnixMilli(), true
		}
	}
	return 0, false
}

type fitbitPoint struct {
	DateTime string          `json:"dateTime"`
	Value    json.RawMessage `json:"value"`
	// sleep logs
	Levels *struct {
		Data []struct {
			DateTime string  `json:"dateTime"`
			Level    string  `json:"level"`
			Seconds  float64 `json:"seconds"`
		} `json:"data"`
	} `json:"levels"`
}

func parseFitbit(name string, r io.Reader, emit func(Reading) error) error {
	e := emitter(emit)
	lower := strings.ToLower(name)
	m := fitbitMetric(lower[strings.LastIndexAny(lower, "/\\")+1:])
	return jsonDocs(r, "", func(where string, raw json.RawMessage) error {
		var p fitbitPoint
		if err := json.Unmarshal(raw, &p); err != nil {
			return fail(where, "not a Fitbit data point: "+err.Error())
		}
		if p.Levels != nil {
			return fitbitSleep(e, &p)
		}
		t, ok := fitbitTime(p.DateTime)
		if !ok {
			return e.skip(NoTime)
		}
		var hr struct {
			BPM json.RawMessage `json:"bpm"`
		}
		metric := m
		if json.Unmarshal(p.Value, &hr) == nil && len(hr.BPM) > 0 {
			metric = frame.HeartRate
			p.Value = hr.BPM
		}
		if metric != frame.HeartRate && metric != frame.Steps {
			return e.skip(NotCollected)
		}
		v, ok := number(p.Value)
		if !ok {
			return e.skip(NotANumber)
		}
		return e(Reading{Metric: metric, TimeMs: t, Value: v})
	})
}

// fitbitSleep marks each stage's minutes asleep (1) or awake (0).
func fitbitSleep(e emitter, p *fitbitPoint) error {
	for _, d := range p.Levels.Data {
		t, ok := fitbitTime(d.DateTime)
		if !ok || !(d.Seconds >= 0 && d.Seconds <= MaxSpan/1000) {
			if err := e.skip(NoTime); err != nil {
				return err
			}
			continue
		}
		v := 1.0
		switch d.Level {
		case "wake", "awake", "restless":
			v = 0
		case "light", "deep", "rem", "asleep":
		default:
			if err := e.skip(NotCollected); err != nil {
				return err
			}
			continue
		}
		if err := e.interval(frame.Sleep, Span, v, t, t+int64(d.Seconds*1000), ""); err != nil {
			return err
		}
	}
	return nil
}
