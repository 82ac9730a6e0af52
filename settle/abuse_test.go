package settle

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"

	"rhd.dev/kafka"
	"rhd.dev/kafka/kafkatest"
	"rhd.dev/ledger"
	"rhd.dev/ledger/ledgertest"
)

// salesCluster is an in-process Kafka with the sales topics and a client.
func salesCluster(t *testing.T) (*kfake.Cluster, *kgo.Client) {
	t.Helper()
	c, kc := kafkatest.Start(t, 1, kafka.Config{})
	cl, err := kafka.NewClient(kc, "")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(cl.Close)
	return c, cl
}

// consumeUntil runs s.Consume until done reports true (or fails t after 20 s).
func consumeUntil(t *testing.T, s *Settler, c *kfake.Cluster, done func() bool) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan error)
	go func() { stopped <- s.Consume(ctx, c.ListenAddrs()) }()
	deadline := time.Now().Add(20 * time.Second)
	for !done() {
		if time.Now().After(deadline) {
			cancel()
			<-stopped
			t.Fatal("settlement did not get there within 20 s")
		}
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	if err := <-stopped; err != nil {
		t.Fatal(err)
	}
}

// records reads every record of topic from the start.
func records(t *testing.T, c *kfake.Cluster, topic string) []*kgo.Record {
	t.Helper()
	cl, err := kgo.NewClient(kgo.SeedBrokers(c.ListenAddrs()...), kgo.ConsumeTopics(topic), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	end, err := kadm.NewClient(cl).ListEndOffsets(context.Background(), topic)
	if err != nil {
		t.Fatal(err)
	}
	want := int64(0)
	end.Each(func(o kadm.ListedOffset) { want += o.Offset })
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var out []*kgo.Record
	for int64(len(out)) < want && ctx.Err() == nil {
		out = append(out, cl.PollFetches(ctx).Records()...)
	}
	return out
}

// committed is the settlement group's committed offset on the sales topic.
func committed(cl *kgo.Client) int64 {
	os, err := kadm.NewClient(cl).FetchOffsets(context.Background(), SalesGroup)
	if err != nil {
		return 0
	}
	o, ok := os.Lookup(kafka.SalesTopic, 0)
	if !ok {
		return 0
	}
	return o.At
}

func (e *env) sales() []ledger.Sale {
	sales, err := e.store.Sales(context.Background())
	if err != nil {
		e.t.Fatal(err)
	}
	return sales
}

// The report's attack: a sale written straight to rhd.sales.v1 with kcat
// (no key), with and without a key, a bare unknown id, and a real order's id
// with a forged price. None is paid; each is dead-lettered and counted. The
// real order's own announcement is paid once, at the order's price.
func TestAbuseForgedSaleIsDeadLetteredAndNotPaid(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	ledgertest.NewMarket(t, e.store, "20-29.any.any", e.people...).Publish(5000, 20) // 20-29.any.any@v1
	c, cl := salesCluster(t)
	real := e.order(9000)
	forged := `{"sale_id":"sale_forged_1","snapshot_id":"20-29.any.any@v1","price_cents":100000000,"fee_bps":0}`
	for _, r := range []*kgo.Record{
		{Topic: kafka.SalesTopic, Value: []byte(forged)},
		{Topic: kafka.SalesTopic, Key: []byte("sale_forged_1"), Value: []byte(forged)},
		{Topic: kafka.SalesTopic, Key: []byte("sale_forged_2"), Value: []byte(`{"sale_id":"sale_forged_2"}`)},
		{Topic: kafka.SalesTopic, Key: []byte(real), Value: []byte(`{"sale_id":"` + real + `","price_cents":100000000,"fee_bps":0}`)},
	} {
		if err := cl.ProduceSync(ctx, r).FirstErr(); err != nil {
			t.Fatal(err)
		}
	}
	Publish(ctx, cl, real)
	s := e.settler()
	s.Metrics = NewMetrics(prometheus.NewRegistry())
	consumeUntil(t, s, c, func() bool { return committed(cl) == 5 })
	sales := e.sales()
	if sales[0].ID != real || sales[0].PriceCents != 9000 || sales[0].FeeBps != DefaultFeeBps || sales[0].Buyer != e.market.Buyer.ID {
		t.Fatalf("recorded %+v, want only %s at the order's terms", sales, real)
	}
	if lines, _ := e.store.SaleLines(ctx, "sale_forged_1"); len(lines) != 0 {
		t.Fatalf("the forged sale was paid: %+v", lines)
	}
	if d, cr, _ := e.store.JournalBalance(ctx, real); d != 9000 || cr != 9000 {
		t.Fatalf("journal of %s: %d/%d", real, d, cr)
	}
	if got := testutil.ToFloat64(s.Metrics.SalesRejected.WithLabelValues("malformed")); got != 3 {
		t.Errorf("malformed %v, want 3", got)
	}
	if got := testutil.ToFloat64(s.Metrics.SalesRejected.WithLabelValues("unknown")); got != 1 {
		t.Errorf("unknown %v, want 1", got)
	}
	if dl := records(t, c, kafka.SalesDLQTopic); len(dl) != 4 {
		t.Fatalf("%d dead letters, want 4", len(dl))
	}
}

// A contributor who revoked consent after the snapshot was published is not
// in the bundle sold before the next version, and its sale does not pay them.
func TestAbuseRevokedContributorIsNotPaid(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	gone := e.people[0]
	sn := e.market.Publish(10_000, 20)
	e.store.RecordConsent(ctx, gone.ID, ledger.ScopeResearch, false, ledger.TermsVersion)
	e.store.GrantCredit(ctx, e.market.Buyer.ID, 10_000, "test")
	o, _, err := e.store.PlaceOrder(ctx, e.market.Buyer.ID, "k", sn.ID, DefaultFeeBps)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.settler().Process(ctx, o.ID); err != nil {
		t.Fatal(err)
	}
	lines, _ := e.store.SaleLines(ctx, o.ID)
	var sum int64
	for _, l := range lines {
		if l.ContributorID == gone.ID {
			t.Fatalf("the revoked contributor was paid %d cents", l.Cents)
		}
		sum += l.Cents
	}
	if len(lines) != 24 || sum != 10_000-1500 {
		t.Fatalf("%d lines summing to %d, want 24 summing to %d", len(lines), sum, 10_000-1500)
	}
}

// The sales topic is gone while a researcher buys (and retries): the order
// is charged and its announcement waits in the ledger; once the topic is
// back it is announced, and settlement pays exactly one sale, once.
func TestAbuseSaleLostWhileSalesTopicIsDown(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	c, cl := salesCluster(t)
	adm := kadm.NewClient(cl)
	if _, err := adm.DeleteTopic(ctx, kafka.SalesTopic); err != nil {
		t.Fatal(err)
	}
	sn := e.market.Publish(7000, 20)
	e.store.GrantCredit(ctx, e.market.Buyer.ID, 10_000, "test")
	o, _, err := e.store.PlaceOrder(ctx, e.market.Buyer.ID, "double-click", sn.ID, DefaultFeeBps)
	if err != nil {
		t.Fatal(err)
	}
	s := e.settler()
	if n, err := s.AnnouncePending(ctx, cl); err == nil || n != 0 {
		t.Fatalf("announced %d with the topic gone (err %v)", n, err)
	}
	if again, created, err := e.store.PlaceOrder(ctx, e.market.Buyer.ID, "double-click", sn.ID, DefaultFeeBps); err != nil || created || again.ID != o.ID {
		t.Fatalf("retried purchase: %+v created=%v %v", again, created, err)
	}
	if ids, _ := e.store.UnannouncedSales(ctx, 10); len(ids) != 1 || ids[0] != o.ID {
		t.Fatalf("outbox while the topic is down: %v", ids)
	}
	if _, err := adm.CreateTopic(ctx, 1, 1, nil, kafka.SalesTopic); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(20 * time.Second); ; {
		n, err := s.AnnouncePending(ctx, cl)
		if err == nil && n == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("not announced after the topic came back: %d %v", n, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	if n, err := s.AnnouncePending(ctx, cl); err != nil || n != 0 {
		t.Fatalf("announced %d more: %v", n, err)
	}
	consumeUntil(t, s, c, func() bool { return len(e.sales()) == 1 })
	if r, _ := e.store.Researcher(ctx, e.market.Buyer.ID); r.CreditsCents != 3000 {
		t.Fatalf("credit %d, want 10000 - 7000 charged once", r.CreditsCents)
	}
	if d, cr, _ := e.store.JournalBalance(ctx, o.ID); d != 7000 || cr != 7000 {
		t.Fatalf("journal %d/%d", d, cr)
	}
}

// The announcer crashes after the broker acknowledged a sale and before the
// ledger recorded it: the restarted announcer publishes it again, and the
// sale is still paid once.
func TestAbuseCrashBetweenPublishAndMarkSentPaysOnce(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	c, cl := salesCluster(t)
	id := e.order(10_000)
	crashing := e.settler()
	crashing.AfterPublish = func() error { return errCrash }
	if _, err := crashing.AnnouncePending(ctx, cl); !errors.Is(err, errCrash) {
		t.Fatalf("announce: %v", err)
	}
	restarted := e.settler()
	if n, err := restarted.AnnouncePending(ctx, cl); err != nil || n != 1 {
		t.Fatalf("after the restart: announced %d, %v", n, err)
	}
	if rs := records(t, c, kafka.SalesTopic); len(rs) != 2 || string(rs[0].Key) != id || string(rs[1].Key) != id {
		t.Fatalf("sales topic holds %d records, want %s twice", len(rs), id)
	}
	consumeUntil(t, restarted, c, func() bool { return committed(cl) == 2 })
	if sales := e.sales(); len(sales) != 1 {
		t.Fatalf("%d sales", len(sales))
	}
	lines, _ := e.store.SaleLines(ctx, id)
	var sum int64
	for _, l := range lines {
		sum += l.Cents
	}
	if len(lines) != 25 || sum != 8500 {
		t.Fatalf("%d lines paying %d, want 25 paying 8500", len(lines), sum)
	}
	if dl := records(t, c, kafka.SalesDLQTopic); len(dl) != 0 {
		t.Fatalf("%d dead letters", len(dl))
	}
}
