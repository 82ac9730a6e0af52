package portal

import (
	"context"
	"fmt"
	"strings"
	"sync"
)

// DevPayouts is the development payouts provider: it records the transfers
// it is asked for, pays each id once, and moves no money. It rejects
// accounts whose number starts with "REJECT", so the failure path can be
// tried by hand.
type DevPayouts struct {
	mu   sync.Mutex
	sent map[string]Transfer
	ids  []string
}

// Transfer records t once per id and returns its reference.
func (p *DevPayouts) Transfer(_ context.Context, t Transfer) (string, error) {
	if strings.HasPrefix(t.Number, "REJECT") {
		return "", fmt.Errorf("%w: no such account", ErrTransferRejected)
	}
	if t.ID == "" || t.Cents <= 0 {
		return "", fmt.Errorf("%w: a transfer needs an id and a positive amount", ErrTransferRejected)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.sent == nil {
		p.sent = map[string]Transfer{}
	}
	if _, ok := p.sent[t.ID]; !ok {
		p.sent[t.ID] = t
		p.ids = append(p.ids, t.ID)
	}
	return "dev-" + t.ID, nil
}

// Transfers returns the recorded transfers in the order first asked.
func (p *DevPayouts) Transfers() []Transfer {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := make([]Transfer, 0, len(p.ids))
	for _, id := range p.ids {
		out = append(out, p.sent[id])
	}
	return out
}
