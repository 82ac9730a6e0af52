package admin_test

import (
	"bytes"
	"testing"

	"rhd.dev/admin"
)

func TestDollarsAndTerminal(t *testing.T) {
	for cents, want := range map[int64]string{0: "$0.00", 5: "$0.05", 5210: "$52.10", 100: "$1.00"} {
		if got := admin.Dollars(cents); got != want {
			t.Errorf("Dollars(%d) = %s, want %s", cents, got, want)
		}
	}
	if admin.IsTerminal(&bytes.Buffer{}) {
		t.Error("a buffer is not a terminal: the live line would redraw into a log")
	}
}
