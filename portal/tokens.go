package portal

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"

	"rhd.dev/ledger"
)

// apiAuth accepts "Authorization: Bearer rhd_…" researcher tokens that are
// neither expired nor revoked; scope then checks what the token may do.
func (s *Server) apiAuth(c *fiber.Ctx) error {
	c.Set("Cache-Control", "no-store")
	secret, ok := strings.CutPrefix(c.Get("Authorization"), "Bearer ")
	if !ok || secret == "" {
		return c.Status(fiber.StatusUnauthorized).JSON(fiber.Map{"error": "missing bearer token"})
	}
	tok, err := s.store.APITokenBySecret(c.UserContext(), secret)
	if errors.Is(err, ledger.ErrNotFound) {
		return c.Status(fiber.StatusUnauthorized).JSON(fiber.Map{"error": "invalid, expired or revoked token"})
	} else if err != nil {
		return err
	}
	c.Locals("researcher", tok.ResearcherID)
	c.Locals("token", tok)
	return c.Next()
}

// scope lets through API requests whose token carries the named scope.
func scope(name string) fiber.Handler {
	return func(c *fiber.Ctx) error {
		if !c.Locals("token").(ledger.APIToken).Has(name) {
			return c.Status(fiber.StatusForbidden).JSON(fiber.Map{"error": `this token lacks the "` + name + `" scope`})
		}
		return c.Next()
	}
}

// tokenLifetimes are the lifetimes offered on the tokens page, in days.
var tokenLifetimes = []int{30, 90, 365}

// tokenRow is a token as the tokens page shows it.
type tokenRow struct {
	ledger.APIToken
	Status string // active, expired or revoked
}

func (s *Server) tokensPage(c *fiber.Ctx) error {
	data, _, err := s.researcherData(c, "API tokens")
	if err != nil {
		return err
	}
	tokens, err := s.store.APITokens(c.UserContext(), c.Locals("researcher").(string))
	if err != nil {
		return err
	}
	var rows []tokenRow
	for _, t := range tokens {
		rows = append(rows, tokenRow{t, tokenStatus(t, time.Now())})
	}
	data["Tokens"], data["Lifetimes"], data["Scopes"] = rows, tokenLifetimes, ledger.TokenScopes
	return s.render(c, "apitokens", data)
}

func tokenStatus(t ledger.APIToken, now time.Time) string {
	switch {
	case !t.RevokedAt.IsZero():
		return "revoked"
	case !t.Live(now):
		return "expired"
	}
	return "active"
}

// createToken issues a token with the scopes and lifetime chosen on the
// tokens page and shows its secret once.
func (s *Server) createToken(c *fiber.Ctx) error {
	days, err := strconv.Atoi(bodyValue(c, "days"))
	if err != nil || !slices.Contains(tokenLifetimes, days) {
		return fiber.NewError(fiber.StatusBadRequest, "Choose how long the token lasts.")
	}
	scopes := bodyValues(c, "scope")
	if len(scopes) == 0 {
		return fiber.NewError(fiber.StatusBadRequest, "Choose what the token may do.")
	}
	secret, _, err := s.store.IssueAPIToken(c.UserContext(), c.Locals("researcher").(string),
		ledger.TokenSpec{Name: bodyValue(c, "name"), Scopes: scopes, TTL: time.Duration(days) * 24 * time.Hour})
	if err != nil {
		return fiber.NewError(fiber.StatusBadRequest, "A token has a name of up to 60 characters and reads, buys or both.")
	}
	data, _, err := s.researcherData(c, "API token")
	if err != nil {
		return err
	}
	data["Token"] = secret
	return s.render(c, "apitoken", data)
}

func (s *Server) revokeToken(c *fiber.Ctx) error {
	err := s.store.RevokeAPIToken(c.UserContext(), c.Locals("researcher").(string), c.Params("token"))
	if errors.Is(err, ledger.ErrNotFound) {
		return fiber.NewError(fiber.StatusNotFound, "No such token.")
	} else if err != nil {
		return err
	}
	return c.Redirect("/api-tokens", fiber.StatusSeeOther)
}

// bodyValues returns every value of a URL-encoded form field.
func bodyValues(c *fiber.Ctx, key string) []string {
	var out []string
	for _, v := range c.Request().PostArgs().PeekMulti(key) {
		out = append(out, string(v))
	}
	return out
}

type apiToken struct {
	ID        string   `json:"id"`
	Name      string   `json:"name"`
	Scopes    []string `json:"scopes"`
	Status    string   `json:"status"`
	CreatedAt string   `json:"created_at"`
	ExpiresAt string   `json:"expires_at"`
	LastUsed  string   `json:"last_used_at,omitempty"`
	RevokedAt string   `json:"revoked_at,omitempty"`
}

func apiTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// apiTokens lists the researcher's tokens (never their secrets).
func (s *Server) apiTokens(c *fiber.Ctx) error {
	tokens, err := s.store.APITokens(c.UserContext(), c.Locals("researcher").(string))
	if err != nil {
		return err
	}
	out := []apiToken{}
	for _, t := range tokens {
		out = append(out, apiToken{t.ID, t.Name, t.Scopes, tokenStatus(t, time.Now()), apiTime(t.CreatedAt), apiTime(t.ExpiresAt),
			apiTime(t.LastUsed), apiTime(t.RevokedAt)})
	}
	return c.JSON(out)
}

// apiRevokeToken revokes one of the researcher's tokens, the caller's own
// included. Any scope may: revoking only ever takes access away.
func (s *Server) apiRevokeToken(c *fiber.Ctx) error {
	// A token may revoke itself whatever its scopes (a leaked one must be
	// able to end itself), and another token only if it holds every scope
	// of that token: a leaked read-only token cannot cut off the
	// researcher's buying tokens.
	caller := c.Locals("token").(ledger.APIToken)
	if id := c.Params("token"); id != caller.ID {
		tokens, err := s.store.APITokens(c.UserContext(), caller.ResearcherID)
		if err != nil {
			return err
		}
		for _, t := range tokens {
			if t.ID != id {
				continue
			}
			for _, sc := range t.Scopes {
				if !caller.Has(sc) {
					return c.Status(fiber.StatusForbidden).JSON(fiber.Map{"error": `revoking this token needs the "` + sc + `" scope`})
				}
			}
		}
	}
	err := s.store.RevokeAPIToken(c.UserContext(), c.Locals("researcher").(string), c.Params("token"))
	if errors.Is(err, ledger.ErrNotFound) {
		return c.Status(fiber.StatusNotFound).JSON(fiber.Map{"error": "no such token"})
	} else if err != nil {
		return err
	}
	return c.SendStatus(fiber.StatusNoContent)
}
