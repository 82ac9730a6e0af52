package main

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"net"
	"os"
	"sync/atomic"
	"testing"
	"time"

	paho "github.com/eclipse/paho.mqtt.golang"

	"rhd.dev/firmware/agent"
	"rhd.dev/firmware/frame"
	"rhd.dev/ingest"
)

// mosquitto is the machines' Mosquitto broker, a real third-party broker.
const mosquitto = "127.0.0.1:1883"

func needMosquitto(t *testing.T) {
	c, err := net.DialTimeout("tcp", mosquitto, time.Second)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("Mosquitto is not running on %s: %v", mosquitto, err)
		}
		t.Skipf("Mosquitto is not running on %s", mosquitto)
	}
	c.Close()
}

func randomHex(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// A device publishes its signed batches over MQTT to Mosquitto; the bridge
// takes them through the gateway's checks into Kafka, the stream and the
// warehouse, and answers on the device's status topic. Exactly once: an
// answer lost after the broker acknowledged the batch makes the device
// publish it again (409, stored once); a replayed batch is refused; a
// batch published on another device's topic is refused. Every sample lands
// once.
func TestMQTTDeviceThroughMosquittoLandsExactlyOnce(t *testing.T) {
	needMosquitto(t)
	ctx := context.Background()
	p := startPipeline(t)
	root := "rhd-test-" + randomHex(6) + "/devices" // tests running at once keep apart
	var dropped atomic.Int32
	bridge, err := ingest.NewBridge(p.ingest.gw, ingest.MQTTConfig{Broker: "tcp://" + mosquitto, Root: root, ClientID: "rhd-ingest-" + randomHex(6),
		AfterAccept: func(a ingest.Answer) bool {
			// The answer to batch 3 is lost once, after Kafka acknowledged it.
			return !(a.Seq == 3 && a.Status == 200 && dropped.Add(1) == 1)
		}})
	if err != nil {
		t.Fatal(err)
	}
	defer bridge.Close()

	owner := p.contributor("mqtt@example.org")
	pub, key, _ := ed25519.GenerateKey(rand.Reader)
	code, err := p.store.CreatePairingCode(ctx, owner.ID, "wristband")
	if err != nil {
		t.Fatal(err)
	}
	dev, err := p.store.PairDevice(ctx, code, "mqtt-"+randomHex(4), pub)
	if err != nil {
		t.Fatal(err)
	}
	id, _ := frame.ParseDeviceID(dev.ID)
	up, err := agent.DialMQTT("tcp://"+mosquitto, root, id, key)
	if err != nil {
		t.Fatal(err)
	}
	defer up.Close()
	up.Timeout = 3 * time.Second
	sp, err := agent.OpenDirSpool(t.TempDir(), 1000)
	if err != nil {
		t.Fatal(err)
	}
	ag, err := agent.New(agent.Config{Uplink: up, Device: id, Key: key, Spool: sp, MaxFrames: 5, MinBackoff: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	const frames = 60
	for m := range frames {
		start, series := knownFrame(m)
		if err := ag.Record(start, series...); err != nil {
			t.Fatal(err)
		}
	}
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- ag.Run(runCtx) }()
	for deadline := time.Now().Add(60 * time.Second); ag.Stats().Pending > 0; {
		if time.Now().After(deadline) {
			t.Fatalf("agent stats after 60 s: %+v", ag.Stats())
		}
		time.Sleep(50 * time.Millisecond)
	}
	stop()
	<-done
	st := ag.Stats()
	if st.Acked != frames/5 || st.Rejected != 0 || st.Retries == 0 || dropped.Load() < 1 {
		t.Fatalf("agent %+v, answers dropped %d: every batch acknowledged, batch 3 after a retry", st, dropped.Load())
	}
	c := p.waitBatches(frames / 5)

	// A replayed batch and a batch on another device's topic are refused.
	var enc frame.Encoder
	enc.Reset(id, 2)
	start, series := knownFrame(0)
	enc.AddFrame(start, series...)
	replay, _ := enc.Sign(key)
	answers := make(chan ingest.MQTTAnswer, 4)
	cl := paho.NewClient(paho.NewClientOptions().AddBroker("tcp://" + mosquitto).SetClientID("rhd-probe-" + randomHex(6)))
	if tok := cl.Connect(); tok.Wait() && tok.Error() != nil {
		t.Fatal(tok.Error())
	}
	defer cl.Disconnect(100)
	other := randomHex(16)
	for _, d := range []string{dev.ID, other} {
		cl.Subscribe(root+"/"+d+"/status", 1, func(_ paho.Client, m paho.Message) {
			var a ingest.MQTTAnswer
			json.Unmarshal(m.Payload(), &a)
			answers <- a
		}).Wait()
	}
	cl.Publish(root+"/"+dev.ID+"/frames", 1, false, replay).Wait()
	cl.Publish(root+"/"+other+"/frames", 1, false, replay).Wait()
	got := map[int]bool{}
	for range 2 {
		select {
		case a := <-answers:
			got[a.Status] = true
		case <-time.After(10 * time.Second):
			t.Fatalf("no answer; got %v", got)
		}
	}
	if !got[409] || !got[400] {
		t.Fatalf("answers %v: want 409 for the replay and 400 for another device's topic", got)
	}
	time.Sleep(500 * time.Millisecond)
	after, _ := p.wh.Counts(ctx)
	if c.Batches != frames/5 || after != c || c.Readings != frames*61 {
		t.Fatalf("warehouse %+v then %+v, want %d batches and %d samples, once", c, after, frames/5, frames*61)
	}
}
