package settle

import (
	"context"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"
)

// announceBatch is how many outbox rows one pass reads at a time.
const announceBatch = 100

// publishTimeout bounds one announcement, so a broker that never answers
// delays the next pass instead of stopping the announcer.
const publishTimeout = 10 * time.Second

// Announce publishes the sales of paid orders from the ledger's outbox
// (filled by ledger.Store.PlaceOrder) every interval until ctx ends, so an
// order placed while the topic was unavailable is announced once it is back.
// Failures back off to at most a minute between tries.
func (s *Settler) Announce(ctx context.Context, cl *kgo.Client, every time.Duration) {
	wait := every
	for {
		if _, err := s.AnnouncePending(ctx, cl); err != nil && ctx.Err() == nil {
			wait = min(2*wait, time.Minute)
			s.log().Warn("settle: announcing sales failed; retrying", "err", err, "in", wait)
		} else {
			wait = every
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(wait):
		}
	}
}

// AnnouncePending publishes every unannounced sale, oldest first, marking
// each announced once the broker acknowledged it. A crash between the two
// publishes it again; settlement pays each sale id once.
func (s *Settler) AnnouncePending(ctx context.Context, cl *kgo.Client) (int, error) {
	n := 0
	for {
		ids, err := s.Store.UnannouncedSales(ctx, announceBatch)
		if err != nil {
			return n, err
		}
		for _, id := range ids {
			pctx, cancel := context.WithTimeout(ctx, publishTimeout)
			err := Publish(pctx, cl, id)
			cancel()
			if err != nil {
				return n, err
			}
			if s.AfterPublish != nil {
				if err := s.AfterPublish(); err != nil {
					return n, err
				}
			}
			if err := s.Store.MarkSaleAnnounced(ctx, id); err != nil {
				return n, err
			}
			n++
		}
		if len(ids) < announceBatch {
			return n, nil
		}
	}
}
