package ingest

import (
	"context"
	"sync/atomic"
	"testing"
	"time"

	paho "github.com/eclipse/paho.mqtt.golang"

	"rhd.dev/firmware/agent"
	"rhd.dev/firmware/frame"
)

// Anyone who knew a device id could connect under the device's client id
// and push the real device off the broker (MQTT hands a client id's
// session to the newest connection), again and again: the device's
// readings stayed on it. The broker now lets a device in only with a fresh
// signature by its registered key, binds the client id to the device, and
// the real device's session survives every impostor.
func TestAbuseMQTTDeviceTakeover(t *testing.T) {
	b, _, devs := brokerWithLedger(t, 2, nil)
	real, other := devs[0], devs[1]
	cid := frame.MQTTClientID(real.id)
	lost := make(chan error, 4)
	password := frame.MQTTPassword(real.key, cid, time.Now())
	dev := paho.NewClient(paho.NewClientOptions().AddBroker("tcp://" + b.Addr()).SetClientID(cid).
		SetUsername(real.id.String()).SetPassword(password).SetAutoReconnect(false).
		SetConnectionLostHandler(func(_ paho.Client, err error) { lost <- err }))
	if tok := dev.Connect(); !tok.WaitTimeout(5*time.Second) || tok.Error() != nil {
		t.Fatalf("the real device could not connect: %v", tok.Error())
	}
	defer dev.Disconnect(50)

	impostors := []struct{ name, cid, user, password string }{
		{"no account", cid, "", ""},
		{"device id, no password", cid, real.id.String(), ""},
		{"device id, another device's signature", cid, real.id.String(), frame.MQTTPassword(other.key, cid, time.Now())},
		{"the real device's password replayed", cid, real.id.String(), password},
		{"another device's valid sign-in under this client id", cid, other.id.String(), frame.MQTTPassword(other.key, cid, time.Now().Add(time.Millisecond))},
		{"garbage password", cid, real.id.String(), "v1.1.AAAA"},
	}
	for _, im := range impostors {
		if _, err := mqttClient(t, b.Addr(), im.cid, im.user, im.password); err == nil {
			t.Errorf("%s: the impostor's CONNECT was accepted", im.name)
		}
	}
	select {
	case err := <-lost:
		t.Fatalf("the real device was pushed off: %v", err)
	case <-time.After(300 * time.Millisecond):
	}
	if !dev.IsConnectionOpen() {
		t.Fatal("the real device's connection is closed")
	}

	// A signed-in device reaches only its own topics.
	otherCl, err := deviceClient(t, b.Addr(), other)
	if err != nil {
		t.Fatal(err)
	}
	seen := make(chan string, 4)
	otherCl.Subscribe(real.topic("status"), 1, func(_ paho.Client, m paho.Message) { seen <- string(m.Payload()) }).Wait()
	bridge, err := mqttClient(t, b.Addr(), "bridge", "rhd-bridge", "0123456789abcdef0123")
	if err != nil {
		t.Fatal(err)
	}
	bridge.Publish(real.topic("status"), 1, false, "answer for the real device").Wait()
	select {
	case s := <-seen:
		t.Fatalf("another device read the real device's answer %q", s)
	case <-time.After(300 * time.Millisecond):
	}
}

// A device its owner removed cannot connect any more, even with its key.
func TestAbuseMQTTRemovedDeviceCannotConnect(t *testing.T) {
	b, store, devs := brokerWithLedger(t, 1, nil)
	if _, err := deviceClient(t, b.Addr(), devs[0]); err != nil {
		t.Fatalf("before removal: %v", err)
	}
	if err := store.RemoveDevice(context.Background(), devs[0].owner, devs[0].id.String()); err != nil {
		t.Fatal(err)
	}
	time.Sleep(2 * time.Millisecond) // a fresh password time
	if _, err := deviceClient(t, b.Addr(), devs[0]); err == nil {
		t.Fatal("a removed device connected")
	}
}

// A password is good for MQTTConnectWindow around the broker's clock:
// one captured earlier (or signed too far ahead) is refused.
func TestAbuseMQTTStalePasswordRefused(t *testing.T) {
	var clock atomic.Int64
	b, _, devs := brokerWithLedger(t, 1, &clock)
	d := devs[0]
	cid := frame.MQTTClientID(d.id)
	captured := frame.MQTTPassword(d.key, cid, time.Now())
	clock.Store(int64(MQTTConnectWindow + time.Second)) // later: the window has passed
	if _, err := mqttClient(t, b.Addr(), cid, d.id.String(), captured); err == nil {
		t.Fatal("a password older than the window was accepted")
	}
	clock.Store(0)
	if _, err := mqttClient(t, b.Addr(), cid, d.id.String(), frame.MQTTPassword(d.key, cid, time.Now().Add(MQTTConnectWindow+time.Minute))); err == nil {
		t.Fatal("a password dated beyond the window ahead was accepted")
	}
	if _, err := mqttClient(t, b.Addr(), cid, d.id.String(), frame.MQTTPassword(d.key, cid, time.Now().Add(-MQTTConnectWindow/2))); err != nil {
		t.Fatalf("a password within the window was refused: %v", err)
	}
}

// The firmware agent signs in by itself: its batches go through the
// embedded broker and the bridge and are answered 200, and it signs in
// again after the broker dropped it.
func TestMQTTAgentSignsInToEmbeddedBroker(t *testing.T) {
	f := newFixture(t)
	b, err := StartBroker(BrokerConfig{Addr: "127.0.0.1:0", BridgeUser: "rhd-bridge", BridgePassword: "0123456789abcdef0123", Devices: f.gw.Registry()})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	bridge, err := NewBridge(f.gw, MQTTConfig{Broker: "tcp://" + b.Addr(), Username: "rhd-bridge", Password: "0123456789abcdef0123"})
	if err != nil {
		t.Fatal(err)
	}
	defer bridge.Close()
	up, err := agent.DialMQTT("tcp://"+b.Addr(), "", f.dev, f.key)
	if err != nil {
		t.Fatal(err)
	}
	defer up.Close()
	up.Timeout = 10 * time.Second
	ctx := context.Background()
	if a, err := up.Send(ctx, 1, f.batch(1, 60, 61)); err != nil || a.Status != 200 {
		t.Fatalf("first batch: %v %d %s", err, a.Status, a.Body)
	}
	cl, ok := b.srv.Clients.Get(frame.MQTTClientID(f.dev))
	if !ok {
		t.Fatal("the agent has no session under its device's client id")
	}
	cl.Stop(nil) // the broker drops the device; it reconnects with a fresh password
	var a agent.Answer
	for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		// 409: an earlier try went through and only its answer was lost.
		if a, err = up.Send(ctx, 2, f.batch(2, 62)); err == nil && (a.Status == 200 || a.Status == 409) {
			return
		}
	}
	t.Fatalf("after a reconnect: %v %d %s", err, a.Status, a.Body)
}
