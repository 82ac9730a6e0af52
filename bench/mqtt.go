package bench

import (
	"bytes"
	"context"
	"errors"
	"sync"
	"time"

	"rhd.dev/firmware/agent"
	"rhd.dev/firmware/frame"
)

// MQTTLoad publishes devices' signed batches to an MQTT broker, the way
// devices with the mqtt uplink do: each device publishes a batch (QoS 1),
// waits for the gateway's answer on its status topic, then sends the next.
// It sends as fast as the answers come (closed loop).
type MQTTLoad struct {
	Broker  string // tcp://host:port
	Root    string // topic root; "" for agent.MQTTRoot
	Devices []Device
	Shape   Shape
	Counters

	presigned [][]signed // per device, oldest first
	uplinks   []*agent.MQTTUplink
}

type signed struct {
	seq  uint64
	body []byte
}

// Presign connects every device and seals up to perDevice batches for
// each before Run, as Load.Presign does: the measurement pays for neither.
func (l *MQTTLoad) Presign(perDevice int) error {
	if err := l.connect(); err != nil {
		return err
	}
	if l.Shape.MinutesPerBatch <= 0 {
		l.Shape.MinutesPerBatch = 10
	}
	l.presigned = make([][]signed, len(l.Devices))
	for i, d := range l.Devices {
		t := newTemplate(d, l.Shape.MinutesPerBatch)
		var enc frame.Encoder
		for range perDevice {
			seq := d.Seq.Add(1)
			b, err := encodeBatch(&enc, d, t, seq, time.Now().UnixMilli())
			if err != nil {
				return err
			}
			l.presigned[i] = append(l.presigned[i], signed{seq, bytes.Clone(b)})
		}
	}
	return nil
}

// Run sends until ctx ends.
func (l *MQTTLoad) Run(ctx context.Context) error {
	if l.Shape.MinutesPerBatch <= 0 {
		l.Shape.MinutesPerBatch = 10
	}
	if err := l.connect(); err != nil {
		return err
	}
	defer func() {
		for _, up := range l.uplinks {
			up.Close()
		}
		l.uplinks = nil
	}()
	var wg sync.WaitGroup
	errs := make(chan error, len(l.Devices))
	for i, d := range l.Devices {
		up := l.uplinks[i]
		var ready []signed
		if i < len(l.presigned) {
			ready = l.presigned[i]
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := l.device(ctx, d, up, ready); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	return <-errs
}

func (l *MQTTLoad) connect() error {
	for len(l.uplinks) < len(l.Devices) {
		up, err := agent.DialMQTT(l.Broker, l.Root, l.Devices[len(l.uplinks)].ID, l.Devices[len(l.uplinks)].Key)
		if err != nil {
			return err
		}
		l.uplinks = append(l.uplinks, up)
	}
	return nil
}

func (l *MQTTLoad) device(ctx context.Context, d Device, up *agent.MQTTUplink, ready []signed) error {
	t := newTemplate(d, l.Shape.MinutesPerBatch)
	var enc frame.Encoder
	for ctx.Err() == nil {
		var seq uint64
		var body []byte
		if len(ready) > 0 {
			seq, body, ready = ready[0].seq, ready[0].body, ready[1:]
		} else {
			seq = d.Seq.Add(1)
			var err error
			if body, err = encodeBatch(&enc, d, t, seq, time.Now().UnixMilli()); err != nil {
				return err
			}
		}
		for ctx.Err() == nil {
			a, err := up.Send(ctx, seq, body)
			switch {
			case ctx.Err() != nil:
				return nil
			case err != nil:
				l.Errors.Add(1)
				continue
			case a.Status == 200:
				l.Batches.Add(1)
				l.Frames.Add(uint64(l.Shape.MinutesPerBatch))
				l.Samples.Add(uint64(t.samples))
			case a.Status == 429 || a.Status == 503:
				l.Backpressure.Add(1)
				sleep(ctx, a.RetryAfter)
				continue
			default:
				l.Rejected.Add(1)
				return errors.New("bench: the gateway refused a batch over MQTT: " + string(a.Body))
			}
			break
		}
	}
	return nil
}
