package upload

import (
	"encoding/json"
	"io"
	"strings"
)

// FHIR R4 Observations: one resource, a Bundle (its entries are walked one
// by one however many), or bulk data NDJSON (one resource per line). Other
// resources (Patient, Device) are passed over; an Observation's values —
// valueQuantity and each component's — are mapped by their LOINC code.

type fhirQuantity struct {
	Value  json.RawMessage `json:"value"`
	Unit   string          `json:"unit"`
	System string          `json:"system"`
	Code   string          `json:"code"`
}

type fhirCode struct {
	Coding []struct {
		System string `json:"system"`
		Code   string `json:"code"`
	} `json:"coding"`
}

type fhirObservation struct {
	ResourceType string          `json:"resourceType"`
	Resource     json.RawMessage `json:"resource"` // a Bundle entry
	Status       string          `json:"status"`
	Code         fhirCode        `json:"code"`
	Value        *fhirQuantity   `json:"valueQuantity"`
	DateTime     string          `json:"effectiveDateTime"`
	Instant      string          `json:"effectiveInstant"`
	Period       *struct {
		Start string `json:"start"`
		End   string `json:"end"`
	} `json:"effectivePeriod"`
	Component []struct {
		Code  fhirCode      `json:"code"`
		Value *fhirQuantity `json:"valueQuantity"`
	} `json:"component"`
}

// fhirFields maps LOINC codes to their row of Mappings.
var fhirFields = func() map[string]Mapping {
	out := map[string]Mapping{}
	for _, m := range Mappings {
		if m.Source == SourceFHIR {
			code, _, _ := strings.Cut(strings.TrimPrefix(m.Field, "LOINC "), " ")
			out[code] = m
		}
	}
	return out
}()

func parseFHIR(r io.Reader, emit func(Reading) error) error {
	e := emitter(emit)
	return jsonDocs(r, "entry", func(where string, raw json.RawMessage) error {
		var o fhirObservation
		if err := json.Unmarshal(raw, &o); err != nil {
			return fail(where, "not a FHIR resource: "+err.Error())
		}
		if len(o.Resource) > 0 { // a Bundle entry
			var inner fhirObservation
			if err := json.Unmarshal(o.Resource, &inner); err != nil {
				return fail(where, "not a FHIR resource: "+err.Error())
			}
			o = inner
		}
		switch o.ResourceType {
		case "Observation":
			return fhirValues(e, &o)
		case "":
			return fail(where, "not a FHIR resource: no resourceType")
		}
		return nil // a Patient, a Device, …: no readings
	})
}

// fhirValues emits an Observation's valueQuantity and components.
func fhirValues(e emitter, o *fhirObservation) error {
	type value struct {
		code fhirCode
		q    *fhirQuantity
	}
	values := make([]value, 0, 1+len(o.Component))
	if o.Value != nil {
		values = append(values, value{o.Code, o.Value})
	}
	for _, c := range o.Component {
		if c.Value != nil {
			values = append(values, value{c.Code, c.Value})
		}
	}
	if len(values) == 0 {
		return e.skip(NotCollected) // a coded or text observation
	}
	for _, v := range values {
		if err := fhirValue(e, o, v.code, v.q); err != nil {
			return err
		}
	}
	return nil
}

func fhirValue(e emitter, o *fhirObservation, code fhirCode, q *fhirQuantity) error {
	var mp Mapping
	found := false
	for _, c := range code.Coding {
		if c.System == "http://loinc.org" {
			if mp, found = fhirFields[c.Code]; found {
				break
			}
		}
	}
	switch {
	case !found:
		return e.skip(NotCollected)
	case o.Status == "entered-in-error" || o.Status == "cancelled":
		return e.skip(Retracted)
	}
	start, end, why := fhirEffective(o)
	if why != Kept {
		return e.skip(why)
	}
	v, ok := number(q.Value)
	if !ok {
		return e.skip(NotANumber)
	}
	unit := q.Unit
	if q.Code != "" && (q.System == "http://unitsofmeasure.org" || q.System == "") {
		unit = q.Code
	}
	return e.value(mp, unit, v, start, end, "")
}

// fhirEffective reads effectiveDateTime, effectiveInstant or
// effectivePeriod. A date without a time (FHIR allows "2024-01-02") cannot
// be placed in a minute: a Summary.
func fhirEffective(o *fhirObservation) (start, end int64, why Reason) {
	at := func(s string) (int64, Reason) {
		if len(s) <= len("2006-01-02") {
			return 0, Summary
		}
		t, ok := jsonTime(s)
		if !ok {
			return 0, NoTime
		}
		return t, Kept
	}
	switch {
	case o.DateTime != "" || o.Instant != "":
		t, why := at(o.DateTime + o.Instant)
		return t, t, why
	case o.Period != nil && o.Period.Start != "":
		s, why := at(o.Period.Start)
		if why != Kept || o.Period.End == "" {
			return s, s, why
		}
		en, why := at(o.Period.End)
		return s, en, why
	}
	return 0, 0, NoTime
}
