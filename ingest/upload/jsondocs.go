package upload

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
)

// MaxJSONDepth bounds how deep the JSON formats nest (a FHIR Bundle entry's
// Observation component value is about 6 deep).
const MaxJSONDepth = 32

// jsonDocs streams the documents of a JSON file to fn, one at a time, each
// at most MaxRecordBytes: the file may be one document, an array of them,
// newline-delimited documents (FHIR bulk data), or objects holding an
// array of them under key (a FHIR Bundle's "entry"), which is walked
// element by element however long it is. where names the document for
// messages ("document 3").
func jsonDocs(r io.Reader, key string, fn func(where string, doc json.RawMessage) error) error {
	lim := &budget{r: bufio.NewReader(r)}
	dec := json.NewDecoder(lim)
	dec.UseNumber()
	n := 0
	next := func() string { n++; return fmt.Sprintf("document %d", n) }
	failAt := func(where string, err error) error {
		if errors.Is(err, errTooLong) {
			return fail(where, fmt.Sprintf("a document longer than %d KiB: not a file of readings", MaxRecordBytes>>10))
		}
		return fail(where, "broken JSON: "+err.Error())
	}
	for top := 0; ; top++ {
		lim.reset()
		tok, err := dec.Token()
		if err == io.EOF {
			if top == 0 {
				return fail("document 1", "the file is empty")
			}
			return nil
		}
		if err != nil {
			return failAt(fmt.Sprintf("document %d", n+1), err)
		}
		switch tok {
		case json.Delim('['):
			for dec.More() {
				lim.reset()
				var doc json.RawMessage
				where := next()
				if err := dec.Decode(&doc); err != nil {
					return failAt(where, err)
				}
				if err := checkDepth(doc); err != nil {
					return fail(where, err.Error())
				}
				if err := fn(where, doc); err != nil {
					return err
				}
			}
			if _, err := dec.Token(); err != nil {
				return failAt("end of file", err)
			}
		case json.Delim('{'):
			if err := objectDocs(dec, lim, key, next, failAt, fn); err != nil {
				return err
			}
		default:
			return fail(fmt.Sprintf("document %d", n+1), "expected JSON objects or an array of them")
		}
	}
}

// objectDocs reads one top-level object after its '{'. Its members are
// kept (within MaxRecordBytes in all) and handed over as one document,
// except key's array, whose elements are documents of their own.
func objectDocs(dec *json.Decoder, lim *budget, key string, next func() string, failAt func(string, error) error, fn func(string, json.RawMessage) error) error {
	var buf bytes.Buffer
	buf.WriteByte('{')
	members, walked := 0, false
	where := next()
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return failAt(where, err)
		}
		name, _ := t.(string)
		if name == key && key != "" {
			if t, err := dec.Token(); err != nil || t != json.Delim('[') {
				return fail(where, fmt.Sprintf("%q is not an array", key))
			}
			walked = true
			for dec.More() {
				lim.reset()
				var doc json.RawMessage
				w := next()
				if err := dec.Decode(&doc); err != nil {
					return failAt(w, err)
				}
				if err := checkDepth(doc); err != nil {
					return fail(w, err.Error())
				}
				if err := fn(w, doc); err != nil {
					return err
				}
			}
			if _, err := dec.Token(); err != nil {
				return failAt(where, err)
			}
			lim.reset()
			continue
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return failAt(where, err)
		}
		if buf.Len()+len(name)+len(v) > MaxRecordBytes {
			return failAt(where, errTooLong)
		}
		if members++; members > 1 {
			buf.WriteByte(',')
		}
		nb, _ := json.Marshal(name)
		buf.Write(nb)
		buf.WriteByte(':')
		buf.Write(v)
	}
	if _, err := dec.Token(); err != nil {
		return failAt(where, err)
	}
	buf.WriteByte('}')
	if walked {
		return nil // a container (Bundle): its entries were the documents
	}
	if err := checkDepth(buf.Bytes()); err != nil {
		return fail(where, err.Error())
	}
	return fn(where, buf.Bytes())
}

// checkDepth refuses JSON nested deeper than MaxJSONDepth.
func checkDepth(doc []byte) error {
	depth, inString, escaped := 0, false, false
	for _, c := range doc {
		switch {
		case inString:
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
		case c == '"':
			inString = true
		case c == '{' || c == '[':
			if depth++; depth > MaxJSONDepth {
				return fmt.Errorf("JSON nested more than %d deep", MaxJSONDepth)
			}
		case c == '}' || c == ']':
			depth--
		}
	}
	return nil
}

// jsonTime parses an RFC 3339 time (FHIR and Open mHealth date-times).
func jsonTime(s string) (int64, bool) {
	ms, err := parseTime(s)
	if err != nil {
		return 0, false
	}
	return ms, true
}

// number reads a JSON number or a string holding one; a number beyond
// float64 reads as an infinity, which Plan leaves out as not a number.
func number(raw json.RawMessage) (float64, bool) {
	raw = bytes.TrimSpace(raw)
	if len(raw) > 0 && raw[0] == '"' {
		var s string
		if json.Unmarshal(raw, &s) != nil {
			return 0, false
		}
		v, err := value(s)
		return v, err == nil
	}
	var n json.Number
	if json.Unmarshal(raw, &n) != nil {
		return 0, false
	}
	v, err := strconv.ParseFloat(string(n), 64)
	return v, err == nil || errors.Is(err, strconv.ErrRange)
}
