package fleet

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// rhd devices sim refuses an unknown uplink and an empty fleet folder with
// an error that says what to do, before anything is sent.
func TestSimulateRefusesBadInput(t *testing.T) {
	dir := t.TempDir()
	var log bytes.Buffer
	c := Config{Dir: dir, Gateway: "http://127.0.0.1:1"}
	if err := Simulate(context.Background(), c, "pigeon", "", &log); err == nil || !strings.Contains(err.Error(), "http or mqtt") {
		t.Fatalf("uplink pigeon: %v", err)
	}
	if err := Simulate(context.Background(), c, "http", "", &log); err == nil || !strings.Contains(err.Error(), "rhd devices pair") {
		t.Fatalf("empty fleet: %v", err)
	}
	if log.Len() != 0 {
		t.Fatalf("logged before refusing: %q", log.String())
	}
}
