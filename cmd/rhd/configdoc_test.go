package main

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

var envName = regexp.MustCompile(`RHD_[A-Z0-9_]*[A-Z0-9]`)

// docs/configuration.md lists every RHD_* setting the binary reads, and
// none it no longer reads.
func TestConfigurationDocIsCurrent(t *testing.T) {
	doc, err := os.ReadFile("../../docs/configuration.md")
	if err != nil {
		t.Fatal(err)
	}
	documented := envName.FindAllString(string(doc), -1)
	var read []string
	for _, dir := range []string{".", "../../portal", "../../settle"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range regexp.MustCompile(`"(RHD_[A-Z0-9_]+)"`).FindAllStringSubmatch(string(b), -1) {
				read = append(read, m[1])
			}
		}
	}
	for _, name := range read {
		if !slices.Contains(documented, name) {
			t.Errorf("%s is read by the binary but not in docs/configuration.md", name)
		}
	}
	testOnly := []string{"RHD_TEST_POSTGRES", "RHD_GETH"}
	for _, name := range documented {
		if !slices.Contains(read, name) && !slices.Contains(testOnly, name) {
			t.Errorf("docs/configuration.md lists %s, which nothing reads", name)
		}
	}
}
