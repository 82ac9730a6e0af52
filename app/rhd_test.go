package app_test

import (
	"strings"
	"testing"

	"rhd.dev/app"
)

// rhd's module map resolves: every dependency exists, there is no cycle,
// and rhd dev starts the stores before the components, the gateway before
// the devices and the console last.
func TestModuleMapOrder(t *testing.T) {
	m := app.Modules(&app.Config{})
	for _, name := range m.Names() {
		if _, err := m.Order(name); err != nil {
			t.Errorf("module %s: %v", name, err)
		}
	}
	order, err := m.Order(app.DevTargets...)
	if err != nil {
		t.Fatal(err)
	}
	want := "kafka,ledger,warehouse,chain,seed,stream,ingest,mqtt,admin,cohorter,portal,settle,demo,console"
	if got := strings.Join(order, ","); got != want {
		t.Fatalf("rhd dev starts\n%s\nwant\n%s", got, want)
	}
	if order, _ := m.Order("ingest"); strings.Join(order, ",") != "kafka,ledger,ingest" {
		t.Fatalf("rhd ingest starts %v", order)
	}
	if order, _ := m.Order("settle", "ops"); strings.Join(order, ",") != "ledger,chain,kafka,settle,ops" {
		t.Fatalf("rhd settle starts %v", order)
	}
}
