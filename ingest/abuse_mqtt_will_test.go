package ingest

import (
	"errors"
	"testing"
	"time"

	paho "github.com/eclipse/paho.mqtt.golang"

	"rhd.dev/firmware/frame"
)

// mochi publishes a client's Will without asking OnACLCheck, so a signed-in
// device could set a Will on another device's status topic carrying a forged
// {"seq":N,"status":200}, drop, and have the victim's agent delete that batch
// from its spool; retained Wills (up to 1 MiB each) also piled up. A device's
// CONNECT with a Will is now refused, and nothing a device publishes is
// retained.
func TestAbuseMQTTWillForgesAnswer(t *testing.T) {
	b, _, devs := brokerWithLedger(t, 2, nil)
	victim, attacker := devs[0], devs[1]
	n0 := b.srv.Topics.Retained.Len() // the broker's own $SYS topics
	vc, err := deviceClient(t, b.Addr(), victim)
	if err != nil {
		t.Fatal(err)
	}
	seen := make(chan string, 4)
	vc.Subscribe(victim.topic("status"), 1, func(_ paho.Client, m paho.Message) { seen <- string(m.Payload()) }).Wait()

	forged := `{"seq": 7, "status": 200, "retry_after": 0, "answer": {"seq":7}}`
	cid := frame.MQTTClientID(attacker.id)
	wc := paho.NewClient(paho.NewClientOptions().AddBroker("tcp://"+b.Addr()).SetClientID(cid).
		SetUsername(attacker.id.String()).SetPassword(frame.MQTTPassword(attacker.key, cid, time.Now())).
		SetAutoReconnect(false).SetBinaryWill(victim.topic("status"), []byte(forged), 1, true))
	tok := wc.Connect()
	if tok.WaitTimeout(5*time.Second) && tok.Error() == nil {
		t.Error("a device's CONNECT with a Will was accepted")
		if cl, ok := b.srv.Clients.Get(cid); ok {
			cl.Stop(errors.New("dropped")) // an unclean drop fires the Will
		}
	}
	select {
	case s := <-seen:
		t.Fatalf("the victim received a forged answer on its status topic: %s", s)
	case <-time.After(time.Second):
	}
	if n := b.srv.Topics.Retained.Len() - n0; n != 0 {
		t.Fatalf("the broker retains %d messages after the attacker's Will", n)
	}
	// The attacker is still welcome without a Will.
	if _, err := deviceClient(t, b.Addr(), attacker); err != nil {
		t.Fatalf("a device without a Will could not connect: %v", err)
	}
}

// A device's retained publish (on its own frames topic, which the ACL
// allows) is delivered but not kept: retained messages are held until
// replaced and handed to every later subscriber.
func TestAbuseMQTTDeviceRetainIgnored(t *testing.T) {
	b, _, devs := brokerWithLedger(t, 1, nil)
	n0 := b.srv.Topics.Retained.Len() // the broker's own $SYS topics
	dc, err := deviceClient(t, b.Addr(), devs[0])
	if err != nil {
		t.Fatal(err)
	}
	if tok := dc.Publish(devs[0].topic("frames"), 1, true, make([]byte, 64<<10)); !tok.WaitTimeout(5*time.Second) || tok.Error() != nil {
		t.Fatalf("publish: %v", tok.Error())
	}
	time.Sleep(100 * time.Millisecond)
	if n := b.srv.Topics.Retained.Len() - n0; n != 0 {
		t.Fatalf("the broker retains %d messages a device published", n)
	}
}
