package bundle

import (
	"fmt"
	"slices"
	"strings"
)

// The standard exports a bundle can carry beside its Parquet files.
const (
	FormatFHIR = "fhir" // FHIR R4 bulk NDJSON, one Observation per minute summary
	FormatOMH  = "omh"  // Open mHealth data points, NDJSON
)

// maxFormatsLen bounds the formats list a request may name.
const maxFormatsLen = 64

// ParseFormats reads a comma-separated list of export formats ("fhir,omh"),
// refusing unknown ones. The result is sorted and without duplicates, so the
// same request always names the same bundle variant.
func ParseFormats(list string) ([]string, error) {
	if len(list) > maxFormatsLen {
		return nil, fmt.Errorf("bundle: formats list too long")
	}
	out := []string{}
	for _, f := range strings.Split(list, ",") {
		f = strings.ToLower(strings.TrimSpace(f))
		switch f {
		case "", "parquet":
			continue
		case FormatFHIR, FormatOMH:
			if !slices.Contains(out, f) {
				out = append(out, f)
			}
		default:
			return nil, fmt.Errorf("bundle: unknown format %q (known: %s, %s)", f, FormatFHIR, FormatOMH)
		}
	}
	slices.Sort(out)
	return out, nil
}

// citation is the suggested citation of a bundle.
func citation(m Manifest, year int) string {
	return fmt.Sprintf("%s contributors (%d). %s: cohort %s, version %s [Data set, bundle %s]. %s. %s",
		Publisher, year, strings.TrimSuffix(m.Description, "."), m.Cohort, m.Version, m.Bundle, Publisher, m.Identifier)
}

// packageName makes a Frictionless package name (lowercase letters, digits,
// '-', '_', '.') from the identifier.
func packageName(m Manifest) string {
	var b strings.Builder
	for _, r := range strings.ToLower("rhd-" + m.Snapshot + "-" + m.Bundle) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '-', r == '_', r == '.':
			b.WriteRune(r)
		default:
			b.WriteByte('-')
		}
	}
	return b.String()
}

type dpField struct {
	Name        string `json:"name"`
	Type        string `json:"type"`
	Description string `json:"description"`
	Unit        string `json:"unit,omitempty"`
}

type dpResource struct {
	Name      string `json:"name"`
	Path      string `json:"path"`
	Profile   string `json:"profile"`
	Format    string `json:"format"`
	MediaType string `json:"mediatype"`
	Bytes     int64  `json:"bytes"`
	Hash      string `json:"hash"`
	Rows      *int64 `json:"rows,omitempty"`
	Schema    *struct {
		Fields     []dpField `json:"fields"`
		PrimaryKey []string  `json:"primaryKey,omitempty"`
	} `json:"schema,omitempty"`
}

// dataPackage is the bundle's Frictionless Data Package descriptor
// (datapackage.json): every file written before it, with its size, hash and,
// for the tables, their schema.
func dataPackage(m Manifest) map[string]any {
	var res []dpResource
	for _, name := range m.files {
		r := dpResource{Name: strings.NewReplacer("/", "-", ".parquet", "", ".ndjson", "", ".json", "").Replace(name), Path: name, Profile: "data-resource",
			Bytes: m.Bytes[name], Hash: "sha256:" + m.SHA256[name]}
		if rows, ok := m.Rows[name]; ok {
			r.Rows = &rows
		}
		var cols []Column
		switch name {
		case ReadingsFile:
			cols = readingsColumns
		case ParticipantsFile:
			cols = participantsColumns
		}
		switch {
		case cols != nil:
			r.Profile, r.Format, r.MediaType = "tabular-data-resource", "parquet", "application/vnd.apache.parquet"
			r.Schema = &struct {
				Fields     []dpField `json:"fields"`
				PrimaryKey []string  `json:"primaryKey,omitempty"`
			}{}
			for _, c := range cols {
				r.Schema.Fields = append(r.Schema.Fields, dpField{Name: c.Name, Type: c.Type, Description: c.Meaning, Unit: c.Unit})
			}
			if name == ReadingsFile {
				r.Schema.PrimaryKey = []string{"participant", "minute", "metric"}
			} else {
				r.Schema.PrimaryKey = []string{"participant"}
			}
		case name == FHIRFile:
			r.Format, r.MediaType = "ndjson", "application/fhir+ndjson"
		case name == OMHFile:
			r.Format, r.MediaType = "ndjson", "application/x-ndjson"
		default:
			r.Format, r.MediaType = "json", "application/json"
		}
		res = append(res, r)
	}
	return map[string]any{
		"profile":     "data-package",
		"name":        packageName(m),
		"id":          m.Identifier,
		"title":       fmt.Sprintf("%s (cohort %s, %s)", strings.TrimSuffix(m.Description, "."), m.Cohort, m.Version),
		"description": fmt.Sprintf("Per-minute wearable readings of %d pseudonymous participants, k-anonymous with k = %d. See README.md (datasheet) and dictionary.json.", m.Participants, m.K),
		"version":     m.Version,
		"created":     m.Issued,
		"licenses":    []map[string]string{{"name": "rhd-research-data-1.0", "title": m.License, "path": "README.md"}},
		"contributors": []map[string]string{
			{"title": Publisher, "role": "publisher"},
		},
		"keywords":   []string{"wearables", "heart rate", "physical activity", "per-minute", "k-anonymity"},
		"citation":   m.Citation,
		"terms":      m.Terms,
		"resources":  res,
		"rhd_bundle": m.Bundle,
		"rhd_merkle": m.MerkleRoot,
	}
}
