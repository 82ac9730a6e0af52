package main

import (
	"slices"
	"testing"

	"rhd.dev/app"
)

func TestServeTargets(t *testing.T) {
	got, err := app.ParseServeTargets(" stream,cohorter,,stream ,settle")
	if err != nil || !slices.Equal(got, []string{"stream", "cohorter", "settle"}) {
		t.Fatalf("%q %v", got, err)
	}
	for _, bad := range []string{"", " , ", "stream,ingest", "STREAM"} {
		if got, err := app.ParseServeTargets(bad); err == nil {
			t.Errorf("--targets %q accepted: %q", bad, got)
		}
	}
}
