package chaos

import (
	"bytes"
	"strings"
	"testing"
)

// rhd chaos --kinds with a kind it does not know fails with the kinds it
// takes, before any process starts, and does not claim the checks passed.
func TestCommandRefusesUnknownKind(t *testing.T) {
	var out, log bytes.Buffer
	err := Command(Config{Bin: "/nonexistent/rhd", Geth: "/nonexistent/geth"}, "ingest,printer", &out, &log)
	if err == nil || strings.Contains(out.String(), "all checks passed") {
		t.Fatalf("err %v, out %q", err, out.String())
	}
	if !strings.Contains(log.String(), `unknown kind of process "printer"`) {
		t.Fatalf("log %q", log.String())
	}
}
