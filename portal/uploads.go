package portal

import (
	"crypto/ed25519"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/gofiber/fiber/v2"

	"rhd.dev/firmware/frame"
	"rhd.dev/ingest/upload"
	"rhd.dev/ledger"
)

// MaxUpload bounds an uploaded file.
const MaxUpload = 256 << 20

func (s *Server) uploadPage(c *fiber.Ctx) error {
	return s.render(c, "upload", s.base(c, "Upload"))
}

// upload stores a file on disk while hashing it, recognises a file uploaded
// before, checks the whole file, and only then sends its readings as signed
// batches from a per-file upload device onto the frames topic, the path
// device data takes.
func (s *Server) upload(c *fiber.Ctx) error {
	id := c.Locals("identity").(ledger.Identity)
	fail := func(status int, msg string) error {
		data := s.base(c, "Upload")
		data["Error"] = msg
		c.Status(status)
		return s.render(c, "upload", data)
	}
	if s.market.Frames == nil {
		return fail(fiber.StatusServiceUnavailable, "Uploads are not available right now.")
	}
	fh, err := c.FormFile("file")
	if err != nil {
		return fail(fiber.StatusBadRequest, "Choose a file to upload.")
	}
	if fh.Size > MaxUpload {
		return fail(fiber.StatusRequestEntityTooLarge, "The file is larger than 256 MiB.")
	}
	src, err := fh.Open()
	if err != nil {
		return err
	}
	defer src.Close()
	tmp, err := os.CreateTemp("", "rhd-upload-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	defer tmp.Close()
	h := sha256.New()
	if _, err := io.Copy(io.MultiWriter(tmp, h), src); err != nil {
		return err
	}
	sum := hex.EncodeToString(h.Sum(nil))
	if prev, err := s.store.FindUpload(c.Context(), id.ContributorID, sum); err == nil {
		return fail(fiber.StatusOK, fmt.Sprintf("You already uploaded this file (%s) on %s; it was not counted again.", prev.FileName, prev.CreatedAt.Format("2 Jan 2006")))
	}
	head := make([]byte, 512)
	n, _ := tmp.ReadAt(head, 0)
	format, err := upload.Detect(fh.Filename, head[:n])
	if err != nil {
		return fail(fiber.StatusUnprocessableEntity, err.Error())
	}
	// First pass: the whole file must be readable before anything is sent.
	count := 0
	tmp.Seek(0, io.SeekStart)
	skipped, err := upload.Parse(format, tmp, func(upload.Reading) error { count++; return nil })
	if err != nil {
		return fail(fiber.StatusUnprocessableEntity, "This file could not be read at "+err.Error())
	}
	if count == 0 {
		return fail(fiber.StatusUnprocessableEntity, "This file holds no readings we collect (heart rate, steps, blood oxygen, …).")
	}
	// An upload device of its own, paired like hardware, with a one-time key.
	pub, priv, _ := ed25519.GenerateKey(rand.Reader)
	code, err := s.store.CreatePairingCode(c.Context(), id.ContributorID, "upload")
	if err != nil {
		return err
	}
	dev, err := s.store.PairDevice(c.Context(), code, "upload-"+sum[:16], pub)
	if errors.Is(err, ledger.ErrExists) {
		return fail(fiber.StatusOK, "You already uploaded this file; it was not counted again.")
	} else if err != nil {
		return err
	}
	did, _ := frame.ParseDeviceID(dev.ID)
	b := &upload.Batcher{Device: did, Key: priv, Emit: func(batch []byte) error {
		return s.market.Frames(c.Context(), []byte(dev.ID), batch)
	}}
	tmp.Seek(0, io.SeekStart)
	if _, err := upload.Parse(format, tmp, b.Add); err != nil {
		return err
	}
	if err := b.Flush(); err != nil {
		return err
	}
	s.store.RemoveDevice(c.Context(), id.ContributorID, dev.ID) // an upload sends no more data
	if err := s.store.RecordUpload(c.Context(), ledger.Upload{ContributorID: id.ContributorID, SHA256: sum, FileName: fh.Filename, DeviceID: dev.ID, Readings: int64(count)}); err != nil {
		return err
	}
	data := s.base(c, "Upload")
	data["Done"] = fmt.Sprintf("%s: %d readings added", fh.Filename, count)
	if skipped > 0 {
		data["Done"] = fmt.Sprintf("%s (%d implausible values left out)", data["Done"], skipped)
	}
	return s.render(c, "upload", data)
}
