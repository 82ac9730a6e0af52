// Package frame is the device wire format, version 1: a signed batch of frames,
// each frame one device's readings for a time slice. FRAME.md in the module
// root is the normative description; this file implements it.
//
// Decoding never allocates: Parse validates the structure of a batch once and
// returns a view over the caller's bytes, and the iterators walk that view.
package frame

import (
	"crypto/ed25519"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
)

const (
	Version = 1

	// AuthEd25519 marks a batch signed with the device's Ed25519 key.
	AuthEd25519 = 1

	HeaderSize    = 30 // magic(2) version(1) auth(1) device(16) seq(8) frames(2)
	SignatureSize = ed25519.SignatureSize
	frameHeadSize = 9 // start(8) channels(1)
	chanHeadSize  = 5 // metric(1) interval(2) count(2)

	MaxBatchSize = 1 << 20 // bytes, signature included
	MaxFrames    = 4096    // per batch
	MaxChannels  = 16      // per frame
)

var magic = [2]byte{'R', 'H'}

// DeviceID is a device's 128-bit identifier, assigned at pairing.
type DeviceID [16]byte

// String renders the id as 32 lowercase hex digits.
func (d DeviceID) String() string { return hex.EncodeToString(d[:]) }

// ParseDeviceID parses 32 hex digits.
func ParseDeviceID(s string) (DeviceID, error) {
	var d DeviceID
	if len(s) != 2*len(d) {
		return d, fmt.Errorf("device id %q: want 32 hex digits", s)
	}
	if _, err := hex.Decode(d[:], []byte(s)); err != nil {
		return d, fmt.Errorf("device id %q: %v", s, err)
	}
	return d, nil
}

// Error is a decoding or validation failure. Offset is the byte offset in the
// batch where the problem was found (-1 when it concerns the whole batch).
type Error struct {
	Offset int
	Reason string
	rule   error // which sample rule was broken (ErrTooEarly, …), if any
}

func (e *Error) Error() string {
	if e.Offset < 0 {
		return "frame: " + e.Reason
	}
	return fmt.Sprintf("frame: at byte %d: %s", e.Offset, e.Reason)
}

// Unwrap returns the sample rule a validation error broke.
func (e *Error) Unwrap() error { return e.rule }

func errAt(off int, format string, args ...any) error {
	return &Error{Offset: off, Reason: fmt.Sprintf(format, args...)}
}

// ErrBadSignature is returned by Verify when the signature does not match.
var ErrBadSignature = errors.New("frame: signature does not verify with the device key")

// Batch is a structurally valid, not yet authenticated, view of an encoded batch.
// It aliases the bytes given to Parse.
type Batch struct {
	b      []byte
	frames int
}

// Parse checks that b is a well-formed version 1 batch: header, every frame and
// channel within bounds, known metrics, and a signature occupying exactly the
// remaining bytes. It does not check the signature (see Verify) or value
// ranges (see Validate). It never allocates on success.
func Parse(b []byte) (Batch, error) {
	if len(b) > MaxBatchSize {
		return Batch{}, errAt(-1, "batch of %d bytes exceeds the %d byte limit", len(b), MaxBatchSize)
	}
	if len(b) < HeaderSize+SignatureSize {
		return Batch{}, errAt(-1, "batch of %d bytes is shorter than header and signature (%d)", len(b), HeaderSize+SignatureSize)
	}
	if b[0] != magic[0] || b[1] != magic[1] {
		return Batch{}, errAt(0, "bad magic %#x%02x, want \"RH\"", b[0], b[1])
	}
	if b[2] != Version {
		return Batch{}, errAt(2, "unsupported version %d, want %d", b[2], Version)
	}
	if b[3] != AuthEd25519 {
		return Batch{}, errAt(3, "unsupported auth scheme %d", b[3])
	}
	n := int(binary.LittleEndian.Uint16(b[28:]))
	if n == 0 || n > MaxFrames {
		return Batch{}, errAt(28, "frame count %d outside 1..%d", n, MaxFrames)
	}
	body := len(b) - SignatureSize
	off := HeaderSize
	for i := 0; i < n; i++ {
		if off+frameHeadSize > body {
			return Batch{}, errAt(off, "frame %d header runs past the end of the batch", i)
		}
		ch := int(b[off+8])
		if ch == 0 || ch > MaxChannels {
			return Batch{}, errAt(off+8, "frame %d has %d channels, want 1..%d", i, ch, MaxChannels)
		}
		off += frameHeadSize
		for c := 0; c < ch; c++ {
			if off+chanHeadSize > body {
				return Batch{}, errAt(off, "frame %d channel %d header runs past the end of the batch", i, c)
			}
			if m := Metric(b[off]); !m.Valid() {
				return Batch{}, errAt(off, "frame %d channel %d: unknown metric %d", i, c, b[off])
			}
			if binary.LittleEndian.Uint16(b[off+1:]) == 0 {
				return Batch{}, errAt(off+1, "frame %d channel %d: zero sample interval", i, c)
			}
			cnt := int(binary.LittleEndian.Uint16(b[off+3:]))
			if cnt == 0 {
				return Batch{}, errAt(off+3, "frame %d channel %d: no samples", i, c)
			}
			off += chanHeadSize + 2*cnt
			if off > body {
				return Batch{}, errAt(off-2*cnt, "frame %d channel %d: %d samples run past the end of the batch", i, c, cnt)
			}
		}
	}
	if off != body {
		return Batch{}, errAt(off, "%d unexpected bytes between the last frame and the signature", body-off)
	}
	return Batch{b: b, frames: n}, nil
}

// Device returns the id of the device that claims to have sent the batch.
func (b Batch) Device() DeviceID { return DeviceID(b.b[4:20]) }

// Seq returns the batch's sequence number; each device's sequence increases by
// at least one per batch.
func (b Batch) Seq() uint64 { return binary.LittleEndian.Uint64(b.b[20:]) }

// NumFrames returns the number of frames in the batch.
func (b Batch) NumFrames() int { return b.frames }

// Bytes returns the encoded batch, signature included.
func (b Batch) Bytes() []byte { return b.b }

// Signed returns the bytes the signature covers and the signature, for
// verifiers that keep a device's key in their own precomputed form (the
// gateway does).
func (b Batch) Signed() (msg, sig []byte) {
	body := len(b.b) - SignatureSize
	return b.b[:body], b.b[body:]
}

// Verify checks the batch signature against the device's public key.
func (b Batch) Verify(pub ed25519.PublicKey) error {
	if len(pub) != ed25519.PublicKeySize {
		return fmt.Errorf("frame: device key has %d bytes, want %d", len(pub), ed25519.PublicKeySize)
	}
	msg, sig := b.Signed()
	if !ed25519.Verify(pub, msg, sig) {
		return ErrBadSignature
	}
	return nil
}

// Samples returns the total number of samples in the batch.
func (b Batch) Samples() int {
	n := 0
	for it := b.Frames(); it.Next(); {
		for ch := it.Frame().Channels(); ch.Next(); {
			n += ch.Channel().Len()
		}
	}
	return n
}

// The rules a sample breaks when it is refused; Validate's and CheckSample's
// errors wrap one of them (errors.Is).
var (
	ErrTooEarly   = errors.New("before the accepted time window")
	ErrTooLate    = errors.New("after the accepted time window")
	ErrOutOfRange = errors.New("outside the metric's plausible range")
	ErrNotFinite  = errors.New("not a finite number")
)

// Validate checks every value against its metric's plausible range, every
// sample's time against [minMs, maxMs] and each metric's samples per minute
// against MaxSamplesPerMinute. It reports the first problem.
func (b Batch) Validate(minMs, maxMs int64) error {
	for it := b.Frames(); it.Next(); {
		f := it.Frame()
		if err := checkTime(f.StartMs(), minMs, maxMs); err != nil {
			return &Error{Offset: f.off, Reason: "frame start " + err.Error(), rule: errors.Unwrap(err)}
		}
		for ch := f.Channels(); ch.Next(); {
			c := ch.Channel()
			// Samples follow the start at a positive interval: the last one
			// is the latest (a channel can reach ~49 days past its start).
			if last := c.TimeMs(c.Len() - 1); last > maxMs {
				return &Error{Offset: c.off, Reason: fmt.Sprintf("%s sample %d at %d ms is after the accepted window ends (%d)", c.Metric(), c.Len()-1, last, maxMs),
					rule: ErrTooLate}
			}
			for i := 0; i < c.Len(); i++ {
				if err := checkRaw(c.Metric(), c.Raw(i)); err != nil {
					return &Error{Offset: c.off + chanHeadSize + 2*i, Reason: err.Error(), rule: ErrOutOfRange}
				}
			}
		}
	}
	return b.checkDensity()
}

// CheckSample applies Validate's rules to one sample of physical value v at
// timeMs, for producers that build batches from values of unknown origin
// (uploads): it returns the raw wire value, or an error wrapping the rule
// broken. NaN and infinities are refused, not rounded to some raw value.
func CheckSample(m Metric, timeMs int64, v float64, minStartMs, maxStartMs int64) (uint16, error) {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, fmt.Errorf("%s value %g is %w", m, v, ErrNotFinite)
	}
	if err := checkTime(timeMs, minStartMs, maxStartMs); err != nil {
		return 0, err
	}
	// Raw clamps to the wire's range; a value beyond it (negative steps)
	// is refused rather than stored as the clamped value.
	if x := v / m.Scale(); !m.Valid() || x < -0.5 || x >= 65535.5 {
		return 0, fmt.Errorf("%s value %g %s is %w", m, v, m.Unit(), ErrOutOfRange)
	}
	raw := m.Raw(v)
	if err := checkRaw(m, raw); err != nil {
		return 0, err
	}
	return raw, nil
}

func checkTime(ms, lo, hi int64) error {
	switch {
	case ms < lo:
		return fmt.Errorf("%d ms is %w [%d, %d]", ms, ErrTooEarly, lo, hi)
	case ms > hi:
		return fmt.Errorf("%d ms is %w [%d, %d]", ms, ErrTooLate, lo, hi)
	}
	return nil
}

func checkRaw(m Metric, raw uint16) error {
	if !m.InRange(raw) {
		return fmt.Errorf("%s value %g %s is %w", m, m.Value(raw), m.Unit(), ErrOutOfRange)
	}
	return nil
}

// Frames returns an iterator over the batch's frames.
func (b Batch) Frames() FrameIter { return FrameIter{b: b.b, left: b.frames, next: HeaderSize} }

// FrameIter walks the frames of a parsed batch.
type FrameIter struct {
	b    []byte
	left int
	next int
	cur  Frame
}

// Next advances to the next frame, reporting whether there is one.
func (it *FrameIter) Next() bool {
	if it.left == 0 {
		return false
	}
	it.left--
	f := Frame{b: it.b, off: it.next}
	off := it.next + frameHeadSize
	for c := int(it.b[it.next+8]); c > 0; c-- {
		off += chanHeadSize + 2*int(binary.LittleEndian.Uint16(it.b[off+3:]))
	}
	it.cur, it.next = f, off
	return true
}

// Frame returns the current frame.
func (it *FrameIter) Frame() Frame { return it.cur }

// Frame is one time slice of one device's readings.
type Frame struct {
	b   []byte
	off int
}

// StartMs is the frame's start time in Unix milliseconds (UTC).
func (f Frame) StartMs() int64 { return int64(binary.LittleEndian.Uint64(f.b[f.off:])) }

// NumChannels returns how many channels the frame carries.
func (f Frame) NumChannels() int { return int(f.b[f.off+8]) }

// Channels returns an iterator over the frame's channels.
func (f Frame) Channels() ChannelIter {
	return ChannelIter{b: f.b, left: f.NumChannels(), next: f.off + frameHeadSize, start: f.StartMs()}
}

// ChannelIter walks the channels of a frame.
type ChannelIter struct {
	b     []byte
	left  int
	next  int
	start int64
	cur   Channel
}

// Next advances to the next channel, reporting whether there is one.
func (it *ChannelIter) Next() bool {
	if it.left == 0 {
		return false
	}
	it.left--
	it.cur = Channel{b: it.b, off: it.next, start: it.start}
	it.next += chanHeadSize + 2*it.cur.Len()
	return true
}

// Channel returns the current channel.
func (it *ChannelIter) Channel() Channel { return it.cur }

// Channel is an evenly sampled series of one metric within a frame.
type Channel struct {
	b     []byte
	off   int
	start int64
}

// Metric returns what the channel measures.
func (c Channel) Metric() Metric { return Metric(c.b[c.off]) }

// IntervalMs returns the time between consecutive samples.
func (c Channel) IntervalMs() int { return int(binary.LittleEndian.Uint16(c.b[c.off+1:])) }

// Len returns the number of samples.
func (c Channel) Len() int { return int(binary.LittleEndian.Uint16(c.b[c.off+3:])) }

// Raw returns sample i's raw wire value.
func (c Channel) Raw(i int) uint16 {
	return binary.LittleEndian.Uint16(c.b[c.off+chanHeadSize+2*i:])
}

// Value returns sample i's physical value.
func (c Channel) Value(i int) float64 { return c.Metric().Value(c.Raw(i)) }

// TimeMs returns sample i's timestamp in Unix milliseconds.
func (c Channel) TimeMs(i int) int64 { return c.start + int64(i)*int64(c.IntervalMs()) }

// AcceptWindow returns the range of sample times accepted at nowMs: up to ten
// minutes ahead (device clock skew) and back to the year 2000 (uploads of old
// exports carry old readings).
func AcceptWindow(nowMs int64) (minMs, maxMs int64) {
	return 946684800000, nowMs + 10*60*1000
}
