package bundle

import (
	"fmt"
	"slices"
	"strings"

	"rhd.dev/ledger"
)

// readme is the bundle's datasheet (after "Datasheets for Datasets", Gebru et
// al.), data dictionary, loading snippets, citation and terms, all from the
// bundle's own facts.
func readme(m Manifest, members []ledger.SnapshotMember) string {
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	p("# %s\n\n", strings.TrimSuffix(m.Description, "."))
	p("Dataset `%s`, version %s (cohort `%s`, snapshot `%s`), bundle `%s`, issued %s.\n", m.Identifier, m.Version, m.Cohort, m.Snapshot, m.Bundle, m.Issued)
	p("%d participants, k = %d. Layout version %s.\n\n", m.Participants, m.K, m.SchemaVersion)

	p("## Datasheet\n\n### Motivation\n\n")
	p("People who wear heart-rate and activity sensors chose to share their readings for research through %s and are paid a share of every sale. "+
		"This bundle was cut for one purchase from a published cohort (%s), so that researchers can study everyday physiology and activity at minute resolution "+
		"without ever holding a participant's identity.\n\n", Publisher, m.Description)

	p("### Composition\n\n")
	p("Each participant is one person; each row of `%s` is one participant, metric and minute for which their device stored data (minutes without data have no row). "+
		"The window is %d days long. There are %d participants and %d minute rows; `%s` has one row per participant with coarse attributes only.\n\n",
		ReadingsFile, m.WindowDays, m.Participants, m.Rows[ReadingsFile], ParticipantsFile)
	p("| metric | unit (UCUM) | minute rows |\n|---|---|---|\n")
	names := make([]string, 0, len(m.MetricRows))
	for name := range m.MetricRows {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		unit := ""
		if md, ok := metricByName(name); ok {
			unit = md.UCUM
		}
		p("| `%s` | `%s` | %d |\n", name, unit, m.MetricRows[name])
	}
	p("\nParticipants by attribute (every combination of attributes is shared by at least k participants):\n\n")
	for _, attr := range []struct {
		name string
		get  func(i int) string
	}{
		{"age_band", func(i int) string { return members[i].AgeBand }},
		{"activity_level", func(i int) string { return members[i].Activity }},
		{"device_type", func(i int) string { return members[i].DeviceType }},
	} {
		counts := map[string]int{}
		for i := range members {
			counts[attr.get(i)]++
		}
		vals := make([]string, 0, len(counts))
		for v := range counts {
			vals = append(vals, v)
		}
		slices.Sort(vals)
		parts := make([]string, len(vals))
		for i, v := range vals {
			parts[i] = fmt.Sprintf("%s %d", v, counts[v])
		}
		p("- `%s`: %s\n", attr.name, strings.Join(parts, ", "))
	}
	days := 0
	for _, mb := range members {
		days += mb.CoverageDays
	}
	p("\nTogether they cover %d participant-days with enough data. Nothing in the bundle is a name, contact, account, device identifier or exact date of birth.\n\n", days)

	p("### Collection process\n\n")
	p("Readings come from consumer wearables (wristbands, chest straps, rings) that send device-signed batches of samples to the platform, " +
		"or from files participants uploaded from their device makers' apps (CSV, JSON, Apple Health export, Garmin FIT). Every sample is checked against " +
		"the plausible range of its metric when it arrives; out-of-range samples are refused. Only participants who had consented to research use when the bundle was issued are included. " +
		"The snapshot holds exactly the data the warehouse had stored when it was made; data arriving later goes into later versions.\n\n")

	p("### Preprocessing and privacy protections\n\n")
	p("- Identities are replaced with keyed pseudonyms in the streaming pipeline, before storage; this bundle replaces those with pseudonyms of its snapshot's own (every purchase of this version is this same bundle). Bundles of other versions or cohorts use other pseudonyms, which does not make them unlinkable: what can be linked is measured and stated in the platform's privacy documentation.\n")
	p("- Samples are summarised per minute (count, mean, min, max, sum); raw samples are not included.\n")
	p("- Every participant's timestamps are shifted by a secret whole number of days (1 to %d, either direction), different per participant and per snapshot. Times of day and gaps within a day are real; calendar dates and weekdays are not.\n", MaxOffsetDays)
	p("- The bundle holds a fixed share of each participant's days, the same days in every bundle of every version, so that knowing a person's readings on one day finds them only some of the time.\n")
	p("- Age is a 10-year band (90+ top-coded); attributes are generalised to `any` until every combination holds at least k = %d participants.\n", m.K)
	p("- The members are committed to by a Merkle root (`%s`), which lets each participant verify their inclusion and payment without revealing anyone else.\n\n", m.MerkleRoot)

	p("### Uses\n\n")
	p("Suited to research on resting and daily heart-rate patterns, activity, sleep timing by time of day, device differences and data quality (`battery`). " +
		"Not suited to clinical decisions about anyone, to seasonal or calendar analysis (dates are shifted), or to any attempt to identify or contact a participant, which the terms forbid. " +
		"Participants are people who chose to share: they are not a random sample of any population, and consumer devices differ in accuracy.\n\n")

	p("### Distribution\n\n")
	p("Sold to one buyer under the licence and terms below; every purchase gets its own pseudonyms and time shifts. Files: Apache Parquet (zstd)")
	if len(m.Formats) > 0 {
		p(", plus %s on request", strings.Join(m.Formats, " and "))
	}
	p(". The buyer can download this exact bundle again at any time; it has the same checksums.\n\n")

	p("### Maintenance\n\n")
	p("%s publishes a new version of the cohort as data arrives and consents change; earlier versions stay downloadable by their buyers. "+
		"The platform may ask buyers to delete a participant's rows when that participant withdraws.\n\n", Publisher)

	p("## Files\n\n| file | rows | bytes | what |\n|---|---|---|---|\n")
	what := map[string]string{
		ReadingsFile: "one row per participant, metric and minute", ParticipantsFile: "one row per participant: coarse attributes",
		FHIRFile:       "FHIR R4 bulk data: one Observation per minute summary, subject by bundle pseudonym, no Patient resources",
		OMHFile:        "Open mHealth data points (one per minute summary, for metrics with an Open mHealth schema)",
		DictionaryFile: "data dictionary: every column and metric, with units, codes and derivations", DataPackageFile: "Frictionless Data Package descriptor",
	}
	for _, name := range m.files {
		rows := ""
		if n, ok := m.Rows[name]; ok {
			rows = fmt.Sprint(n)
		}
		p("| `%s` | %s | %d | %s |\n", name, rows, m.Bytes[name], what[name])
	}
	p("| `%s` | | | this datasheet |\n| `%s` | | | identity, row counts, SHA-256 and size of every file above |\n| `%s` | | | SHA-256 of every other file (BagIt style) |\n\n", ReadmeFile, ManifestFile, ChecksumFile)

	p("## Data dictionary\n\n")
	for _, f := range dictionary().Files {
		p("### %s\n\nOne row per %s.\n\n| column | type | unit | meaning | derivation |\n|---|---|---|---|---|\n", f.Name, strings.TrimPrefix(f.Rows, "one per "))
		for _, c := range f.Columns {
			p("| `%s` | %s | %s | %s | %s |\n", c.Name, c.Type, c.Unit, c.Meaning, c.Derivation)
		}
		p("\n")
	}
	p("### Metrics\n\nColumns with unit `metric` are in the row's metric's unit.\n\n| metric | unit (UCUM) | meaning | LOINC | Open mHealth | minute value |\n|---|---|---|---|---|---|\n")
	for _, md := range metrics {
		p("| `%s` | `%s` | %s | %s | %s | %s |\n", md.Name, md.UCUM, md.Meaning, orDash(md.LOINC), orDash(md.OMH), md.Summary)
	}

	p("\n## Loading\n\nDuckDB:\n\n    SELECT p.activity_level, r.metric, avg(r.mean) FROM 'readings_minute.parquet' r\n    JOIN 'participants.parquet' p USING (participant) GROUP BY ALL ORDER BY ALL;\n\n")
	p("pandas:\n\n    import pandas as pd\n    r = pd.read_parquet(\"readings_minute.parquet\"); p = pd.read_parquet(\"participants.parquet\")\n    r.merge(p, on=\"participant\").groupby([\"age_band\", \"metric\"])[\"mean\"].describe()\n\n")
	p("Polars:\n\n    import polars as pl\n    r = pl.read_parquet(\"readings_minute.parquet\"); p = pl.read_parquet(\"participants.parquet\")\n    r.join(p, on=\"participant\").group_by(\"metric\").agg(pl.col(\"mean\").mean())\n\n")
	p("R (arrow):\n\n    library(arrow); library(dplyr)\n    r <- read_parquet(\"readings_minute.parquet\"); p <- read_parquet(\"participants.parquet\")\n    r |> inner_join(p, by = \"participant\") |> group_by(metric) |> summarise(mean = mean(mean))\n\n")
	if slices.Contains(m.Formats, FormatFHIR) {
		p("FHIR (pandas):\n\n    import pandas as pd\n    obs = pd.read_json(\"%s\", lines=True)\n\n", FHIRFile)
	}
	if slices.Contains(m.Formats, FormatOMH) {
		p("Open mHealth (pandas):\n\n    import pandas as pd\n    points = pd.json_normalize(pd.read_json(\"%s\", lines=True).to_dict(\"records\"))\n\n", OMHFile)
	}
	p("## Verifying\n\n    sha256sum -c %s\n\n", ChecksumFile)
	p("## Citation\n\n%s\n\n", m.Citation)
	p("## Licence and terms\n\n%s\n\nData-use terms accepted with the purchase: %s\n", m.License, m.Terms)
	return b.String()
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
