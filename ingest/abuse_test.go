package ingest

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"strings"
	"testing"
	"time"

	"rhd.dev/firmware/frame"
)

// pairFrom posts a pairing request from the given local address.
func (f *fixture) pairFrom(local string, code, serial string, seed byte) *http.Response {
	f.t.Helper()
	dialer := &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(local)}}
	c := &http.Client{Transport: &http.Transport{DialContext: dialer.DialContext, DisableKeepAlives: true}}
	pub := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{seed}, 32)).Public().(ed25519.PublicKey)
	body, _ := json.Marshal(pairRequest{Code: code, Serial: serial, PublicKey: pub})
	resp, err := c.Post(f.srv.URL+"/v1/pair", "application/json", bytes.NewReader(body))
	if err != nil {
		f.t.Fatal(err)
	}
	resp.Body.Close()
	return resp
}

// TestAbusePairingCodeGuessing: the gateway let one client try 16,754 wrong
// pairing codes in 5 s. An address now gets 10 failed attempts, then one
// every 30 s; other addresses are not held back, and a code that pairs
// costs nothing.
func TestAbusePairingCodeGuessing(t *testing.T) {
	f := newFixture(t)
	code, err := f.store.CreatePairingCode(context.Background(), f.owner, "wristband")
	if err != nil {
		t.Fatal(err)
	}
	refused := 0
	for i := range 50 {
		resp := f.pairFrom("127.0.0.1", fmt.Sprintf("GUES-SXXX-%04d", i), fmt.Sprintf("SN-G%d", i), 9)
		switch resp.StatusCode {
		case http.StatusBadRequest:
		case http.StatusTooManyRequests:
			refused++
			if resp.Header.Get("Retry-After") == "" {
				t.Fatal("429 without Retry-After")
			}
		default:
			t.Fatalf("guess %d: %d", i, resp.StatusCode)
		}
	}
	if refused != 40 {
		t.Fatalf("%d of 50 wrong guesses refused, want 40 (10 allowed)", refused)
	}
	if resp := f.pairFrom("127.0.0.1", code, "SN-REAL", 7); resp.StatusCode != http.StatusTooManyRequests {
		t.Fatalf("the guessing address paired: %d", resp.StatusCode)
	}
	// Someone else, at another address, pairs with their code.
	if resp := f.pairFrom("127.0.0.2", code, "SN-REAL", 7); resp.StatusCode != http.StatusCreated {
		t.Fatalf("pairing from another address: %d", resp.StatusCode)
	}
	// Pairings that succeed do not use up an address's attempts.
	for i := range 15 {
		c, err := f.store.CreatePairingCode(context.Background(), f.owner, "ring")
		if err != nil {
			t.Fatal(err)
		}
		if resp := f.pairFrom("127.0.0.3", c, fmt.Sprintf("SN-OK%d", i), byte(20+i)); resp.StatusCode != http.StatusCreated {
			t.Fatalf("pairing %d from a fresh address: %d", i+1, resp.StatusCode)
		}
	}
}

// TestAbusePairingGuessesFromManyAddresses: guesses spread over many
// addresses are bounded in all, and the limiter's memory stays bounded.
func TestAbusePairingGuessesFromManyAddresses(t *testing.T) {
	now := time.Unix(1_800_000_000, 0)
	l := newPairLimiter()
	l.now = func() time.Time { return now }
	allowed := 0
	for i := range 200_000 {
		a := netip.AddrFrom4([4]byte{10, byte(i >> 16), byte(i >> 8), byte(i)})
		if ok, _ := l.take(netip.PrefixFrom(a, 32)); ok {
			allowed++
		}
		if i%1000 == 0 {
			now = now.Add(time.Second) // 1,000 addresses a second for 200 s
		}
	}
	if len(l.addrs) > l.maxAddrs {
		t.Fatalf("%d addresses remembered, at most %d", len(l.addrs), l.maxAddrs)
	}
	// 100 at once, then 5 a second over ~200 s.
	if allowed > 100+5*201 {
		t.Fatalf("%d guesses allowed from 200,000 addresses in 200 s", allowed)
	}
	t.Logf("200,000 addresses over 200 s: %d guesses allowed, %d addresses remembered", allowed, len(l.addrs))
	// When every remembered address is still spending its attempts, a new
	// address waits rather than growing the table.
	l = newPairLimiter()
	l.now, l.maxAddrs, l.allBurst = func() time.Time { return now }, 100, 1e9
	for i := range 100 {
		if ok, _ := l.take(netip.PrefixFrom(netip.AddrFrom4([4]byte{10, 1, 0, byte(i)}), 32)); !ok {
			t.Fatalf("address %d refused", i)
		}
	}
	if ok, _ := l.take(netip.PrefixFrom(netip.AddrFrom4([4]byte{10, 2, 0, 0}), 32)); ok || len(l.addrs) != 100 {
		t.Fatalf("a 101st address taken in (%d remembered)", len(l.addrs))
	}
	now = now.Add(5 * time.Minute) // every bucket refilled: their history can go
	if ok, _ := l.take(netip.PrefixFrom(netip.AddrFrom4([4]byte{10, 2, 0, 0}), 32)); !ok || len(l.addrs) != 1 {
		t.Fatalf("after the buckets refilled: %v, %d remembered", ok, len(l.addrs))
	}
	// IPv6: one /64 is one client.
	r := &http.Request{RemoteAddr: "[2001:db8:1:2:aaaa::1]:5555"}
	r2 := &http.Request{RemoteAddr: "[2001:db8:1:2:bbbb::9]:6666"}
	if clientPrefix(r) != clientPrefix(r2) || clientPrefix(r).Bits() != 64 {
		t.Fatalf("IPv6 prefixes %v %v", clientPrefix(r), clientPrefix(r2))
	}
	if p := clientPrefix(&http.Request{RemoteAddr: "[::ffff:192.0.2.7]:1"}); p.String() != "192.0.2.7/32" {
		t.Fatalf("IPv4-mapped address as %v", p)
	}
}

// A device-signed batch whose frame starts now but whose one channel of
// 65,535 heart-rate samples 65.535 s apart runs 49.7 days ahead: the
// gateway checked only frame starts and stored readings from the future.
func TestAbuseSamplesFarInFuture(t *testing.T) {
	f := newFixture(t)
	hr := make([]uint16, 0xffff)
	for i := range hr {
		hr[i] = 70
	}
	var e frame.Encoder
	e.Reset(f.dev, 1)
	e.AddFrame(time.Now().UnixMilli(), frame.Series{Metric: frame.HeartRate, IntervalMs: 0xffff, Raw: hr})
	body, err := e.Sign(f.key)
	if err != nil {
		t.Fatal(err)
	}
	code, apiErr, _ := f.post(body)
	if code != 422 || apiErr.Offset == nil || !strings.Contains(apiErr.Error, "after the accepted window") {
		t.Fatalf("batch reaching 49 days ahead: %d %q, want 422 naming the late sample", code, apiErr.Error)
	}
	if n := len(f.records()); n != 0 {
		t.Fatalf("%d records on the topic, want none", n)
	}
}
