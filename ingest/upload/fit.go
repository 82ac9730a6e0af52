package upload

import (
	"bufio"
	"fmt"
	"io"

	"github.com/muktihari/fit/decoder"
	"github.com/muktihari/fit/profile/basetype"
	"github.com/muktihari/fit/profile/mesgdef"
	"github.com/muktihari/fit/profile/typedef"
	"github.com/muktihari/fit/proto"

	"rhd.dev/firmware/frame"
)

// GarminFIT is a Garmin .fit activity or monitoring file.
const GarminFIT Format = "garmin-fit"

// fitListener turns FIT record messages into readings as they are decoded.
type fitListener struct {
	messages int
	emit     func(Reading) error
	err      error
}

func (l *fitListener) OnMesg(m proto.Message) {
	l.messages++
	if l.err != nil || m.Num != typedef.MesgNumRecord {
		return
	}
	rec := mesgdef.NewRecord(&m)
	if rec.Timestamp.IsZero() || rec.HeartRate == basetype.Uint8Invalid {
		return
	}
	l.err = l.emit(Reading{frame.HeartRate, rec.Timestamp.UnixMilli(), float64(rec.HeartRate)})
}

// parseFIT streams a FIT file's heart-rate records (github.com/muktihari/fit).
func parseFIT(r io.Reader, emit func(Reading) error) error {
	l := &fitListener{emit: emit}
	dec := decoder.New(bufio.NewReader(r), decoder.WithMesgListener(l), decoder.WithBroadcastOnly())
	files := 0
	for dec.Next() {
		if _, err := dec.Decode(); err != nil {
			return &Error{fmt.Sprintf("record %d", l.messages+1), "broken FIT file: " + err.Error()}
		}
		if l.err != nil {
			return l.err
		}
		files++
	}
	if files == 0 {
		return &Error{"record 1", "not a FIT file"}
	}
	return nil
}
