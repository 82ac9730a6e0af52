package ingest

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	paho "github.com/eclipse/paho.mqtt.golang"

	"rhd.dev/firmware/frame"
	"rhd.dev/ledger"
)

// mqttDevice is a device paired in a real ledger.
type mqttDevice struct {
	id    frame.DeviceID
	key   ed25519.PrivateKey
	owner string
}

func (d mqttDevice) topic(rest string) string { return MQTTRoot + "/" + d.id.String() + "/" + rest }

// brokerWithLedger starts the embedded broker on a fresh SQLite ledger with
// n paired devices; clock, if not nil, shifts the broker's clock.
func brokerWithLedger(t *testing.T, n int, clock *atomic.Int64) (*Broker, *ledger.Store, []mqttDevice) {
	t.Helper()
	ctx := context.Background()
	store, err := ledger.Open(ctx, filepath.Join(t.TempDir(), "ledger.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	var devs []mqttDevice
	for i := range n {
		owner, err := store.CreateContributor(ctx, ledger.Contributor{Email: "mqtt" + string(rune('a'+i)) + "@example.org", BirthYear: 1980})
		if err != nil {
			t.Fatal(err)
		}
		key := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{byte(10 + i)}, 32))
		code, _ := store.CreatePairingCode(ctx, owner.ID, "ring")
		d, err := store.PairDevice(ctx, code, "SN-"+string(rune('a'+i)), key.Public().(ed25519.PublicKey))
		if err != nil {
			t.Fatal(err)
		}
		id, _ := frame.ParseDeviceID(d.ID)
		devs = append(devs, mqttDevice{id: id, key: key, owner: owner.ID})
	}
	cfg := BrokerConfig{Addr: "127.0.0.1:0", BridgeUser: "rhd-bridge", BridgePassword: "0123456789abcdef0123", Devices: LedgerRegistry{store}}
	if clock != nil {
		cfg.Now = func() time.Time { return time.Now().Add(time.Duration(clock.Load())) }
	}
	b, err := StartBroker(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	return b, store, devs
}

// deviceClient connects as d with a password signed now.
func deviceClient(t *testing.T, addr string, d mqttDevice) (paho.Client, error) {
	t.Helper()
	cid := frame.MQTTClientID(d.id)
	return mqttClient(t, addr, cid, d.id.String(), frame.MQTTPassword(d.key, cid, time.Now()))
}

func mqttClient(t *testing.T, addr, id, user, password string) (paho.Client, error) {
	t.Helper()
	cl := paho.NewClient(paho.NewClientOptions().AddBroker("tcp://" + addr).SetClientID(id).SetUsername(user).SetPassword(password).
		SetConnectRetry(false).SetAutoReconnect(false))
	tok := cl.Connect()
	tok.WaitTimeout(5 * time.Second)
	if tok.Error() == nil {
		t.Cleanup(func() { cl.Disconnect(50) })
	}
	return cl, tok.Error()
}

// On the embedded broker a device cannot read other devices' readings
// (frames topics), forge an answer (status topics: a forged 200 would make
// a device drop a batch), or take the bridge's account without its
// password; it can publish batches and read answers.
func TestAbuseMQTTBrokerRules(t *testing.T) {
	b, _, devs := brokerWithLedger(t, 1, nil)
	if _, err := mqttClient(t, b.Addr(), "thief", "rhd-bridge", "guess"); err == nil {
		t.Fatal("the bridge's account without its password was let in")
	}
	bridge, err := mqttClient(t, b.Addr(), "bridge", "rhd-bridge", "0123456789abcdef0123")
	if err != nil {
		t.Fatal(err)
	}
	device := devs[0].id.String()
	stolen, status := make(chan string, 4), make(chan string, 4)
	bridge.Subscribe(MQTTRoot+"/+/frames", 1, func(_ paho.Client, m paho.Message) { stolen <- string(m.Payload()) }).Wait()
	bridge.Subscribe(MQTTRoot+"/+/status", 1, func(_ paho.Client, m paho.Message) { status <- string(m.Payload()) }).Wait()

	dev, err := deviceClient(t, b.Addr(), devs[0])
	if err != nil {
		t.Fatal(err)
	}
	seen := make(chan string, 4)
	dev.Subscribe(MQTTRoot+"/+/frames", 1, func(_ paho.Client, m paho.Message) { seen <- "frames " + string(m.Payload()) }).Wait()
	dev.Subscribe(MQTTRoot+"/"+device+"/status", 1, func(_ paho.Client, m paho.Message) { seen <- "status " + string(m.Payload()) }).Wait()
	dev.Publish(MQTTRoot+"/"+device+"/frames", 1, false, "batch").Wait()
	bridge.Publish(MQTTRoot+"/"+device+"/status", 1, false, "answer").Wait()
	// The answer reaches the device before it forges one: the forgery
	// disconnects it, and a delivery still queued would be lost with it.
	select {
	case s := <-seen:
		if s != "status answer" {
			t.Fatalf("the device saw %q: want only its answer", s)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the device did not get its answer")
	}
	// A forged answer: the broker drops it (and, MQTT 3.1.1 having no way
	// to refuse one publish, disconnects the client).
	dev.Publish(MQTTRoot+"/"+device+"/status", 1, false, `{"seq":9,"status":200}`).WaitTimeout(time.Second)
	select {
	case got := <-stolen:
		if got != "batch" {
			t.Fatalf("bridge got %q", got)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the bridge did not get the device's batch")
	}
	for deadline := time.After(time.Second); ; {
		select {
		case s := <-seen:
			t.Fatalf("the device saw %q: another device's batch or a second answer", s)
		case s := <-status:
			if s != "answer" {
				t.Fatalf("a forged answer reached the status topic: %q", s)
			}
			continue
		case <-deadline:
		}
		break
	}
}

// A client connecting with an existing session's client id takes that
// session over: its subscriptions and the messages queued for it, which the
// broker sends on without asking the topic rules. The bridge's session
// (rhd-ingest, persistent, subscribed to every frames topic) holds the
// batches published while the bridge is away (a restart, a lost
// connection); whoever connected without an account under its client id
// would be handed those readings, and could push the bridge off the broker
// at will. The broker refuses them.
func TestAbuseMQTTBridgeSessionTakeover(t *testing.T) {
	b, _, devs := brokerWithLedger(t, 1, nil)
	persistent := func(user, password string, onMessage paho.MessageHandler) (paho.Client, error) {
		cl := paho.NewClient(paho.NewClientOptions().AddBroker("tcp://" + b.Addr()).SetClientID("rhd-ingest").SetUsername(user).SetPassword(password).
			SetCleanSession(false).SetConnectRetry(false).SetAutoReconnect(false).SetDefaultPublishHandler(onMessage))
		tok := cl.Connect()
		tok.WaitTimeout(5 * time.Second)
		if tok.Error() == nil {
			t.Cleanup(func() { cl.Disconnect(50) })
		}
		return cl, tok.Error()
	}
	bridge, err := persistent("rhd-bridge", "0123456789abcdef0123", func(paho.Client, paho.Message) {})
	if err != nil {
		t.Fatal(err)
	}
	bridge.Subscribe(MQTTRoot+"/+/frames", 1, nil).Wait()
	bridge.Disconnect(50) // the gateway restarts; its session stays

	dev, err := deviceClient(t, b.Addr(), devs[0])
	if err != nil {
		t.Fatal(err)
	}
	device := devs[0].id.String()
	dev.Publish(MQTTRoot+"/"+device+"/frames", 1, false, "batch").Wait()

	stolen := make(chan string, 4)
	_, err = persistent("", "", func(_ paho.Client, m paho.Message) { stolen <- string(m.Payload()) })
	select {
	case got := <-stolen:
		t.Fatalf("an anonymous client under the bridge's client id got a device's batch %q", got)
	case <-time.After(time.Second):
	}
	if err == nil {
		t.Error("an anonymous client took over the bridge's session")
	}
	// The bridge itself still resumes its session and gets the batch.
	got := make(chan string, 4)
	if _, err := persistent("rhd-bridge", "0123456789abcdef0123", func(_ paho.Client, m paho.Message) { got <- string(m.Payload()) }); err != nil {
		t.Fatal(err)
	}
	select {
	case g := <-got:
		if g != "batch" {
			t.Fatalf("the bridge got %q", g)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the bridge did not get the batch queued while it was away")
	}
}
