package frame

import (
	"crypto/ed25519"
	"encoding/binary"
	"errors"
	"fmt"
)

// Series is one channel to encode: raw values of one metric sampled every IntervalMs.
type Series struct {
	Metric     Metric
	IntervalMs uint16
	Raw        []uint16
}

// Encoder builds one batch. The zero value is ready after Reset; reuse it to
// avoid allocating a new buffer per batch.
type Encoder struct {
	buf    []byte
	frames int
	err    error
	signed bool
}

// Reset starts a new batch for device with sequence number seq.
func (e *Encoder) Reset(device DeviceID, seq uint64) {
	e.buf = append(e.buf[:0], magic[0], magic[1], Version, AuthEd25519)
	e.buf = append(e.buf, device[:]...)
	e.buf = binary.LittleEndian.AppendUint64(e.buf, seq)
	e.buf = append(e.buf, 0, 0) // frame count, patched by Sign
	e.frames, e.err, e.signed = 0, nil, false
}

// Frames returns how many frames have been added since Reset.
func (e *Encoder) Frames() int { return e.frames }

// Len returns the encoded size so far, without the signature.
func (e *Encoder) Len() int { return len(e.buf) }

// AddFrame appends a frame starting at startMs with the given channels.
// An invalid frame is remembered and reported by Sign.
func (e *Encoder) AddFrame(startMs int64, channels ...Series) {
	e.Unsign()
	if e.err != nil {
		return
	}
	switch {
	case e.frames == MaxFrames:
		e.err = fmt.Errorf("frame: more than %d frames in one batch", MaxFrames)
		return
	case len(channels) == 0 || len(channels) > MaxChannels:
		e.err = fmt.Errorf("frame: %d channels, want 1..%d", len(channels), MaxChannels)
		return
	}
	for _, s := range channels {
		if !s.Metric.Valid() || s.IntervalMs == 0 || len(s.Raw) == 0 || len(s.Raw) > 0xffff {
			e.err = fmt.Errorf("frame: invalid series (metric %d, interval %d ms, %d samples)", s.Metric, s.IntervalMs, len(s.Raw))
			return
		}
	}
	e.buf = binary.LittleEndian.AppendUint64(e.buf, uint64(startMs))
	e.buf = append(e.buf, byte(len(channels)))
	for _, s := range channels {
		e.buf = append(e.buf, byte(s.Metric))
		e.buf = binary.LittleEndian.AppendUint16(e.buf, s.IntervalMs)
		e.buf = binary.LittleEndian.AppendUint16(e.buf, uint16(len(s.Raw)))
		for _, v := range s.Raw {
			e.buf = binary.LittleEndian.AppendUint16(e.buf, v)
		}
	}
	e.frames++
}

// Sign finishes the batch, signs it with the device key and returns the
// encoded bytes. The result aliases the encoder's buffer until the next Reset.
func (e *Encoder) Sign(key ed25519.PrivateKey) ([]byte, error) {
	if e.err != nil {
		return nil, e.err
	}
	if e.frames == 0 {
		return nil, errors.New("frame: batch has no frames")
	}
	if len(key) != ed25519.PrivateKeySize {
		return nil, fmt.Errorf("frame: signing key has %d bytes, want %d", len(key), ed25519.PrivateKeySize)
	}
	if len(e.buf)+SignatureSize > MaxBatchSize {
		return nil, fmt.Errorf("frame: batch of %d bytes exceeds the %d byte limit", len(e.buf)+SignatureSize, MaxBatchSize)
	}
	binary.LittleEndian.PutUint16(e.buf[28:], uint16(e.frames))
	e.buf = append(e.buf, ed25519.Sign(key, e.buf)...)
	e.signed = true
	return e.buf, nil
}

// SetSeq changes the sequence number of the batch being built. A device agent
// calls it when its store-and-forward buffer assigns the sequence at seal time.
func (e *Encoder) SetSeq(seq uint64) {
	if len(e.buf) >= HeaderSize {
		binary.LittleEndian.PutUint64(e.buf[20:], seq)
	}
}

// Unsign removes the signature appended by Sign so more frames can be added.
func (e *Encoder) Unsign() {
	if n := len(e.buf) - SignatureSize; n >= HeaderSize && e.signed {
		e.buf = e.buf[:n]
		e.signed = false
	}
}
