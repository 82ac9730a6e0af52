package upload

import (
	"encoding/json"
	"io"
	"strings"

	"rhd.dev/firmware/frame"
)

// Open mHealth (IEEE 1752) data points: a body ({"heart_rate": {"value":
// 50, "unit": "beats/min"}, "effective_time_frame": …}) alone, or in the
// data-point envelope ({"header": {"schema_id": {"name": "heart-rate"}},
// "body": …}), one per file, an array of them or one per line.

type omhUnitValue struct {
	Value json.RawMessage `json:"value"`
	Unit  string          `json:"unit"`
}

type omhTimeFrame struct {
	DateTime     string `json:"date_time"`
	TimeInterval *struct {
		Start     string        `json:"start_date_time"`
		End       string        `json:"end_date_time"`
		Duration  *omhUnitValue `json:"duration"`
		Date      string        `json:"date"`
		PartOfDay string        `json:"part_of_day"`
	} `json:"time_interval"`
}

type omhBody struct {
	TimeFrame *omhTimeFrame   `json:"effective_time_frame"`
	Statistic string          `json:"descriptive_statistic"`
	Algorithm string          `json:"algorithm"`
	HeartRate json.RawMessage `json:"heart_rate"`
	Steps     json.RawMessage `json:"step_count"`
	SpO2      json.RawMessage `json:"oxygen_saturation"`
	BodyTemp  json.RawMessage `json:"body_temperature"`
	HRV       json.RawMessage `json:"heart_rate_variability"`
	Resp      json.RawMessage `json:"respiratory_rate"`
	SleepTime *omhUnitValue   `json:"total_sleep_time"`
	MainSleep *bool           `json:"is_main_sleep"`
	Activity  string          `json:"activity_name"`
}

type omhDoc struct {
	Header *struct {
		SchemaID struct {
			Name string `json:"name"`
		} `json:"schema_id"`
	} `json:"header"`
	Body json.RawMessage `json:"body"`
	omhBody
}

func parseOMH(r io.Reader, emit func(Reading) error) error {
	e := emitter(emit)
	return jsonDocs(r, "", func(where string, raw json.RawMessage) error {
		var doc omhDoc
		if err := json.Unmarshal(raw, &doc); err != nil {
			return fail(where, "not an Open mHealth data point: "+err.Error())
		}
		body, schema := doc.omhBody, ""
		if doc.Header != nil {
			schema = doc.Header.SchemaID.Name
		}
		if len(doc.Body) > 0 {
			body = omhBody{}
			if err := json.Unmarshal(doc.Body, &body); err != nil {
				return fail(where, "the data point's body is not an object: "+err.Error())
			}
		}
		return omhPoint(e, where, schema, &body)
	})
}

// omhPoint emits one data point's value.
func omhPoint(e emitter, where, schema string, b *omhBody) error {
	var field string
	var val json.RawMessage
	switch {
	case len(b.HeartRate) > 0:
		field, val = "heart-rate: heart_rate", b.HeartRate
	case len(b.Steps) > 0:
		field, val = "step-count: step_count", b.Steps
	case len(b.SpO2) > 0:
		field, val = "oxygen-saturation: oxygen_saturation", b.SpO2
	case len(b.BodyTemp) > 0:
		field, val = "body-temperature: body_temperature", b.BodyTemp
	case len(b.HRV) > 0:
		field, val = "heart-rate-variability: heart_rate_variability (algorithm SDNN or none)", b.HRV
		if strings.EqualFold(b.Algorithm, "RMSSD") {
			field = "heart-rate-variability: heart_rate_variability (algorithm RMSSD)"
		}
	case len(b.Resp) > 0:
		field, val = "respiratory-rate: respiratory_rate", b.Resp
	case schema == "sleep-episode" || b.SleepTime != nil || b.MainSleep != nil:
		return omhSleep(e, where, b)
	default:
		return e.skip(NotCollected) // physical-activity and other schemas
	}
	mp := lookup(SourceOMH, field)
	start, end, why := omhFrame(b.TimeFrame)
	if why != Kept {
		return e.skip(why)
	}
	// step-count 1.0 gives a bare number, later versions a unit value.
	if v, ok := number(val); ok {
		return e.value(mp, "", v, start, end, b.Statistic)
	}
	var uv omhUnitValue
	if err := json.Unmarshal(val, &uv); err != nil || len(uv.Value) == 0 {
		return fail(where, mp.Field+" is neither a number nor {value, unit}")
	}
	v, ok := number(uv.Value)
	if !ok {
		return fail(where, mp.Field+" value is not a number")
	}
	return e.value(mp, uv.Unit, v, start, end, b.Statistic)
}

// omhSleep marks every minute of a sleep episode with the share of it
// asleep: total_sleep_time over the episode's length when given, else 1.
func omhSleep(e emitter, where string, b *omhBody) error {
	start, end, why := omhFrame(b.TimeFrame)
	if why != Kept {
		return e.skip(why)
	}
	if end <= start {
		return e.skip(Summary) // an episode needs an interval
	}
	share := 1.0
	if b.SleepTime != nil {
		v, ok := number(b.SleepTime.Value)
		ms, unitOK := durationMs(b.SleepTime.Unit, v)
		if !ok || !unitOK {
			return e.skip(UnknownUnit)
		}
		share = min(1, max(0, float64(ms)/float64(end-start)))
	}
	return e.interval(frame.Sleep, Span, share, start, end, "")
}

// omhFrame reads an effective_time_frame: a date-time, or an interval of a
// start and an end or either with a duration. A date with a part of day is
// too coarse to place in a minute (a Summary); none at all is NoTime.
func omhFrame(tf *omhTimeFrame) (start, end int64, why Reason) {
	if tf == nil {
		return 0, 0, NoTime
	}
	if tf.DateTime != "" {
		t, ok := jsonTime(tf.DateTime)
		if !ok {
			return 0, 0, NoTime
		}
		return t, t, Kept
	}
	ti := tf.TimeInterval
	if ti == nil {
		return 0, 0, NoTime
	}
	if ti.Date != "" {
		return 0, 0, Summary
	}
	var dur int64 = -1
	if ti.Duration != nil {
		v, ok := number(ti.Duration.Value)
		ms, unitOK := durationMs(ti.Duration.Unit, v)
		if !ok || !unitOK || ms < 0 {
			return 0, 0, UnknownUnit
		}
		dur = ms
	}
	s, sok := jsonTime(ti.Start)
	en, eok := jsonTime(ti.End)
	switch {
	case sok && eok:
		return s, en, Kept
	case sok && dur >= 0:
		return s, s + dur, Kept
	case eok && dur >= 0:
		return en - dur, en, Kept
	}
	return 0, 0, NoTime
}

// durationMs converts an Open mHealth duration to milliseconds.
func durationMs(unit string, v float64) (int64, bool) {
	var f float64
	switch unit {
	case "ms":
		f = 1
	case "sec", "s":
		f = 1000
	case "min":
		f = 60_000
	case "h":
		f = 3_600_000
	case "d":
		f = 86_400_000
	default:
		return 0, false
	}
	ms := v * f
	if !(ms > -1e15 && ms < 1e15) {
		return 0, false
	}
	return int64(ms), true
}
