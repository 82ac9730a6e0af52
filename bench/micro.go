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

// historyMarkdown is the history benchmark's table (cohorter/BenchmarkHistory):
// per size, each operation's time and peak RSS, and how a cohorter run at
// the longest history compares with two weeks (the goal: within 2×).
func historyMarkdown(b *strings.Builder, ms []Micro) {
	type cell struct{ ms, mib float64 }
	rows := map[string]map[string]cell{} // "contributors=N/days=D" → op → cell
	var order []string
	for _, m := range ms {
		rest, ok := strings.CutPrefix(m.Name, "History/")
		if !ok {
			continue
		}
		i := strings.LastIndexByte(rest, '/')
		if i < 0 {
			continue
		}
		size, op := rest[:i], rest[i+1:]
		if rows[size] == nil {
			rows[size] = map[string]cell{}
			order = append(order, size)
		}
		var c cell
		for _, f := range m.Figures {
			switch f.Unit {
			case "ns/op":
				c.ms = f.Value / 1e6
			case "peak-RSS-MiB":
				c.mib = f.Value
			}
		}
		rows[size][op] = c
	}
	if len(order) == 0 {
		return
	}
	ops := []string{"features", "cohorter-run", "export"}
	b.WriteString("\nHistory (cohorter/BenchmarkHistory; time per operation, peak RSS of the process during it):\n\n| size | summary read | cohorter run | bundle export |\n|---|---|---|---|\n")
	for _, size := range order {
		fmt.Fprintf(b, "| %s |", strings.ReplaceAll(size, "/", ", "))
		for _, op := range ops {
			c := rows[size][op]
			fmt.Fprintf(b, " %.0f ms, %.0f MiB |", c.ms, c.mib)
		}
		b.WriteString("\n")
	}
	for _, n := range []string{"300", "3000"} {
		two, long := rows["contributors="+n+"/days=14"]["cohorter-run"], rows["contributors="+n+"/days=90"]["cohorter-run"]
		if two.ms > 0 && long.ms > 0 {
			fmt.Fprintf(b, "\nCohorter run, %s contributors, 90 days ÷ 2 weeks: time %.2f×, peak RSS %.2f× (goal: within 2×).\n", n, long.ms/two.ms, long.mib/two.mib)
		}
	}
}
