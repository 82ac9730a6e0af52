package agent

import (
	"context"
	"crypto/ed25519"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	paho "github.com/eclipse/paho.mqtt.golang"

	"rhd.dev/firmware/frame"
)

// MQTTRoot is the default root of the device topics: a device publishes
// batches to {root}/{device id}/frames (QoS 1) and hears the gateway's
// answers on {root}/{device id}/status.
const MQTTRoot = "rhd/devices"

// MQTTUplink publishes batches to an MQTT broker and waits for the
// gateway's answer on the device's status topic. A batch whose answer does
// not come within Timeout is sent again (the gateway answers 409 if it was
// accepted), so a lost message or answer loses no reading.
type MQTTUplink struct {
	Timeout time.Duration // default 30 s

	cl      paho.Client
	frames  string
	mu      sync.Mutex
	waiting map[uint64]chan Answer
}

// mqttAnswer is what the gateway publishes on a status topic.
type mqttAnswer struct {
	Seq        uint64          `json:"seq"`
	Status     int             `json:"status"`
	RetryAfter int             `json:"retry_after"`
	Answer     json.RawMessage `json:"answer"`
}

// DialMQTT connects device to broker (tcp://host:port) under root ("" for
// MQTTRoot) and subscribes to its status topic. It signs in as the device
// with key: every (re)connect carries a fresh signed password
// (frame.MQTTPassword), which the embedded broker checks against the
// device's registered key.
func DialMQTT(broker, root string, device frame.DeviceID, key ed25519.PrivateKey) (*MQTTUplink, error) {
	if len(key) != ed25519.PrivateKeySize {
		return nil, errors.New("agent: mqtt needs the device's ed25519 key")
	}
	if root == "" {
		root = MQTTRoot
	}
	u := &MQTTUplink{Timeout: 30 * time.Second, frames: root + "/" + device.String() + "/frames", waiting: map[uint64]chan Answer{}}
	status := root + "/" + device.String() + "/status"
	opts := paho.NewClientOptions().AddBroker(broker).SetClientID(frame.MQTTClientID(device)).
		SetCredentialsProvider(func() (string, string) {
			return device.String(), frame.MQTTPassword(key, frame.MQTTClientID(device), time.Now())
		}).
		SetCleanSession(true).SetAutoReconnect(true).SetConnectRetry(true).SetConnectRetryInterval(time.Second).
		SetMaxReconnectInterval(10 * time.Second).
		SetOnConnectHandler(func(c paho.Client) { c.Subscribe(status, 1, u.onAnswer).Wait() })
	u.cl = paho.NewClient(opts)
	if t := u.cl.Connect(); !t.WaitTimeout(10*time.Second) || t.Error() != nil {
		u.cl.Disconnect(0)
		return nil, fmt.Errorf("agent: mqtt broker %s: %v", broker, t.Error())
	}
	return u, nil
}

func (u *MQTTUplink) onAnswer(_ paho.Client, m paho.Message) {
	var a mqttAnswer
	if json.Unmarshal(m.Payload(), &a) != nil {
		return
	}
	u.mu.Lock()
	ch := u.waiting[a.Seq]
	delete(u.waiting, a.Seq)
	u.mu.Unlock()
	if ch != nil {
		ch <- Answer{Status: a.Status, Body: a.Answer, RetryAfter: time.Duration(a.RetryAfter) * time.Second}
	}
}

// Send publishes the batch with QoS 1 and waits for its answer.
func (u *MQTTUplink) Send(ctx context.Context, seq uint64, batch []byte) (Answer, error) {
	ch := make(chan Answer, 1)
	u.mu.Lock()
	u.waiting[seq] = ch
	u.mu.Unlock()
	defer func() {
		u.mu.Lock()
		delete(u.waiting, seq)
		u.mu.Unlock()
	}()
	t := u.cl.Publish(u.frames, 1, false, batch)
	timer := time.NewTimer(u.Timeout)
	defer timer.Stop()
	select {
	case <-t.Done():
		if t.Error() != nil {
			return Answer{}, t.Error()
		}
	case <-timer.C:
		return Answer{}, errors.New("agent: the broker did not take the batch in time")
	case <-ctx.Done():
		return Answer{}, ctx.Err()
	}
	select {
	case a := <-ch:
		return a, nil
	case <-timer.C:
		return Answer{}, errors.New("agent: no answer from the gateway in time")
	case <-ctx.Done():
		return Answer{}, ctx.Err()
	}
}

// Close disconnects from the broker.
func (u *MQTTUplink) Close() { u.cl.Disconnect(250) }
