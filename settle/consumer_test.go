package settle

import (
	"context"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"rhd.dev/kafka"
	"rhd.dev/kafka/kafkatest"
)

func TestSalesFromKafkaArePaidOnceAndBadOnesDeadLettered(t *testing.T) {
	e := newEnv(t)
	c, kc := kafkatest.Start(t, 1, kafka.Config{})
	ctx := context.Background()
	cl, _ := kafka.NewClient(kc, "")
	defer cl.Close()
	k1 := e.order(5000)
	Publish(ctx, cl, k1)
	Publish(ctx, cl, k1) // announced again: same sale id
	cl.ProduceSync(ctx, &kgo.Record{Topic: kafka.SalesTopic, Key: []byte("junk"), Value: []byte("{not json")})
	Publish(ctx, cl, "k2") // no such order
	Publish(ctx, cl, e.order(700))

	cctx, cancel := context.WithCancel(ctx)
	done := make(chan error)
	go func() { done <- e.settler().Consume(cctx, c.ListenAddrs()) }()
	deadline := time.Now().Add(15 * time.Second)
	for {
		sales, _ := e.store.Sales(ctx)
		if len(sales) == 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d sales recorded", len(sales))
		}
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	d, cr, _ := e.store.JournalBalance(ctx, k1)
	if d != 5000 || cr != 5000 {
		t.Fatalf("journal of k1: %d/%d", d, cr)
	}
	dl, _ := kgo.NewClient(kgo.SeedBrokers(c.ListenAddrs()...), kgo.ConsumeTopics(kafka.SalesDLQTopic), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()))
	defer dl.Close()
	pctx, pcancel := context.WithTimeout(ctx, 2*time.Second)
	defer pcancel()
	var keys []string
	for len(keys) < 2 && pctx.Err() == nil {
		dl.PollFetches(pctx).EachRecord(func(r *kgo.Record) { keys = append(keys, string(r.Key)) })
	}
	if len(keys) != 2 || keys[0] != "junk" || keys[1] != "k2" {
		t.Fatalf("dead letters %v, want junk and k2", keys)
	}
}
