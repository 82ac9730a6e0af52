package ingest

import (
	"encoding/hex"
	"testing"
	"time"

	paho "github.com/eclipse/paho.mqtt.golang"
)

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
	b, err := StartBroker(BrokerConfig{Addr: "127.0.0.1:0", BridgeUser: "rhd-bridge", BridgePassword: "0123456789abcdef0123"})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if _, err := mqttClient(t, b.Addr(), "thief", "rhd-bridge", "guess"); err == nil {
		t.Fatal("the bridge's account without its password was let in")
	}
	bridge, err := mqttClient(t, b.Addr(), "bridge", "rhd-bridge", "0123456789abcdef0123")
	if err != nil {
		t.Fatal(err)
	}
	device := hex.EncodeToString(make([]byte, 16))
	stolen, status := make(chan string, 4), make(chan string, 4)
	bridge.Subscribe(MQTTRoot+"/+/frames", 1, func(_ paho.Client, m paho.Message) { stolen <- string(m.Payload()) }).Wait()
	bridge.Subscribe(MQTTRoot+"/+/status", 1, func(_ paho.Client, m paho.Message) { status <- string(m.Payload()) }).Wait()

	dev, err := mqttClient(t, b.Addr(), "device", "", "")
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
