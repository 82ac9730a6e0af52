package ingest

import (
	"context"
	"errors"
	"net"
	"os"
	"runtime"
	"testing"
	"time"
)

type noDevices struct{}

func (noDevices) Device(context.Context, string) (Device, error) { return Device{}, ErrUnknownDevice }

// connectHeader is a CONNECT's fixed header announcing remaining bytes.
func connectHeader(remaining int) []byte {
	hdr := []byte{0x10}
	for {
		d := byte(remaining % 128)
		remaining /= 128
		if remaining > 0 {
			d |= 0x80
		}
		hdr = append(hdr, d)
		if remaining == 0 {
			return hdr
		}
	}
}

// closedWithin reports whether the broker closed c within wait.
func closedWithin(c net.Conn, wait time.Duration) bool {
	c.SetReadDeadline(time.Now().Add(wait))
	var b [1]byte
	for {
		_, err := c.Read(b[:])
		if err == nil {
			continue
		}
		return !errors.Is(err, os.ErrDeadlineExceeded)
	}
}

// Before its CONNECT nobody knows who a client is, yet 200 connections
// announcing ~1 MiB CONNECTs and stalling held +204 MiB of heap and +400
// goroutines with no timeout. Now a first packet must be a CONNECT of at
// most MQTTMaxConnect bytes, it must arrive within the connect timeout, and
// an address holds at most MQTTPendingPerIP connections still sending one.
func TestAbuseMQTTPreConnectHold(t *testing.T) {
	const timeout = time.Second
	b, err := StartBroker(BrokerConfig{Addr: "127.0.0.1:0", BridgeUser: "rhd-bridge", BridgePassword: "0123456789abcdef0123",
		Devices: noDevices{}, ConnectTimeout: timeout})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	runtime.GC()
	var m0 runtime.MemStats
	runtime.ReadMemStats(&m0)
	g0 := runtime.NumGoroutine()

	// 200 CONNECTs announcing 1 MiB (under the broker's packet limit).
	var big []net.Conn
	for range 200 {
		c, err := net.Dial("tcp", b.Addr())
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		big = append(big, c)
		c.SetWriteDeadline(time.Now().Add(time.Second))
		c.Write(append(connectHeader(1<<20+1000), make([]byte, 4<<10)...))
	}
	time.Sleep(300 * time.Millisecond)
	var m1 runtime.MemStats
	runtime.ReadMemStats(&m1)
	if grew := (int64(m1.HeapInuse) - int64(m0.HeapInuse)) >> 20; grew > 32 {
		t.Errorf("200 oversized CONNECTs grew the heap by %d MiB", grew)
	}
	for i, c := range big {
		if !closedWithin(c, timeout/2) {
			t.Fatalf("oversized CONNECT %d: connection still open", i)
		}
	}

	// Connections announcing a small CONNECT and stalling.
	var slow []net.Conn
	for range MQTTPendingPerIP + 8 {
		c, err := net.Dial("tcp", b.Addr())
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		slow = append(slow, c)
		c.Write(append(connectHeader(100), make([]byte, 10)...))
	}
	time.Sleep(200 * time.Millisecond)
	if g := runtime.NumGoroutine() - g0; g > 2*MQTTPendingPerIP+20 {
		t.Errorf("%d stalled connections hold %d goroutines", len(slow), g)
	}
	refused := 0
	for _, c := range slow {
		if closedWithin(c, 10*time.Millisecond) {
			refused++
		}
	}
	if refused < 8 {
		t.Errorf("%d connections from one address still sending a CONNECT: only %d refused", len(slow), refused)
	}
	start := time.Now()
	for i, c := range slow {
		if !closedWithin(c, 2*timeout) {
			t.Fatalf("stalled connection %d still open %v after the connect timeout", i, time.Since(start))
		}
	}
	t.Logf("heap +%d MiB after 200 oversized CONNECTs; %d of %d stalled connections refused at once, the rest closed by the timeout",
		(int64(m1.HeapInuse)-int64(m0.HeapInuse))>>20, refused, len(slow))
}
