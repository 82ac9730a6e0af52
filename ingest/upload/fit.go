package upload

import (
	"bufio"
	"context"
	"errors"
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

// MaxFITFieldDescriptions bounds the developer field descriptions of a FIT
// file: the decoder keeps each one until the file ends (a real file has a
// few per Connect IQ app). Every other piece of a FIT file is bounded by
// the format itself (a field holds at most 255 bytes, a message 255 fields).
const MaxFITFieldDescriptions = 1024

// fitListener turns FIT record messages into readings as they are decoded.
type fitListener struct {
	messages     int
	descriptions int
	emit         func(Reading) error
	err          error
	stop         context.CancelFunc
}

func (l *fitListener) OnMesg(m proto.Message) {
	l.messages++
	if l.err != nil {
		return
	}
	switch m.Num {
	case typedef.MesgNumFieldDescription:
		if l.descriptions++; l.descriptions > MaxFITFieldDescriptions {
			l.err = fail(fmt.Sprintf("record %d", l.messages), fmt.Sprintf("more than %d developer field descriptions", MaxFITFieldDescriptions))
		}
	case typedef.MesgNumRecord:
		rec := mesgdef.NewRecord(&m)
		if !rec.Timestamp.IsZero() && rec.HeartRate != basetype.Uint8Invalid {
			l.err = l.emit(Reading{frame.HeartRate, rec.Timestamp.UnixMilli(), float64(rec.HeartRate)})
		}
	}
	if l.err != nil {
		l.stop() // the decoder checks between messages
	}
}

// parseFIT streams a FIT file's heart-rate records (github.com/muktihari/fit).
func parseFIT(r io.Reader, emit func(Reading) error) error {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	l := &fitListener{emit: emit, stop: cancel}
	dec := decoder.New(bufio.NewReader(r), decoder.WithMesgListener(l), decoder.WithBroadcastOnly())
	files := 0
	for dec.Next() {
		l.descriptions = 0 // the decoder forgets them with each file
		_, err := dec.DecodeWithContext(ctx)
		if l.err != nil {
			return l.err
		}
		if err != nil && !errors.Is(err, context.Canceled) {
			return fail(fmt.Sprintf("record %d", l.messages+1), "broken FIT file: "+err.Error())
		}
		files++
	}
	if files == 0 {
		return fail("record 1", "not a FIT file")
	}
	return nil
}
