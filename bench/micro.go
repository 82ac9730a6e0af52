package bench

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Micro is one Go micro-benchmark's result as `go test -bench` printed it:
// codec, warehouse insert, bundle export against DuckDB's COPY, gas per
// sale, record and claim. `make bench` runs them just before `rhd bench`,
// which folds them into the same report.
type Micro struct {
	Package string   `json:"package"`
	Name    string   `json:"name"` // without "Benchmark" and the -GOMAXPROCS suffix
	Figures []Figure `json:"figures"`
}

// Figure is one value and its unit, e.g. 27729 ns/op or 83856 gas/sale.
type Figure struct {
	Value float64 `json:"value"`
	Unit  string  `json:"unit"`
}

// ParseMicro reads `go test -bench` output: "pkg:" lines name the package
// of the benchmark lines that follow; every other line is ignored.
func ParseMicro(r io.Reader) ([]Micro, error) {
	var out []Micro
	pkg := ""
	sc := bufio.NewScanner(r)
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if p, ok := strings.CutPrefix(text, "pkg: "); ok {
			pkg = strings.TrimSpace(p)
			continue
		}
		if !strings.HasPrefix(text, "Benchmark") {
			continue
		}
		fields := strings.Fields(text)
		// name, iterations, then value-unit pairs
		if len(fields) < 4 || len(fields)%2 != 0 {
			return nil, fmt.Errorf("bench: line %d is not a benchmark result: %q", line, text)
		}
		name := strings.TrimPrefix(fields[0], "Benchmark")
		if i := strings.LastIndexByte(name, '-'); i > 0 {
			if _, err := strconv.Atoi(name[i+1:]); err == nil {
				name = name[:i]
			}
		}
		m := Micro{Package: pkg, Name: name}
		for i := 2; i < len(fields); i += 2 {
			v, err := strconv.ParseFloat(fields[i], 64)
			if err != nil {
				return nil, fmt.Errorf("bench: line %d: %q is not a number", line, fields[i])
			}
			m.Figures = append(m.Figures, Figure{Value: v, Unit: fields[i+1]})
		}
		out = append(out, m)
	}
	return out, sc.Err()
}

// microMarkdown is the micro-benchmarks' table.
func microMarkdown(b *strings.Builder, ms []Micro) {
	b.WriteString("\nMicro-benchmarks, same `make bench`:\n\n| package | benchmark | figures |\n|---|---|---|\n")
	for _, m := range ms {
		var figs []string
		for _, f := range m.Figures {
			figs = append(figs, strconv.FormatFloat(f.Value, 'f', -1, 64)+" "+f.Unit)
		}
		fmt.Fprintf(b, "| %s | %s | %s |\n", strings.TrimPrefix(m.Package, "rhd.dev/"), m.Name, strings.Join(figs, ", "))
	}
}
