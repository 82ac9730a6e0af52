package pseudo

import (
	"context"
	"strings"
	"testing"
)

func TestPseudonymsAreKeyedAndStable(t *testing.T) {
	p1, p2 := []byte("pepper-one-0123456789"), []byte("pepper-two-0123456789")
	a := PID(p1, "alice")
	if a != PID(p1, "alice") || len(a) != 64 {
		t.Fatalf("PID not stable or not 64 hex digits: %s", a)
	}
	if a == PID(p2, "alice") || a == PID(p1, "bob") {
		t.Fatal("PID does not depend on both pepper and id")
	}
	if strings.Contains(a, "alice") {
		t.Fatal("PID contains the id")
	}
	if Source(p1, "dev") == Source(p2, "dev") || Source(p1, "dev") == Source(p1, "dev2") {
		t.Fatal("Source does not depend on both pepper and id")
	}
}

func TestDirectoryCachesLookups(t *testing.T) {
	calls := 0
	d, err := NewDirectory([]byte("0123456789abcdef"), func(ctx context.Context, id string) (string, string, error) {
		calls++
		if id == "missing" {
			return "", "", ErrUnknownDevice
		}
		return "owner-" + id, "ring", nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for range 3 {
		dev, err := d.Device(context.Background(), "d1")
		if err != nil || dev.Type != "ring" || dev.PID != PID([]byte("0123456789abcdef"), "owner-d1") {
			t.Fatalf("%+v %v", dev, err)
		}
	}
	if calls != 1 {
		t.Fatalf("%d lookups for one device, want 1", calls)
	}
	if _, err := d.Device(context.Background(), "missing"); err != ErrUnknownDevice {
		t.Fatalf("missing device: %v", err)
	}
	if _, err := NewDirectory([]byte("short"), nil); err == nil {
		t.Fatal("short pepper accepted")
	}
}
