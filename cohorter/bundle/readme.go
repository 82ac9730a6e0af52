package bundle

import (
	"fmt"
	"strings"
)

// readme is the bundle's data dictionary.
func readme(m Manifest) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# Cohort bundle %s\n\n", m.Bundle)
	fmt.Fprintf(&b, "%s (cohort `%s`, snapshot `%s`): %d participants, k = %d.\n\n", m.Description, m.Cohort, m.Snapshot, m.Participants, m.K)
	b.WriteString(`## Files

| file | rows | what |
|---|---|---|
`)
	fmt.Fprintf(&b, "| `%s` | %d | one row per participant, metric and minute |\n", ReadingsFile, m.Rows[ReadingsFile])
	fmt.Fprintf(&b, "| `%s` | %d | one row per participant: coarse attributes |\n", ParticipantsFile, m.Rows[ParticipantsFile])
	fmt.Fprintf(&b, "| `%s` | | cohort, snapshot, k, Merkle root of the members, row counts, SHA-256 of every file |\n\n", ManifestFile)
	b.WriteString(`## readings_minute.parquet

| column | type | unit | meaning |
|---|---|---|---|
`)
	for _, f := range readingsSchema.Fields() {
		unit, _ := f.Metadata.GetValue("unit")
		desc, _ := f.Metadata.GetValue("description")
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s |\n", f.Name, f.Type, unit, desc)
	}
	b.WriteString(`
## participants.parquet

| column | type | unit | meaning |
|---|---|---|---|
`)
	for _, f := range participantsSchema.Fields() {
		unit, _ := f.Metadata.GetValue("unit")
		desc, _ := f.Metadata.GetValue("description")
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s |\n", f.Name, f.Type, unit, desc)
	}
	fmt.Fprintf(&b, `
## Time

%s

## Loading

pandas:

    import pandas as pd
    r = pd.read_parquet("readings_minute.parquet"); p = pd.read_parquet("participants.parquet")
    r.merge(p, on="participant").groupby(["age_band", "metric"])["mean"].describe()

Polars:

    import polars as pl
    r = pl.read_parquet("readings_minute.parquet"); p = pl.read_parquet("participants.parquet")
    r.join(p, on="participant").group_by("metric").agg(pl.col("mean").mean())

DuckDB:

    SELECT p.activity_level, r.metric, avg(r.mean) FROM 'readings_minute.parquet' r
    JOIN 'participants.parquet' p USING (participant)
    GROUP BY ALL ORDER BY ALL;

## License

%s
`, m.TimeNote, m.License)
	return b.String()
}
