package portal

import (
	"strings"

	"github.com/gofiber/fiber/v2"
)

// Request bodies. The server streams them (StreamRequestBody) and does not
// parse multipart forms before routing (DisablePreParseMultipartForm), so
// before a handler asks for a body, at most fasthttp's first 8 KiB of it
// have been read. limitBody, the first handler of every request, then
// refuses from the headers alone what no route takes:
//   - a body longer than its route allows: MaxUpload (plus the form around
//     the file) for POST /upload, maxFormBody for everything else (forms,
//     API JSON, the dev sign-in provider);
//   - a chunked body (411), whose length cannot be checked before reading;
//   - a compressed body (415): nothing here sends one, and a small gzip
//     body can inflate to gigabytes.
//
// A body its handler left unread closes the connection: read as the next
// request, it would be a request of the sender's choosing that no check saw.
const (
	maxFormBody    = 64 << 10
	uploadOverhead = 64 << 10 // the CSRF field and part headers around the file
)

func (s *Server) limitBody(c *fiber.Ctx) error {
	h := &c.Request().Header
	n := h.ContentLength()
	limit := maxFormBody
	if c.Method() == fiber.MethodPost && strings.EqualFold(strings.TrimRight(c.Path(), "/"), "/upload") {
		limit = MaxUpload + uploadOverhead
	}
	refuse := func(status int, msg string) error {
		c.Context().SetConnectionClose()
		if wantsJSON(c) {
			return c.Status(status).JSON(fiber.Map{"error": msg})
		}
		return fiber.NewError(status, msg)
	}
	switch {
	case n == -1:
		return refuse(fiber.StatusLengthRequired, "Send the request with a Content-Length.")
	case n > limit && limit == maxFormBody:
		return refuse(fiber.StatusRequestEntityTooLarge, "The request is too large.")
	case n > limit:
		return refuse(fiber.StatusRequestEntityTooLarge, msgTooLarge)
	case n > 0 && len(h.ContentEncoding()) > 0:
		return refuse(fiber.StatusUnsupportedMediaType, "Send the request uncompressed.")
	}
	err := c.Next()
	if n > 0 && c.Request().IsBodyStream() {
		c.Context().SetConnectionClose()
	}
	return err
}
