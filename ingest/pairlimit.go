package ingest

import (
	"net"
	"net/http"
	"net/netip"
	"sync"
	"time"
)

// attemptLimiter bounds pairing attempts, so pairing codes cannot be
// guessed: each client address has a bucket of attempts (burst, one
// regained every per), and so do all addresses together. A successful
// pairing gives its attempt back. At most maxAddrs addresses are
// remembered: when that many are, full buckets (which hold no history) are
// dropped, and if none is full, unknown addresses wait.
type attemptLimiter struct {
	burst    float64
	per      time.Duration
	allBurst float64
	allPer   time.Duration
	maxAddrs int
	now      func() time.Time

	mu       sync.Mutex
	all      bucket
	addrs    map[netip.Prefix]*bucket
	lastScan time.Time
}

type bucket struct {
	left float64 // attempts left
	at   time.Time
}

// newPairLimiter allows an address 10 attempts, then one every 30 s, and
// everyone together 100, then 5 a second.
func newPairLimiter() *attemptLimiter {
	return &attemptLimiter{burst: 10, per: 30 * time.Second, allBurst: 100, allPer: 200 * time.Millisecond, maxAddrs: 10_000, now: time.Now,
		addrs: map[netip.Prefix]*bucket{}}
}

// refill brings b up to date; it returns how long until one attempt is back.
func (b *bucket) refill(now time.Time, burst float64, per time.Duration) time.Duration {
	if b.at.IsZero() {
		b.left, b.at = burst, now
	}
	b.left = min(burst, b.left+float64(now.Sub(b.at))/float64(per))
	b.at = now
	if b.left >= 1 {
		return 0
	}
	return time.Duration((1 - b.left) * float64(per))
}

// take spends one attempt of addr's and everyone's, or says how long to wait.
func (l *attemptLimiter) take(addr netip.Prefix) (bool, time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	b := l.addrs[addr]
	if b == nil {
		if len(l.addrs) >= l.maxAddrs && !l.forgetFull(now) {
			return false, l.per
		}
		b = &bucket{}
		l.addrs[addr] = b
	}
	wait := max(b.refill(now, l.burst, l.per), l.all.refill(now, l.allBurst, l.allPer))
	if wait > 0 {
		return false, wait
	}
	b.left--
	l.all.left--
	return true, 0
}

// giveBack returns an attempt that paired a device.
func (l *attemptLimiter) giveBack(addr netip.Prefix) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if b := l.addrs[addr]; b != nil {
		b.left = min(l.burst, b.left+1)
	}
	l.all.left = min(l.allBurst, l.all.left+1)
}

// forgetFull drops the addresses whose buckets have refilled, at most once a
// second (it walks them all); it reports whether there is room now.
func (l *attemptLimiter) forgetFull(now time.Time) bool {
	if now.Sub(l.lastScan) >= time.Second {
		l.lastScan = now
		for a, b := range l.addrs {
			if b.refill(now, l.burst, l.per); b.left >= l.burst {
				delete(l.addrs, a)
			}
		}
	}
	return len(l.addrs) < l.maxAddrs
}

// clientPrefix is who a request comes from: its IPv4 address, or the /64 of
// its IPv6 address (one host commonly holds a whole /64). Behind a proxy every
// client shares the proxy's address.
func clientPrefix(r *http.Request) netip.Prefix {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return netip.Prefix{}
	}
	ip = ip.Unmap()
	if ip.Is4() {
		return netip.PrefixFrom(ip, 32)
	}
	p, _ := ip.Prefix(64)
	return p
}
