package bundle

import (
	"archive/zip"
	"os"
	"path/filepath"
	"testing"
)

// TestUnzipKeepsEntriesInside: bundle subfolders (fhir/, omh/) extract;
// entries that would leave the target directory are refused.
func TestUnzipKeepsEntriesInside(t *testing.T) {
	write := func(names ...string) string {
		path := filepath.Join(t.TempDir(), "b.zip")
		f, _ := os.Create(path)
		z := zip.NewWriter(f)
		for _, n := range names {
			w, err := z.Create(n)
			if err != nil {
				t.Fatal(err)
			}
			w.Write([]byte(n))
		}
		z.Close()
		f.Close()
		return path
	}
	dir := t.TempDir()
	if err := Unzip(write("README.md", "fhir/Observation.ndjson"), dir); err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(filepath.Join(dir, "fhir", "Observation.ndjson")); err != nil || string(b) != "fhir/Observation.ndjson" {
		t.Fatalf("subfolder entry: %q %v", b, err)
	}
	for _, bad := range []string{"../escape", "/abs", "a/../../escape", `..\escape`, "dir/"} {
		out := filepath.Join(t.TempDir(), "out")
		if err := Unzip(write(bad), out); err == nil {
			t.Errorf("extracted %q", bad)
		}
		if _, err := os.Stat(filepath.Join(filepath.Dir(out), "escape")); err == nil {
			t.Errorf("%q escaped the target directory", bad)
		}
	}
}
