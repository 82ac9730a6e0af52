package kafka

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kerr"

	"rhd.dev/firmware/frame"
)

// ProducerBatchBytes bounds one produce batch before compression: room for
// two of the largest device batches, so any single batch fits.
const ProducerBatchBytes = 2 * frame.MaxBatchSize

// Topic is how rhd creates one of its topics.
type Topic struct {
	Name       string
	Partitions int  // 0: the configured default
	Buffer     bool // device batches: large messages, bounded retention
}

// Topics are the platform's topics. The frames topics buffer device batches
// the warehouse stores within seconds; the sales topics are few records,
// each of them money, and keep the broker's retention.
var Topics = []Topic{
	{Name: FramesTopic, Buffer: true},
	{Name: FramesDLQTopic, Partitions: 1, Buffer: true},
	{Name: SalesTopic, Partitions: 1},
	{Name: SalesDLQTopic, Partitions: 1},
}

// BufferConfigs are the settings the frames topics need. A broker's default
// message limit (about 1 MB) would refuse a produce batch holding one
// maximal device batch when its readings do not compress, and every device
// whose batch shared a refused produce would be answered 503 again and
// again.
func BufferConfigs() map[string]*string {
	limit := strconv.Itoa(2 * ProducerBatchBytes) // lz4 can grow incompressible data slightly
	return map[string]*string{"max.message.bytes": &limit}
}

// EnsureTopics creates the platform's topics if they do not exist yet, and
// raises the message limit of frames topics made by an older rhd or by hand.
func EnsureTopics(ctx context.Context, cfg Config, partitions int) error {
	cl, err := NewClient(cfg, "")
	if err != nil {
		return err
	}
	defer cl.Close()
	adm := kadm.NewClient(cl)
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	for _, t := range Topics {
		parts := t.Partitions
		if parts == 0 {
			parts = partitions
		}
		var configs map[string]*string
		if t.Buffer {
			configs = BufferConfigs()
		}
		res, err := adm.CreateTopic(ctx, int32(parts), -1, configs, t.Name)
		if err == nil {
			err = res.Err
		}
		switch {
		case errors.Is(err, kerr.TopicAlreadyExists) && configs != nil:
			if err := raiseTopicLimits(ctx, adm, t.Name, configs); err != nil {
				return err
			}
		case err != nil && !errors.Is(err, kerr.TopicAlreadyExists):
			return fmt.Errorf("kafka: creating topic %s: %w", t.Name, err)
		}
	}
	return nil
}

// raiseTopicLimits sets each numeric limit in configs on an existing topic
// where its current value is lower; a limit an operator set higher stays.
func raiseTopicLimits(ctx context.Context, adm *kadm.Client, topic string, configs map[string]*string) error {
	described, err := adm.DescribeTopicConfigs(ctx, topic)
	if err != nil {
		return fmt.Errorf("kafka: topic %s: reading its configuration: %w", topic, err)
	}
	rc, err := described.On(topic, nil)
	if err == nil {
		err = rc.Err
	}
	if err != nil {
		return fmt.Errorf("kafka: topic %s: reading its configuration: %w", topic, err)
	}
	current := map[string]string{}
	for _, c := range rc.Configs {
		current[c.Key] = c.MaybeValue()
	}
	var alter []kadm.AlterConfig
	for k, v := range configs {
		have, errHave := strconv.ParseInt(current[k], 10, 64)
		want, _ := strconv.ParseInt(*v, 10, 64)
		if errHave != nil || have < want {
			alter = append(alter, kadm.AlterConfig{Op: kadm.SetConfig, Name: k, Value: v})
		}
	}
	if len(alter) == 0 {
		return nil
	}
	res, err := adm.AlterTopicConfigs(ctx, alter, topic)
	if err == nil {
		var r kadm.AlterConfigsResponse
		if r, err = res.On(topic, nil); err == nil {
			err = r.Err
		}
	}
	if err != nil {
		return fmt.Errorf("kafka: topic %s: setting %v: %w", topic, alter, err)
	}
	return nil
}

// BoundBuffers gives the frames topics a retention. Without one the
// embedded cluster deletes nothing and keeps an index entry in memory for
// every record batch it holds (~80 bytes): memory and disk grow for as long
// as rhd runs. The warehouse is the store of record; these topics are a
// buffer the stream drains within seconds.
func BoundBuffers(ctx context.Context, cfg Config, retention time.Duration, retentionBytes int64) error {
	if retention <= 0 || retentionBytes <= 0 {
		return fmt.Errorf("kafka: retention (%s) and retention bytes (%d) must be positive", retention, retentionBytes)
	}
	cl, err := NewClient(cfg, "")
	if err != nil {
		return err
	}
	defer cl.Close()
	ms := strconv.FormatInt(retention.Milliseconds(), 10)
	bytes := strconv.FormatInt(retentionBytes, 10)
	set := []kadm.AlterConfig{{Op: kadm.SetConfig, Name: "retention.ms", Value: &ms}, {Op: kadm.SetConfig, Name: "retention.bytes", Value: &bytes}}
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	var buffers []string
	for _, t := range Topics {
		if t.Buffer {
			buffers = append(buffers, t.Name)
		}
	}
	res, err := kadm.NewClient(cl).AlterTopicConfigs(ctx, set, buffers...)
	if err != nil {
		return fmt.Errorf("kafka: retention: %w", err)
	}
	for _, r := range res {
		if r.Err != nil {
			return fmt.Errorf("kafka: retention of %s: %w", r.Name, r.Err)
		}
	}
	return nil
}

// Lag returns a consumer group's total lag on one topic.
func Lag(ctx context.Context, adm *kadm.Client, group, topic string) (int64, error) {
	lags, err := adm.Lag(ctx, group)
	if err != nil {
		return 0, err
	}
	var total int64
	var firstErr error
	lags.Each(func(l kadm.DescribedGroupLag) {
		if err := errors.Join(l.DescribeErr, l.FetchErr); err != nil && firstErr == nil {
			firstErr = err
		}
		for _, p := range l.Lag[topic] {
			total += max(p.Lag, 0)
		}
	})
	return total, firstErr
}
