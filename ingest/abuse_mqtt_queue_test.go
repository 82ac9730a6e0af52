package ingest

import (
	"testing"
	"time"

	paho "github.com/eclipse/paho.mqtt.golang"

	"rhd.dev/firmware/frame"
)

// While the bridge is away its session keeps every batch published for it,
// up to mochi's MaximumInflight (8,192 messages) of up to MaxBatchSize
// each: anyone, with a paired device, can make the broker hold gigabytes.
func TestAbuseMQTTQueueForAwayBridge(t *testing.T) {
	b, _, devs := brokerWithLedger(t, 1, nil)
	bridge := paho.NewClient(paho.NewClientOptions().AddBroker("tcp://" + b.Addr()).SetClientID("rhd-ingest").SetUsername("rhd-bridge").
		SetPassword("0123456789abcdef0123").SetCleanSession(false).SetAutoReconnect(false))
	if tok := bridge.Connect(); !tok.WaitTimeout(5*time.Second) || tok.Error() != nil {
		t.Fatal(tok.Error())
	}
	bridge.Subscribe(MQTTRoot+"/+/frames", 1, nil).Wait()
	bridge.Disconnect(50)
	dev, err := deviceClient(t, b.Addr(), devs[0])
	if err != nil {
		t.Fatal(err)
	}
	topic := devs[0].topic("frames")
	const sent = 1200
	for range sent {
		dev.Publish(topic, 1, false, make([]byte, 1024)).Wait()
	}
	cl, ok := b.srv.Clients.Get("rhd-ingest")
	if !ok {
		t.Fatal("no bridge session")
	}
	held := cl.State.Inflight.Len()
	t.Logf("the away bridge's session holds %d of %d messages: up to %d MiB of 1 MiB batches", held, sent, held*frame.MaxBatchSize>>20)
	if held*frame.MaxBatchSize > 256<<20 {
		t.Fatalf("an anonymous client made the broker hold %d batches (%d MiB at the largest batch size)", held, held*frame.MaxBatchSize>>20)
	}
}
