package upload

import (
	"archive/zip"
	"bufio"
	"bytes"
	"crypto/ed25519"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	kflate "github.com/klauspost/compress/flate"

	"rhd.dev/firmware/frame"
)

// The import benchmarks hold a whole import — both passes of Plan over the
// file and every accepted reading signed into batches (sent nowhere) —
// against a plain read of the same bytes (inflating the zip to nowhere),
// and report readings per second, the import ÷ plain-read ratio and the
// process's RSS growth while importing.

// benchZip writes a zip of entries made by gen once per process.
func benchZip(b *testing.B, name string, gen func(z *zip.Writer) (readings int64)) (string, int64) {
	b.Helper()
	dir := filepath.Join(os.TempDir(), "rhd-upload-bench")
	path := filepath.Join(dir, name)
	countPath := path + ".readings"
	if c, err := os.ReadFile(countPath); err == nil {
		n, _ := strconv.ParseInt(string(c), 10, 64)
		return path, n
	}
	os.MkdirAll(dir, 0o700)
	f, err := os.Create(path + ".tmp")
	if err != nil {
		b.Fatal(err)
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	z := zip.NewWriter(bw)
	z.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) { return kflate.NewWriter(out, kflate.BestSpeed) })
	n := gen(z)
	if err := z.Close(); err != nil {
		b.Fatal(err)
	}
	if err := bw.Flush(); err != nil {
		b.Fatal(err)
	}
	f.Close()
	os.Rename(path+".tmp", path)
	os.WriteFile(countPath, []byte(strconv.FormatInt(n, 10)), 0o600)
	return path, n
}

// exportMB is the size of the synthetic export.xml: RHD_BENCH_EXPORT_MB, 1024 by default.
func exportMB() int {
	if v, err := strconv.Atoi(os.Getenv("RHD_BENCH_EXPORT_MB")); err == nil && v > 0 {
		return v
	}
	return 1024
}

// appleExport writes an export.xml of a year shaped like an Apple Watch
// wearer's: heart rate every few minutes and more often in workouts, step
// counts over a few minutes, SpO2, respiratory rate, HRV, and records of
// kinds the platform does not collect, each with Apple's long device and
// source attributes.
func appleExport(z *zip.Writer, size int64) int64 {
	w, _ := z.Create("apple_health_export/export.xml")
	bw := bufio.NewWriterSize(w, 1<<20)
	bw.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n<!DOCTYPE HealthData [\n<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary)*)>\n]>\n")
	bw.WriteString("<HealthData locale=\"en_US\">\n <ExportDate value=\"2026-11-30 12:00:00 +0000\"/>\n")
	const device = `&lt;&lt;HKDevice: 0x281e2c4b0&gt;, name:Apple Watch, manufacturer:Apple Inc., model:Watch, hardware:Watch6,1, software:10.1&gt;`
	start := time.Now().UTC().AddDate(-1, 0, 0)
	step := time.Duration(float64(365*24*time.Hour) / (float64(size) / 400)) // records of ~400 bytes spread over the year
	var written, n int64
	var buf []byte
	for i := 0; written < size; i++ {
		t := start.Add(time.Duration(i) * step)
		ts := t.Format("2006-01-02 15:04:05 -0700")
		buf = buf[:0]
		switch i % 10 {
		case 0, 1, 2, 3, 4, 5:
			buf = fmt.Appendf(buf, ` <Record type="HKQuantityTypeIdentifierHeartRate" sourceName="Ann’s Apple Watch" sourceVersion="10.1" device="%s" unit="count/min" creationDate="%s" startDate="%s" endDate="%s" value="%d">`+"\n  <MetadataEntry key=\"HKMetadataKeyHeartRateMotionContext\" value=\"0\"/>\n </Record>\n", device, ts, ts, ts, 55+i%60)
		case 6:
			end := t.Add(3 * time.Minute).Format("2006-01-02 15:04:05 -0700")
			buf = fmt.Appendf(buf, ` <Record type="HKQuantityTypeIdentifierStepCount" sourceName="Ann’s iPhone" sourceVersion="17.1" device="%s" unit="count" creationDate="%s" startDate="%s" endDate="%s" value="%d"/>`+"\n", device, end, ts, end, 30+i%200)
		case 7:
			buf = fmt.Appendf(buf, ` <Record type="HKQuantityTypeIdentifierOxygenSaturation" sourceName="Ann’s Apple Watch" sourceVersion="10.1" device="%s" unit="%%" creationDate="%s" startDate="%s" endDate="%s" value="0.9%d"/>`+"\n", device, ts, ts, ts, 5+i%5)
		case 8:
			buf = fmt.Appendf(buf, ` <Record type="HKQuantityTypeIdentifierRespiratoryRate" sourceName="Ann’s Apple Watch" sourceVersion="10.1" device="%s" unit="count/min" creationDate="%s" startDate="%s" endDate="%s" value="1%d.5"/>`+"\n", device, ts, ts, ts, 2+i%6)
		case 9:
			buf = fmt.Appendf(buf, ` <Record type="HKQuantityTypeIdentifierActiveEnergyBurned" sourceName="Ann’s Apple Watch" sourceVersion="10.1" device="%s" unit="Cal" creationDate="%s" startDate="%s" endDate="%s" value="0.%d"/>`+"\n", device, ts, ts, ts, 100+i%800)
		}
		bw.Write(buf)
		written += int64(len(buf))
		n++
	}
	bw.WriteString("</HealthData>\n")
	bw.Flush()
	return n
}

// fitDay is a day's FIT activity file: a record every 10 s with a
// timestamp, heart rate and respiration rate.
func fitDay(day time.Time) ([]byte, int64) {
	def := []byte{0x40, 0, 0, 20, 0, 3, 253, 4, 0x86, 3, 1, 0x02, 108, 2, 0x84}
	recs := bytes.NewBuffer(def)
	base := uint32(day.Unix() - fitEpoch/1000)
	var n int64
	for s := uint32(0); s < 86400; s += 10 {
		var m [8]byte
		binary.LittleEndian.PutUint32(m[1:], base+s)
		m[5] = byte(60 + s%50)
		binary.LittleEndian.PutUint16(m[6:], uint16(1400+s%400))
		recs.Write(m[:])
		n += 2
	}
	return fitFile(recs.Bytes()), n
}

// importOnce runs a whole import of the zip at path and returns readings
// seen, batches signed and the RSS growth (MiB) while importing.
func importOnce(b *testing.B, path string) (int64, int, float64) {
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	st, _ := f.Stat()
	sr := io.NewSectionReader(f, 0, st.Size())
	debug.FreeOSMemory() // what making the file took is not the import's
	before := rssMiB()
	var peak atomic.Uint64
	stop := make(chan struct{})
	go func() {
		for {
			peak.Store(max(peak.Load(), uint64(rssMiB()*1024)))
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
			}
		}
	}()
	p := NewPlan(WindowAt(time.Now(), 30*24*time.Hour))
	var seen int64
	if err := ParseFile(Zip, "export.zip", sr, func(r Reading) error { seen++; return p.Check(r) }); err != nil {
		b.Fatal(err)
	}
	p.Allow(p.Wanted())
	key := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{1}, 32))
	bt := &Batcher{Device: frame.DeviceID{1}, Key: key, Emit: func([]byte) error { return nil }}
	rep, err := p.Send(Zip, "export.zip", sr, bt)
	if err != nil || rep != p.Checked {
		b.Fatalf("send: %v (%+v vs %+v)", err, rep, p.Checked)
	}
	close(stop)
	return seen, bt.Batches(), float64(peak.Load())/1024 - before
}

// plainRead inflates every entry of the zip to nowhere: the ceiling.
func plainRead(b *testing.B, path string) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		b.Fatal(err)
	}
	defer zr.Close()
	zr.RegisterDecompressor(zip.Deflate, func(r io.Reader) io.ReadCloser { return kflate.NewReader(r) })
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			b.Fatal(err)
		}
		io.Copy(io.Discard, rc)
		rc.Close()
	}
}

func rssMiB() float64 {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0
	}
	var size, rss int64
	fmt.Sscan(string(b), &size, &rss)
	return float64(rss*int64(os.Getpagesize())) / (1 << 20)
}

// benchImport reports, per import of the file: its readings (values
// read) per second of wall time and per second of this process's CPU time
// (the host is shared: wall time counts other processes' load), the same
// for a plain read, their ratio, and the RSS growth.
func benchImport(b *testing.B, path string, records int64) {
	cpu0, start := cpuTime(), time.Now()
	plainRead(b, path)
	ceilWall, ceilCPU := time.Since(start), cpuTime()-cpu0
	var worst float64
	var wall, cpu time.Duration
	var readings int64
	for b.Loop() {
		c, t := cpuTime(), time.Now()
		seen, batches, grew := importOnce(b, path)
		wall, cpu = wall+time.Since(t), cpu+cpuTime()-c
		if seen < records || batches == 0 {
			b.Fatalf("%d readings seen of %d records, %d batches", seen, records, batches)
		}
		readings = seen
		worst = max(worst, grew)
	}
	n := time.Duration(b.N)
	b.ReportMetric(float64(readings)/(wall/n).Seconds(), "readings/s")
	b.ReportMetric(float64(readings)/(cpu/n).Seconds(), "readings/cpu-s")
	b.ReportMetric(float64(readings)/ceilWall.Seconds(), "plain-read-readings/s")
	b.ReportMetric(float64(readings)/ceilCPU.Seconds(), "plain-read-readings/cpu-s")
	b.ReportMetric(ceilCPU.Seconds()/(cpu/n).Seconds(), "import/plain-read-cpu")
	b.ReportMetric(worst, "rss-growth-MiB")
}

// cpuTime is the CPU time this process used so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkImportAppleHealthZip: a synthetic year of Apple Health,
// export.xml of RHD_BENCH_EXPORT_MB (1 GiB) inside export.zip.
func BenchmarkImportAppleHealthZip(b *testing.B) {
	size := int64(exportMB()) << 20
	path, n := benchZip(b, fmt.Sprintf("apple-%d.zip", exportMB()), func(z *zip.Writer) int64 { return appleExport(z, size) })
	benchImport(b, path, n)
}

// BenchmarkImportFITYear: a Garmin Connect export of a year of daily FIT
// activity files, a record every 10 s.
func BenchmarkImportFITYear(b *testing.B) {
	path, n := benchZip(b, "fit-year.zip", func(z *zip.Writer) int64 {
		var total int64
		start := time.Now().UTC().Truncate(24*time.Hour).AddDate(-1, 0, 0)
		for d := range 365 {
			day := start.AddDate(0, 0, d)
			data, n := fitDay(day)
			w, _ := z.Create(fmt.Sprintf("DI_CONNECT/DI-Connect-Fitness-Uploaded-Files/%s.fit", day.Format("2006-01-02")))
			w.Write(data)
			total += n
		}
		return total
	})
	benchImport(b, path, n)
}
