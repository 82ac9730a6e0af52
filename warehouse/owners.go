package warehouse

import (
	"encoding/binary"
	"errors"
	"sort"
)

// Duplicates across sources. A watch's minutes arrive from its live stream
// and again from a later export of the same watch, uploaded; two exports
// of one phone overlap. So per-minute figures — the minute rollups, the
// daily summaries built from them, bundle rows — take one kind of source
// per contributor, metric and minute: the contributor's devices (all of
// them, as one: two sensors worn at once are two measurements, not a
// copy), or one upload. Whichever stores the metric-minute first claims
// it; a later source's data for a claimed metric-minute keeps its raw
// readings but adds no rollup and no summary. In the usual order — the
// live stream, then an export — the device's data is what counts. (Letting
// a device displace an upload stored earlier would mean finding and
// subtracting that upload's rollup at write time; the first claim keeps a
// write's cost to the days it touches.) Contribution weight, the distinct
// minutes with any reading (day_minutes), counts such a minute once in any
// case.

// UploadDeviceType is the device type the upload path pairs each uploaded
// file's device as (ingest/upload).
const UploadDeviceType = "upload"

// ownerKey is one contributor's day.
type ownerKey struct {
	pid string
	day int64
}

// dayOwners is who claimed each metric-minute of one contributor's day.
type dayOwners struct {
	devices map[uint8]*minuteSet // per metric code: minutes the devices claimed
	uploads map[uint32]uint64    // metric code<<16 | minute → the upload source that claimed it
	dirty   bool
}

func newDayOwners() *dayOwners {
	return &dayOwners{devices: map[uint8]*minuteSet{}, uploads: map[uint32]uint64{}}
}

// claim decides whether a rollup of source for (metric, minute) counts,
// recording the claim when it does.
func (o *dayOwners) claim(metric uint8, minute int, source uint64, upload bool) bool {
	set := o.devices[metric]
	key := uint32(metric)<<16 | uint32(minute)
	if upload {
		if set != nil && set.has(minute) {
			return false
		}
		if owner, ok := o.uploads[key]; ok {
			return owner == source // the same upload's minute split across its batches
		}
		o.uploads[key], o.dirty = source, true
		return true
	}
	if _, ok := o.uploads[key]; ok {
		return false
	}
	if set == nil {
		set = new(minuteSet)
		o.devices[metric] = set
	}
	if !set.has(minute) {
		set.add(minute)
		o.dirty = true
	}
	return true
}

func (s *minuteSet) has(minute int) bool { return s[minute/8]&(0x80>>(minute%8)) != 0 }

// encode lays the claims out as stored: per metric, its code, whether a
// device set follows, the set, then the uploads' (minute, source) pairs.
func (o *dayOwners) encode() []byte {
	metrics := map[uint8]bool{}
	for m := range o.devices {
		metrics[m] = true
	}
	byMetric := map[uint8][][2]uint64{}
	for k, src := range o.uploads {
		m := uint8(k >> 16)
		metrics[m] = true
		byMetric[m] = append(byMetric[m], [2]uint64{uint64(k & 0xFFFF), src})
	}
	codes := make([]int, 0, len(metrics))
	for m := range metrics {
		codes = append(codes, int(m))
	}
	sort.Ints(codes)
	out := []byte{1} // layout version
	for _, c := range codes {
		m := uint8(c)
		out = append(out, m)
		if set := o.devices[m]; set != nil {
			out = append(out, 1)
			out = append(out, set[:]...)
		} else {
			out = append(out, 0)
		}
		ups := byMetric[m]
		sort.Slice(ups, func(i, j int) bool { return ups[i][0] < ups[j][0] })
		out = binary.LittleEndian.AppendUint16(out, uint16(len(ups)))
		for _, u := range ups {
			out = binary.LittleEndian.AppendUint16(out, uint16(u[0]))
			out = binary.LittleEndian.AppendUint64(out, u[1])
		}
	}
	return out
}

var errOwners = errors.New("warehouse: stored minute claims are corrupt")

func decodeOwners(b []byte) (*dayOwners, error) {
	o := newDayOwners()
	if len(b) == 0 {
		return o, nil
	}
	if b[0] != 1 {
		return nil, errOwners
	}
	b = b[1:]
	for len(b) > 0 {
		if len(b) < 2 {
			return nil, errOwners
		}
		m, hasSet := b[0], b[1]
		b = b[2:]
		if hasSet == 1 {
			if len(b) < len(minuteSet{}) {
				return nil, errOwners
			}
			set := new(minuteSet)
			copy(set[:], b)
			o.devices[m] = set
			b = b[len(set):]
		}
		if len(b) < 2 {
			return nil, errOwners
		}
		n := int(binary.LittleEndian.Uint16(b))
		b = b[2:]
		if len(b) < 10*n {
			return nil, errOwners
		}
		for i := range n {
			minute := binary.LittleEndian.Uint16(b[10*i:])
			o.uploads[uint32(m)<<16|uint32(minute)] = binary.LittleEndian.Uint64(b[10*i+2:])
		}
		b = b[10*n:]
	}
	return o, nil
}

// claims decides, rollup by rollup, which of a write's new rollups count
// (counted[i]), loading the days' earlier claims with load for the days
// not in cache. It returns the days whose claims changed.
func claims(w *Write, isNew func(source, seq uint64) bool, cache map[ownerKey]*dayOwners,
	load func(keys []ownerKey) (map[ownerKey]*dayOwners, error), counted []bool) ([]ownerKey, error) {
	u := &w.Rollups
	var missing []ownerKey
	seen := map[ownerKey]bool{}
	for i := range u.MinuteMs {
		k := ownerKey{u.PID[i], dayOf(u.MinuteMs[i])}
		if _, ok := cache[k]; !ok && !seen[k] && isNew(u.Source[i], u.Seq[i]) {
			seen[k] = true
			missing = append(missing, k)
		}
	}
	if len(missing) > 0 {
		loaded, err := load(missing)
		if err != nil {
			return nil, err
		}
		for _, k := range missing {
			if o := loaded[k]; o != nil {
				cache[k] = o
			} else {
				cache[k] = newDayOwners()
			}
		}
	}
	var changed []ownerKey
	for i := range u.MinuteMs {
		counted[i] = false
		if !isNew(u.Source[i], u.Seq[i]) {
			continue
		}
		k := ownerKey{u.PID[i], dayOf(u.MinuteMs[i])}
		o := cache[k]
		wasDirty := o.dirty
		counted[i] = o.claim(metricCode(u.Metric[i]), int((u.MinuteMs[i]-k.day*24*3600*1000)/60000), u.Source[i], u.DeviceType[i] == UploadDeviceType)
		if o.dirty && !wasDirty {
			changed = append(changed, k)
		}
	}
	return changed, nil
}

// maxOwnerDays bounds the days of claims a writer keeps in memory; past it
// the cache starts afresh and days are read back as writes touch them.
const maxOwnerDays = 50_000
