package upload

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"

	kflate "github.com/klauspost/compress/flate"
)

// Zips — an Apple Health export.zip, a Garmin Connect export of FIT files,
// a Google Takeout of Fitbit's files — are read entry by entry in place:
// nothing is unpacked to disk, and a zip bomb meets these limits first.
const (
	// MaxZipDirectory bounds the central directory, which the zip reader
	// holds whole: 4 MiB is some 40,000 entries.
	MaxZipDirectory = 4 << 20
	// MaxZipRatio bounds the bytes inflated from a zip to this many times
	// its size (exports compress 10–30×; deflate reaches 1,032×).
	MaxZipRatio = 100
	// MaxUnzipped bounds the bytes inflated from one zip in all.
	MaxUnzipped = 16 << 30
)

var errZipBomb = errors.New("the zip unpacks to more than this service reads from one file")

// zipFormat is the format of an entry the platform reads, "" for others: a
// zip of an export holds many files that are not readings (profiles,
// routes, clinical documents), so only recognised ones are read.
func zipFormat(name string, head []byte) Format {
	base := strings.ToLower(path.Base(name))
	f, err := Detect(base, head)
	if err != nil {
		return ""
	}
	switch f {
	case AppleHealth:
		if base != "export.xml" { // export_cda.xml is a clinical document
			return ""
		}
	case JSON:
		if !bytes.Contains(head, []byte(`"metric"`)) {
			return ""
		}
	case CSV:
		if !bytes.HasPrefix(bytes.ToLower(bytes.TrimPrefix(head, []byte(bom))), []byte("time,")) {
			return ""
		}
	case Zip:
		return ""
	}
	return f
}

// parseZip reads every entry of a zip it recognises, in the zip's order.
func parseZip(r *io.SectionReader, emit func(Reading) error) error {
	if err := checkZipDirectory(r); err != nil {
		return err
	}
	zr, err := zip.NewReader(r, r.Size())
	if err != nil {
		return fail("zip", "not a zip file that can be read: "+err.Error())
	}
	zr.RegisterDecompressor(zip.Deflate, func(r io.Reader) io.ReadCloser { return kflate.NewReader(r) })
	budget := min(int64(MaxUnzipped), max(r.Size(), 1<<20)*MaxZipRatio)
	read, other, nested := 0, 0, 0
	for _, f := range zr.File {
		if f.FileInfo().IsDir() || strings.HasPrefix(f.Name, "__MACOSX/") {
			continue
		}
		if strings.HasSuffix(strings.ToLower(f.Name), ".zip") {
			nested++
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return fail(Clip(f.Name, 120), "cannot be read from the zip: "+err.Error())
		}
		lim := &inflateLimit{r: rc, left: &budget}
		ra := newReadahead(lim)
		br := bufio.NewReaderSize(ra, 64<<10)
		head, _ := br.Peek(512)
		format := zipFormat(f.Name, head)
		if format == "" {
			ra.Close()
			rc.Close()
			other++
			continue
		}
		read++
		err = Parse(format, f.Name, br, emit)
		ra.Close()
		rc.Close()
		var ue *Error
		switch {
		case errors.Is(err, errZipBomb) || errors.Is(lim.err, errZipBomb):
			return fail(Clip(f.Name, 120), errZipBomb.Error())
		case errors.As(err, &ue):
			return fail(Clip(f.Name, 120)+": "+ue.Where, ue.Msg)
		case err != nil:
			return err
		}
	}
	if nested > 0 {
		if err := emit(Reading{Note: fmt.Sprintf("%d zip files inside the zip were not opened: upload each on its own", nested)}); err != nil {
			return err
		}
	}
	if read == 0 {
		return fail("zip", "none of its files is in a format uploads take: "+Formats)
	}
	if other > 0 {
		return emit(Reading{Note: fmt.Sprintf("%d files in the zip hold no readings we collect and were passed over", other)})
	}
	return nil
}

// inflateLimit counts inflated bytes against the zip's budget.
type inflateLimit struct {
	r    io.Reader
	left *int64
	err  error
}

func (l *inflateLimit) Read(p []byte) (int, error) {
	if *l.left <= 0 {
		l.err = errZipBomb
		return 0, errZipBomb
	}
	if int64(len(p)) > *l.left {
		p = p[:*l.left]
	}
	n, err := l.r.Read(p)
	*l.left -= int64(n)
	return n, err
}

// checkZipDirectory reads the end of a zip and refuses a central directory
// larger than MaxZipDirectory before the zip reader loads it.
func checkZipDirectory(r *io.SectionReader) error {
	const eocdLen, maxComment = 22, 65535
	size := r.Size()
	tail := min(size, eocdLen+maxComment)
	buf := make([]byte, tail)
	if _, err := r.ReadAt(buf, size-tail); err != nil && err != io.EOF {
		return err
	}
	i := bytes.LastIndex(buf, []byte("PK\x05\x06"))
	if i < 0 || len(buf)-i < eocdLen {
		return fail("zip", "no end of central directory: the zip is cut short or not a zip")
	}
	dir := uint64(binary.LittleEndian.Uint32(buf[i+12:]))
	if dir == 0xFFFFFFFF && i >= 20 && string(buf[i-20:i-16]) == "PK\x06\x07" { // zip64
		off := int64(binary.LittleEndian.Uint64(buf[i-20+8:]))
		var rec [56]byte
		if off < 0 || off > size-56 {
			return fail("zip", "broken zip64 directory")
		}
		if _, err := r.ReadAt(rec[:], off); err != nil {
			return err
		}
		dir = binary.LittleEndian.Uint64(rec[40:])
	}
	if dir > MaxZipDirectory {
		return fail("zip", fmt.Sprintf("its directory of %d MiB lists more files than an export has", dir>>20))
	}
	return nil
}
