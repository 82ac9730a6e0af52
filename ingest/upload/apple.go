package upload

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"rhd.dev/firmware/frame"
)

// Apple Health's export.xml is one HealthData element of Record elements
// (and Workouts, Correlations, ActivitySummaries the platform does not
// read), a few hundred bytes each, often gigabytes in all. It is scanned
// tag by tag here rather than with encoding/xml, which reads it at a tenth
// of the speed: the scanner holds one tag (at most MaxRecordBytes), counts
// nesting (at most MaxXMLDepth) and checks what a well-formed export needs
// — one HealthData root, tags closed, quotes matched — and no more; DTD
// declarations, comments and processing instructions are skipped.

// appleFields maps HealthKit record types to their row of Mappings.
var appleFields = func() map[string]Mapping {
	out := map[string]Mapping{}
	for _, m := range Mappings {
		if m.Source == SourceApple {
			out[m.Field] = m
		}
	}
	return out
}()

const appleSleep = "HKCategoryTypeIdentifierSleepAnalysis"

// appleScanner reads an export.xml tag by tag.
type appleScanner struct {
	br    *bufio.Reader
	line  int // lines before the current tag, for messages
	depth int
	root  bool // HealthData opened
	attrs [5][]byte
}

func (s *appleScanner) where() string { return fmt.Sprintf("line %d", s.line+1) }

func parseAppleHealth(r io.Reader, emit func(Reading) error) error {
	s := &appleScanner{br: bufio.NewReaderSize(r, MaxRecordBytes)}
	e := emitter(emit)
	for {
		// Text between tags (whitespace in an export).
		text, err := s.br.ReadSlice('<')
		s.line += bytes.Count(text, nl)
		switch {
		case errors.Is(err, bufio.ErrBufferFull):
			return fail(s.where(), errTooLong.Error())
		case err == io.EOF:
			switch {
			case !s.root:
				return fail("end of file", "no HealthData element: not an Apple Health export")
			case s.depth > 0:
				return fail(s.where(), "the file ends inside an element: it was cut short")
			}
			return nil
		case err != nil:
			return err
		}
		if err := s.tag(e); err != nil {
			return err
		}
	}
}

var (
	nl         = []byte{'\n'}
	dquote     = []byte{'"'}
	endComment = []byte("-->")
	endPI      = []byte("?>")
	endCDATA   = []byte("]]>")
)

// tag reads one tag after its '<'.
func (s *appleScanner) tag(e emitter) error {
	first, err := s.br.Peek(1)
	if err != nil {
		return fail(s.where(), "the file ends inside a tag: it was cut short")
	}
	switch first[0] {
	case '?':
		return s.skipTo(endPI)
	case '!':
		head, _ := s.br.Peek(8)
		switch {
		case bytes.HasPrefix(head, []byte("!--")):
			return s.skipTo(endComment)
		case bytes.HasPrefix(head, []byte("![CDATA[")):
			return s.skipTo(endCDATA)
		case bytes.HasPrefix(head, []byte("!DOCTYPE")):
			return s.skipDoctype()
		}
		return fail(s.where(), "broken XML: unknown declaration")
	}
	raw, err := s.readTag()
	if err != nil {
		return err
	}
	if raw[0] == '/' {
		if s.depth--; s.depth < 0 {
			return fail(s.where(), "broken XML: a closing tag without its opening tag")
		}
		return nil
	}
	if len(raw) < 2 {
		return fail(s.where(), "broken XML: an empty tag")
	}
	selfClosing := raw[len(raw)-2] == '/'
	name := raw[:len(raw)-1]
	for i, c := range name {
		if c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '/' {
			name = name[:i]
			break
		}
	}
	if len(name) == 0 {
		return fail(s.where(), "broken XML: a tag without a name")
	}
	if !s.root {
		if string(name) != "HealthData" {
			return fail(s.where(), fmt.Sprintf("the root element is %s, not HealthData: not an Apple Health export", Quote(string(name))))
		}
		s.root = true
	} else if s.depth == 0 {
		return fail(s.where(), "broken XML: content after the HealthData element")
	}
	// Records inside a Correlation repeat top-level ones (Apple's DTD
	// says so): only HealthData's own children count.
	if s.depth == 1 && string(name) == "Record" {
		if err := s.record(raw[len(name):], e); err != nil {
			return err
		}
	}
	if !selfClosing {
		if s.depth++; s.depth > MaxXMLDepth {
			return fail(s.where(), fmt.Sprintf("elements nested more than %d deep", MaxXMLDepth))
		}
	}
	return nil
}

// readTag returns a tag's bytes up to and including its '>', which may not
// lie inside a quoted attribute value. The bytes alias the reader's buffer
// until its next read.
func (s *appleScanner) readTag() ([]byte, error) {
	raw, err := s.br.ReadSlice('>')
	if err == nil && quotesOpen(raw) {
		// A '>' inside an attribute value (rare): read on into a copy.
		buf := append([]byte(nil), raw...)
		for err == nil && quotesOpen(buf) {
			var more []byte
			more, err = s.br.ReadSlice('>')
			if buf = append(buf, more...); len(buf) > MaxRecordBytes {
				return nil, fail(s.where(), errTooLong.Error())
			}
		}
		raw = buf
	}
	switch {
	case errors.Is(err, bufio.ErrBufferFull):
		return nil, fail(s.where(), errTooLong.Error())
	case err != nil:
		return nil, fail(s.where(), "the file ends inside a tag: it was cut short")
	}
	s.line += bytes.Count(raw, nl)
	if bytes.IndexByte(raw, '<') >= 0 {
		return nil, fail(s.where(), "broken XML: '<' inside a tag")
	}
	return raw, nil
}

// quotesOpen reports whether raw ends inside a quoted attribute value.
func quotesOpen(raw []byte) bool {
	if bytes.IndexByte(raw, '\'') < 0 { // the usual case: count, vectorized
		return bytes.Count(raw, dquote)%2 == 1
	}
	var q byte
	for _, c := range raw {
		switch {
		case q == 0 && (c == '"' || c == '\''):
			q = c
		case c == q:
			q = 0
		}
	}
	return q != 0
}

// skipTo skips past the next end, within MaxRecordBytes.
func (s *appleScanner) skipTo(end []byte) error {
	read := 0
	for {
		chunk, err := s.br.ReadSlice(end[len(end)-1])
		read += len(chunk)
		s.line += bytes.Count(chunk, nl)
		switch {
		case read > MaxRecordBytes || errors.Is(err, bufio.ErrBufferFull):
			return fail(s.where(), errTooLong.Error())
		case err != nil:
			return fail(s.where(), "the file ends inside a comment or declaration: it was cut short")
		}
		// Chunks end at end's last byte, so end lies within one chunk.
		if bytes.HasSuffix(chunk, end) {
			return nil
		}
	}
}

// skipDoctype skips <!DOCTYPE …>, with its internal subset in brackets.
func (s *appleScanner) skipDoctype() error {
	read, brackets := 0, 0
	var q byte
	for {
		c, err := s.br.ReadByte()
		if err != nil {
			return fail(s.where(), "the file ends inside its DOCTYPE: it was cut short")
		}
		if read++; read > MaxRecordBytes {
			return fail(s.where(), errTooLong.Error())
		}
		switch {
		case c == '\n':
			s.line++
		case q != 0:
			if c == q {
				q = 0
			}
		case c == '"' || c == '\'':
			q = c
		case c == '[':
			brackets++
		case c == ']':
			brackets--
		case c == '>' && brackets <= 0:
			return nil
		}
	}
}

const (
	aType = iota
	aUnit
	aValue
	aStart
	aEnd
)

var appleKeys = [...]string{aType: "type", aUnit: "unit", aValue: "value", aStart: "startDate", aEnd: "endDate"}

// quickAttrs reads a tag's attributes written as exports write them,
// name="value", in one pass from quote to quote, stopping after the type
// when the platform does not collect it. It reports false for anything
// else (single quotes, a stray character), which walkAttrs then reads.
func (s *appleScanner) quickAttrs(tag []byte) (collected, ok bool) {
	collected = true
	for {
		q := bytes.IndexByte(tag, '"')
		if q < 0 {
			return collected, bytes.IndexByte(tag, '\'') < 0
		}
		k := q - 1
		for k >= 0 && isSpace(tag[k]) {
			k--
		}
		if k < 0 || tag[k] != '=' {
			return collected, false
		}
		k--
		for k >= 0 && isSpace(tag[k]) {
			k--
		}
		end := k + 1
		for k >= 0 && !isSpace(tag[k]) {
			k--
		}
		key := tag[k+1 : end]
		rest := tag[q+1:]
		e := bytes.IndexByte(rest, '"')
		if e < 0 {
			return collected, false
		}
		for i, name := range appleKeys {
			if string(key) == name {
				s.attrs[i] = rest[:e]
				if i == aType {
					if _, c := appleFields[string(rest[:e])]; !c {
						return false, true
					}
				}
			}
		}
		tag = rest[e+1:]
	}
}

// record reads a Record's attributes and emits what it holds.
func (s *appleScanner) record(attrs []byte, e emitter) error {
	for i := range s.attrs {
		s.attrs[i] = nil
	}
	collected, ok := s.quickAttrs(attrs)
	if !ok {
		for i := range s.attrs {
			s.attrs[i] = nil
		}
		if err := s.walkAttrs(attrs); err != nil {
			return err
		}
	} else if !collected {
		return e.skip(NotCollected)
	}
	mp, ok := appleFields[string(s.attrs[aType])]
	if !ok {
		return e.skip(NotCollected)
	}
	start, ok := appleTime(s.attrs[aStart])
	if !ok {
		return fail(s.where(), fmt.Sprintf("startDate %s is not a date", Quote(string(s.attrs[aStart]))))
	}
	end := start
	if len(s.attrs[aEnd]) > 0 {
		if end, ok = appleTime(s.attrs[aEnd]); !ok {
			return fail(s.where(), fmt.Sprintf("endDate %s is not a date", Quote(string(s.attrs[aEnd]))))
		}
	}
	val := unescapeXML(s.attrs[aValue])
	if mp.Field == appleSleep {
		switch {
		case strings.HasPrefix(val, "HKCategoryValueSleepAnalysisAsleep"):
			return e.interval(frame.Sleep, Span, 1, start, end, "")
		case val == "HKCategoryValueSleepAnalysisAwake":
			return e.interval(frame.Sleep, Span, 0, start, end, "")
		}
		return e.skip(NotCollected) // in bed: says nothing about sleep
	}
	v, err := value(val)
	if err != nil {
		return fail(s.where(), err.Error())
	}
	unit := unescapeXML(s.attrs[aUnit])
	if mp.Metric == frame.SpO2 && unit == "%" {
		unit = "fraction" // HealthKit's percent is a fraction
	}
	if mp.Kind == Sample {
		end = start // a sample's end date repeats its start
	}
	return e.value(mp, unit, v, start, end, "")
}

// walkAttrs reads a tag's attributes one by one into s.attrs.
func (s *appleScanner) walkAttrs(attrs []byte) error {
	for {
		attrs = skipSpace(attrs)
		if len(attrs) == 0 || attrs[0] == '/' || attrs[0] == '>' {
			return nil
		}
		eq := bytes.IndexByte(attrs, '=')
		if eq < 0 || eq+1 >= len(attrs) {
			return fail(s.where(), "broken XML: an attribute without a value")
		}
		key := attrs[:eq]
		for len(key) > 0 && isSpace(key[len(key)-1]) {
			key = key[:len(key)-1]
		}
		rest := skipSpace(attrs[eq+1:])
		if len(rest) == 0 || rest[0] != '"' && rest[0] != '\'' {
			return fail(s.where(), "broken XML: an attribute value without quotes")
		}
		end := bytes.IndexByte(rest[1:], rest[0])
		if end < 0 {
			return fail(s.where(), "broken XML: an attribute value not closed")
		}
		val := rest[1 : 1+end]
		for k, name := range appleKeys {
			if string(key) == name {
				s.attrs[k] = val
			}
		}
		attrs = rest[2+end:]
	}
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

func skipSpace(b []byte) []byte {
	for len(b) > 0 && isSpace(b[0]) {
		b = b[1:]
	}
	return b
}

// unescapeXML resolves the five predefined entities and character
// references; values without '&' are returned as they are.
func unescapeXML(b []byte) string {
	if bytes.IndexByte(b, '&') < 0 {
		return string(b)
	}
	var out strings.Builder
	for len(b) > 0 {
		i := bytes.IndexByte(b, '&')
		if i < 0 {
			out.Write(b)
			break
		}
		out.Write(b[:i])
		b = b[i:]
		j := bytes.IndexByte(b, ';')
		if j < 0 {
			out.Write(b)
			break
		}
		ent := string(b[1:j])
		switch {
		case ent == "amp":
			out.WriteByte('&')
		case ent == "lt":
			out.WriteByte('<')
		case ent == "gt":
			out.WriteByte('>')
		case ent == "quot":
			out.WriteByte('"')
		case ent == "apos":
			out.WriteByte('\'')
		case strings.HasPrefix(ent, "#x"):
			if n, err := strconv.ParseUint(ent[2:], 16, 21); err == nil {
				out.WriteRune(rune(n))
			}
		case strings.HasPrefix(ent, "#"):
			if n, err := strconv.ParseUint(ent[1:], 10, 21); err == nil {
				out.WriteRune(rune(n))
			}
		default:
			out.Write(b[:j+1])
		}
		b = b[j+1:]
	}
	return out.String()
}

// appleTime parses HealthKit's "2006-01-02 15:04:05 -0700" into Unix ms
// without time.Parse, which costs more than the rest of a record.
func appleTime(b []byte) (int64, bool) {
	if len(b) != 25 || b[4] != '-' || b[7] != '-' || b[10] != ' ' || b[13] != ':' || b[16] != ':' || b[19] != ' ' || (b[20] != '+' && b[20] != '-') {
		return 0, false
	}
	num := func(s []byte) (int64, bool) {
		var n int64
		for _, c := range s {
			if c < '0' || c > '9' {
				return 0, false
			}
			n = n*10 + int64(c-'0')
		}
		return n, true
	}
	y, ok1 := num(b[0:4])
	mo, ok2 := num(b[5:7])
	d, ok3 := num(b[8:10])
	h, ok4 := num(b[11:13])
	mi, ok5 := num(b[14:16])
	sec, ok6 := num(b[17:19])
	oh, ok7 := num(b[21:23])
	om, ok8 := num(b[23:25])
	if !(ok1 && ok2 && ok3 && ok4 && ok5 && ok6 && ok7 && ok8) || mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || h > 23 || mi > 59 || sec > 60 || om > 59 {
		return 0, false
	}
	off := (oh*60 + om) * 60
	if b[20] == '-' {
		off = -off
	}
	return ((daysFromCivil(y, mo, d)*86400 + h*3600 + mi*60 + sec) - off) * 1000, true
}

func daysIn(y, m int64) int64 {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// daysFromCivil is the number of days from 1970-01-01 to y-m-d (proleptic
// Gregorian; Howard Hinnant's algorithm).
func daysFromCivil(y, m, d int64) int64 {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}
