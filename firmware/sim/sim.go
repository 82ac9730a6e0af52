// Package sim generates realistic wearable readings: a circadian heart rate,
// sleep, activity bouts and per-device-type noise and sampling rates. Output is
// deterministic for a given seed and time, so tests can predict it.
package sim

import (
	"fmt"
	"math"
	"math/rand/v2"

	"rhd.dev/firmware/frame"
)

// DeviceType is a kind of wearable. The names are stored in the ledger and,
// coarsened, exported to researchers.
type DeviceType string

const (
	Wristband  DeviceType = "wristband"
	ChestStrap DeviceType = "chest_strap"
	Ring       DeviceType = "ring"
)

// DeviceTypes lists every simulated device type.
var DeviceTypes = []DeviceType{Wristband, ChestStrap, Ring}

// ParseDeviceType validates a device type name.
func ParseDeviceType(s string) (DeviceType, error) {
	for _, t := range DeviceTypes {
		if string(t) == s {
			return t, nil
		}
	}
	return "", fmt.Errorf("unknown device type %q (want wristband, chest_strap or ring)", s)
}

// FrameMs is the time slice of one simulated frame: one minute.
const FrameMs = 60_000

// channelPlan says which metrics a device type samples and how often.
type channelPlan struct {
	metric     frame.Metric
	intervalMs uint16
	noise      float64 // standard deviation of measurement noise, physical units
}

var plans = map[DeviceType][]channelPlan{
	Wristband: {
		{frame.HeartRate, 1000, 2.0},
		{frame.Steps, 60000, 0},
		{frame.Activity, 60000, 0},
		{frame.SkinTemp, 60000, 0.15},
		{frame.SpO2, 60000, 0.6},
		{frame.Battery, 60000, 0},
	},
	ChestStrap: {
		{frame.HeartRate, 1000, 0.5},
		{frame.RRInterval, 1000, 8},
		{frame.Activity, 60000, 0},
		{frame.Battery, 60000, 0},
	},
	Ring: {
		{frame.HeartRate, 5000, 1.5},
		{frame.SkinTemp, 60000, 0.08},
		{frame.SpO2, 60000, 0.4},
		{frame.Steps, 60000, 0},
		{frame.Battery, 60000, 0},
	},
}

// Channels returns how many metrics the device type samples.
func Channels(t DeviceType) int { return len(plans[t]) }

// SamplesPerFrame returns how many samples one frame of the device type holds.
func SamplesPerFrame(t DeviceType) int {
	n := 0
	for _, p := range plans[t] {
		n += FrameMs / int(p.intervalMs)
	}
	return n
}

// Person is the physiology behind a device: who wears it shapes what it reads.
type Person struct {
	RestingHR  float64 // bpm while awake and still
	MaxHR      float64 // bpm at full effort
	Activity   float64 // 0 (sedentary) .. 1 (very active): how often bouts start
	SleepStart float64 // hour of day (UTC) the person falls asleep
	SleepHours float64
	BaseTemp   float64 // skin temperature at rest, °C
}

// NewPerson draws a plausible person from seed.
func NewPerson(seed uint64) Person {
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	return Person{
		RestingHR:  55 + r.Float64()*20,
		MaxHR:      170 + r.Float64()*25,
		Activity:   math.Pow(r.Float64(), 1.5),
		SleepStart: 21.5 + r.Float64()*3,
		SleepHours: 6 + r.Float64()*2.5,
		BaseTemp:   32.5 + r.Float64(),
	}
}

// Device simulates one wearable worn by one person. It is not safe for
// concurrent use; each device is driven by one goroutine.
type Device struct {
	Type   DeviceType
	Person Person

	rng     *rand.Rand
	plan    []channelPlan
	bufs    [][]uint16
	series  []frame.Series
	effort  float64 // current exercise intensity 0..1
	boutMin int     // minutes left in the current bout
	battery float64
	summary [][1]uint16
}

// NewDevice returns a simulated device of type t worn by the person drawn from seed.
func NewDevice(t DeviceType, seed uint64) *Device {
	plan, ok := plans[t]
	if !ok {
		panic(fmt.Sprintf("sim: unknown device type %q", t))
	}
	d := &Device{
		Type:    t,
		Person:  NewPerson(seed),
		rng:     rand.New(rand.NewPCG(seed, uint64(len(t)))),
		plan:    plan,
		battery: 60 + float64(seed%40),
	}
	for _, p := range plan {
		d.bufs = append(d.bufs, make([]uint16, FrameMs/int(p.intervalMs)))
	}
	d.series = make([]frame.Series, len(plan))
	return d
}

// asleep reports whether the person sleeps at the given hour of day.
func (d *Device) asleep(hour float64) bool {
	since := math.Mod(hour-d.Person.SleepStart+24, 24)
	return since < d.Person.SleepHours
}

// Minute simulates the minute starting at startMs and returns its channels.
// The returned series alias the device's buffers until the next call.
func (d *Device) Minute(startMs int64) []frame.Series {
	hour := math.Mod(float64(startMs)/3.6e6, 24)
	sleeping := d.asleep(hour)
	d.advanceBout(sleeping, hour)

	p := d.Person
	// Circadian rhythm: lowest around 04:00, highest in the late afternoon.
	circadian := 4 * math.Cos(2*math.Pi*(hour-16)/24)
	baseHR := p.RestingHR + circadian
	if sleeping {
		baseHR -= 8
	}
	targetHR := baseHR + d.effort*(p.MaxHR-baseHR)*0.8
	steps := 0.0
	if !sleeping {
		steps = d.effort*150 + d.rng.Float64()*6
	}
	activity := d.effort*4000 + d.rng.Float64()*150
	if sleeping {
		activity = d.rng.Float64() * 30
	}
	temp := p.BaseTemp + 0.3*math.Cos(2*math.Pi*(hour-3)/24)
	if sleeping {
		temp += 0.6
	}
	spo2 := 97.5 - 0.8*b2f(sleeping) - 0.4*d.effort
	if d.battery -= 0.02; d.battery < 5 {
		d.battery = 100 // the person charges it
	}

	for i, pl := range d.plan {
		buf := d.bufs[i]
		for j := range buf {
			var v float64
			switch pl.metric {
			case frame.HeartRate:
				v = targetHR + 3*math.Sin(float64(startMs/1000+int64(j))/7) + d.rng.NormFloat64()*pl.noise
			case frame.RRInterval:
				v = 60000/targetHR + d.rng.NormFloat64()*pl.noise*(1.5-d.effort)
			case frame.Steps:
				v = steps
			case frame.Activity:
				v = activity
			case frame.SkinTemp:
				v = temp + d.rng.NormFloat64()*pl.noise
			case frame.SpO2:
				v = math.Min(spo2+d.rng.NormFloat64()*pl.noise, 100)
			case frame.Battery:
				v = math.Floor(d.battery)
			}
			buf[j] = clampRaw(pl.metric, v)
		}
		d.series[i] = frame.Series{Metric: pl.metric, IntervalMs: pl.intervalMs, Raw: buf}
	}
	return d.series
}

// Summary simulates the minute starting at startMs as a wearable keeps its
// stored history: one value per channel, the minute's mean (steps and
// activity: the minute's value). The person's day unfolds exactly as with
// Minute; only the resolution differs. The series alias the device's
// buffers until the next call.
func (d *Device) Summary(startMs int64) []frame.Series {
	full := d.Minute(startMs)
	if d.summary == nil {
		d.summary = make([][1]uint16, len(full))
	}
	out := make([]frame.Series, len(full))
	for i, s := range full {
		sum := 0
		for _, v := range s.Raw {
			sum += int(v)
		}
		d.summary[i][0] = uint16((sum + len(s.Raw)/2) / len(s.Raw))
		out[i] = frame.Series{Metric: s.Metric, IntervalMs: FrameMs, Raw: d.summary[i][:]}
	}
	return out
}

// advanceBout starts, continues or ends a bout of exercise.
func (d *Device) advanceBout(sleeping bool, hour float64) {
	if d.boutMin > 0 {
		d.boutMin--
		if d.boutMin == 0 {
			d.effort = 0
		}
		return
	}
	d.effort = 0
	if sleeping {
		return
	}
	// Active people start a bout more often, mostly in the morning and evening.
	daytime := 0.5 + 0.5*math.Cos(2*math.Pi*(hour-18)/12)
	if d.rng.Float64() < 0.002+0.02*d.Person.Activity*daytime {
		d.boutMin = 10 + d.rng.IntN(50)
		d.effort = 0.25 + 0.65*d.rng.Float64()
	} else if d.rng.Float64() < 0.05 {
		d.boutMin, d.effort = 1+d.rng.IntN(5), 0.1+0.1*d.rng.Float64() // a short walk
	}
}

// clampRaw converts to raw units inside the metric's plausible range: the
// simulator's physiology never produces a reading the gateway would reject.
func clampRaw(m frame.Metric, v float64) uint16 {
	lo, hi := m.RawRange()
	return min(max(m.Raw(v), lo), hi)
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}
