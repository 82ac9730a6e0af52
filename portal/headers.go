package portal

import (
	"bytes"

	"github.com/gofiber/fiber/v2"
	"github.com/valyala/fasthttp"
)

// contentPolicy lets pages run and style only what the portal serves itself
// (scripts live in /static, charts are inline SVG elements, which need no
// exception) and keeps them out of other sites' frames. Forms may post
// anywhere: the card checkout sends the browser on to its provider.
const contentPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
	"frame-ancestors 'none'; base-uri 'none'"

// securityHeaders are sent with every answer; private pages add
// Cache-Control: no-store (signedIn, apiAuth).
func securityHeaders(c *fiber.Ctx) error {
	c.Set("Content-Security-Policy", contentPolicy)
	c.Set("X-Frame-Options", "DENY")
	c.Set("X-Content-Type-Options", "nosniff")
	c.Set("Referrer-Policy", "no-referrer")
	return c.Next()
}

// longTransfers gives the two transfers that may rightly be slow their own
// deadlines once a request's headers are in: an upload's body UploadTimeout
// to arrive, a bundle download DownloadTimeout to leave. Everything else
// keeps the server's read and write timeouts.
func longTransfers(h *fasthttp.RequestHeader) fasthttp.RequestConfig {
	path, _, _ := bytes.Cut(h.RequestURI(), []byte("?"))
	switch {
	case h.IsPost() && string(path) == "/upload":
		return fasthttp.RequestConfig{ReadTimeout: UploadTimeout}
	case h.IsGet() && bytes.HasSuffix(path, []byte("/bundle.zip")):
		return fasthttp.RequestConfig{WriteTimeout: DownloadTimeout}
	}
	return fasthttp.RequestConfig{}
}
