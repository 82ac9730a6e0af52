package upload

import (
	"bufio"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/muktihari/fit/decoder"
	"github.com/muktihari/fit/profile/basetype"
	"github.com/muktihari/fit/profile/mesgdef"
	"github.com/muktihari/fit/profile/typedef"
	"github.com/muktihari/fit/proto"

	"rhd.dev/firmware/frame"
)

// GarminFIT is a Garmin .fit activity or monitoring file.
const GarminFIT Format = "garmin-fit"

// MaxFITFieldDescriptions bounds the developer field descriptions of a FIT
// file: the decoder keeps each one until the file ends (a real file has a
// few per Connect IQ app). Every other piece of a FIT file is bounded by
// the format itself (a field holds at most 255 bytes, a message 255 fields).
const MaxFITFieldDescriptions = 1024

// FIT messages the platform reads that the SDK's generated profile of this
// decoder names by number only.
// fitListener turns FIT messages into readings as they are decoded.
type fitListener struct {
	messages     int
	descriptions int
	emit         emitter
	err          error
	stop         context.CancelFunc

	lastMs int64 // the last full timestamp, for timestamp_16 and hrv
	hrvMs  int64 // where the next hrv beat falls
	cycles map[typedef.ActivityType]uint32
}

func (l *fitListener) sample(field string, ms int64, v float64) {
	if l.err == nil {
		l.err = l.emit.value(lookup(SourceFIT, field), "", v, ms, ms, "")
	}
}

func (l *fitListener) OnMesg(m proto.Message) {
	l.messages++
	if l.err != nil {
		return
	}
	if ts := m.FieldValueByNum(proto.FieldNumTimestamp); ts.Type() == proto.TypeUint32 && ts.Uint32() != basetype.Uint32Invalid {
		l.lastMs = fitTime(ts.Uint32())
	}
	switch m.Num {
	case typedef.MesgNumFieldDescription:
		if l.descriptions++; l.descriptions > MaxFITFieldDescriptions {
			l.err = fail(fmt.Sprintf("record %d", l.messages), fmt.Sprintf("more than %d developer field descriptions", MaxFITFieldDescriptions))
		}
	case typedef.MesgNumRecord:
		l.record(&m)
	case typedef.MesgNumMonitoring:
		l.monitoring(mesgdef.NewMonitoring(&m))
	case typedef.MesgNumHrv:
		l.hrv(mesgdef.NewHrv(&m))
	case typedef.MesgNumSpo2Data:
		s := mesgdef.NewSpo2Data(&m)
		if !s.Timestamp.IsZero() && s.ReadingSpo2 != basetype.Uint8Invalid {
			l.sample("spo2_data.reading_spo2", s.Timestamp.UnixMilli(), float64(s.ReadingSpo2))
		}
	case typedef.MesgNumRespirationRate:
		rr := mesgdef.NewRespirationRate(&m)
		if !rr.Timestamp.IsZero() && rr.RespirationRate != basetype.Sint16Invalid && rr.RespirationRate >= 0 {
			l.sample("respiration_rate.respiration_rate", rr.Timestamp.UnixMilli(), float64(rr.RespirationRate)/100)
		}
	case typedef.MesgNumStressLevel:
		s := mesgdef.NewStressLevel(&m)
		if !s.StressLevelTime.IsZero() && s.StressLevelValue != basetype.Sint16Invalid && s.StressLevelValue >= 0 {
			l.sample("stress_level.stress_level_value", s.StressLevelTime.UnixMilli(), float64(s.StressLevelValue))
		}
	case typedef.MesgNumHrvValue:
		v := mesgdef.NewHrvValue(&m)
		if !v.Timestamp.IsZero() && v.Value != basetype.Uint16Invalid {
			l.sample("hrv_value.value", v.Timestamp.UnixMilli(), float64(v.Value)/128)
		}
	}
	if l.err != nil {
		l.stop() // the decoder checks between messages
	}
}

// record reads an activity record's fields by number: building the
// profile's whole Record (mesgdef.NewRecord) cost more than the rest of the
// import. A field of another type than the profile's reads as invalid.
func (l *fitListener) record(m *proto.Message) {
	ts := m.FieldValueByNum(proto.FieldNumTimestamp).Uint32()
	if ts == basetype.Uint32Invalid {
		return
	}
	ms := fitTime(ts)
	if v := m.FieldValueByNum(fitRecordHeartRate).Uint8(); v != basetype.Uint8Invalid {
		l.sample("record.heart_rate", ms, float64(v))
	}
	if v := m.FieldValueByNum(fitRecordRespiration).Uint16(); v != basetype.Uint16Invalid {
		l.sample("record.enhanced_respiration_rate", ms, float64(v)/100)
	}
	if v := m.FieldValueByNum(fitRecordCoreTemp).Uint16(); v != basetype.Uint16Invalid {
		l.sample("record.core_temperature", ms, float64(v)/100)
	}
	if v := m.FieldValueByNum(fitRecordSpO2).Uint16(); v != basetype.Uint16Invalid {
		l.sample("record.saturated_hemoglobin_percent", ms, float64(v)/10)
	}
	if v := m.FieldValueByNum(fitRecordStress).Uint16(); v != basetype.Uint16Invalid {
		l.sample("record.current_stress", ms, float64(v)/100)
	}
}

// Field numbers of the record message (FIT profile).
const (
	fitRecordHeartRate   = 3
	fitRecordSpO2        = 57
	fitRecordRespiration = 108
	fitRecordStress      = 116
	fitRecordCoreTemp    = 139
)

// monitoring reads an all-day monitoring message: heart rate, and steps
// as the growth of the cycles counter the device keeps per activity type
// (a counter that went down was reset, at midnight: all of it is new).
func (l *fitListener) monitoring(m *mesgdef.Monitoring) {
	ms := l.lastMs
	switch {
	case !m.Timestamp.IsZero():
		ms = m.Timestamp.UnixMilli()
	case m.Timestamp16 != basetype.Uint16Invalid && l.lastMs > 0:
		last := uint32(l.lastMs / 1000)
		ts := last + uint32((m.Timestamp16-uint16(last))&0xFFFF)
		ms = int64(ts) * 1000
		l.lastMs = ms
	default:
		return
	}
	if ms <= 0 {
		return
	}
	if m.HeartRate != basetype.Uint8Invalid {
		l.sample("monitoring.heart_rate", ms, float64(m.HeartRate))
	}
	at := m.ActivityType
	if at == typedef.ActivityTypeInvalid && m.CurrentActivityTypeIntensity != basetype.ByteInvalid {
		at = typedef.ActivityType(m.CurrentActivityTypeIntensity & 0x1F)
	}
	if m.Cycles == basetype.Uint32Invalid || (at != typedef.ActivityTypeWalking && at != typedef.ActivityTypeRunning) {
		return
	}
	prev, seen := l.cycles[at]
	l.cycles[at] = m.Cycles
	steps := m.Cycles
	if seen && m.Cycles >= prev {
		steps = m.Cycles - prev
	}
	if steps > 0 && l.err == nil {
		// Steps since the previous message: counted in the minute before this one.
		l.err = l.emit.interval(frame.Steps, Count, float64(steps), ms-60_000, ms-1, "sum")
	}
}

// hrv reads beat-to-beat intervals; they carry no time of their own and
// follow the message before them.
func (l *fitListener) hrv(h *mesgdef.Hrv) {
	if l.lastMs == 0 {
		return
	}
	l.hrvMs = max(l.hrvMs, l.lastMs)
	for _, t := range h.Time {
		if t == basetype.Uint16Invalid || l.err != nil {
			continue
		}
		l.hrvMs += int64(t)
		l.sample("hrv.time", l.hrvMs, float64(t))
	}
}

// fitEpoch is FIT's time zero, 1989-12-31T00:00:00Z.
var fitEpoch = time.Date(1989, 12, 31, 0, 0, 0, 0, time.UTC).UnixMilli()

func fitTime(s uint32) int64 { return fitEpoch + int64(s)*1000 }

// parseFIT streams a FIT file's readings (github.com/muktihari/fit),
// chained files one after another. The decoder does not check CRCs here:
// fitCRC does, and a file whose every message decoded but whose trailing
// CRC does not match is read with a note, as other mainstream parsers
// allow; a message that does not decode still fails the file.
func parseFIT(r io.Reader, emit func(Reading) error) error {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	crc := &fitCRC{r: r}
	l := &fitListener{emit: emit, stop: cancel, cycles: map[typedef.ActivityType]uint32{}}
	dec := decoder.New(bufio.NewReaderSize(crc, 64<<10), decoder.WithMesgListener(l), decoder.WithBroadcastOnly(), decoder.WithIgnoreChecksum())
	files, found := 0, 0
	for dec.Next() {
		l.descriptions = 0 // the decoder forgets them with each file
		before := l.messages
		_, err := dec.DecodeWithContext(ctx)
		if l.err != nil {
			return l.err
		}
		if err != nil && !errors.Is(err, context.Canceled) {
			if errors.Is(err, decoder.ErrMesgDefMissing) {
				return fail(fmt.Sprintf("record %d", l.messages+1), "broken FIT file: a message refers to a definition the file never gave")
			}
			return fail(fmt.Sprintf("record %d", l.messages+1), "broken FIT file: "+err.Error())
		}
		files++
		found += l.messages - before
	}
	if files == 0 {
		return fail("record 1", "not a FIT file")
	}
	for _, bad := range crc.mismatches {
		if err := emit(Reading{Note: fmt.Sprintf("FIT file %d of the chain: its CRC does not match, but every message decoded", bad)}); err != nil {
			return err
		}
	}
	return nil
}

// fitCRC follows the FIT files in a stream as the decoder reads it —
// header (its size and data size), data, 2-byte CRC, next file — and
// checks each file's CRC (FIT's CRC-16 over header and data).
type fitCRC struct {
	r       io.Reader
	state   int    // 0 header size, 1 header, 2 data, 3 crc
	left    uint64 // bytes left in the current state
	head    [14]byte
	headN   int
	crc     uint16 // from the file's first byte
	crcData uint16 // from the first data byte: writers disagree on which

	got        [2]byte
	gotN       int
	file       int
	mismatches []int
}

func (c *fitCRC) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	for _, b := range p[:n] {
		c.feed(b)
	}
	return n, err
}

func (c *fitCRC) feed(b byte) {
	switch c.state {
	case 0:
		c.head[0], c.headN, c.crc = b, 1, fitCRC16(0, b)
		c.left, c.state = uint64(b)-1, 1
		if b != 12 && b != 14 {
			c.state = 4 // not a FIT header: the decoder says so
		}
	case 1:
		c.head[c.headN] = b
		c.headN++
		c.crc = fitCRC16(c.crc, b)
		if c.left--; c.left == 0 {
			c.left, c.state, c.crcData = uint64(binary.LittleEndian.Uint32(c.head[4:8])), 2, 0
			if c.left == 0 {
				c.state = 3
			}
		}
	case 2:
		c.crc, c.crcData = fitCRC16(c.crc, b), fitCRC16(c.crcData, b)
		if c.left--; c.left == 0 {
			c.state, c.gotN = 3, 0
		}
	case 3:
		c.got[c.gotN] = b
		if c.gotN++; c.gotN == 2 {
			c.file++
			if got := binary.LittleEndian.Uint16(c.got[:]); got != c.crc && got != c.crcData {
				c.mismatches = append(c.mismatches, c.file)
			}
			c.state = 0
		}
	}
}

// fitCRCTable is FIT's CRC-16 (CRC-16/ARC: polynomial 0x8005 reflected,
// initial 0) a byte at a time; the FIT SDK computes the same a nibble at a
// time (TestFITCRCMatchesTheSDKs).
var fitCRCTable = func() (t [256]uint16) {
	for i := range t {
		c := uint16(i)
		for range 8 {
			if c&1 != 0 {
				c = c>>1 ^ 0xA001
			} else {
				c >>= 1
			}
		}
		t[i] = c
	}
	return t
}()

// fitCRC16 adds one byte to a FIT CRC.
func fitCRC16(crc uint16, b byte) uint16 { return crc>>8 ^ fitCRCTable[byte(crc)^b] }
