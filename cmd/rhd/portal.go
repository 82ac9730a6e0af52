package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"strings"

	"github.com/gofiber/fiber/v2/middleware/adaptor"

	"rhd.dev/ledger"
	"rhd.dev/portal"
	"rhd.dev/portal/devoidc"
	"rhd.dev/settle"
)

// demoPeople is how many seeded contributors get a demo sign-in.
const demoPeople = 5

// startPortal serves the web app. Without Google credentials it mounts the
// built-in OpenID provider with demo accounts (seeded contributors, and one
// newcomer who has not signed up yet) on the same server.
func startPortal(ctx context.Context, cfg *config, store *ledger.Store, settler *settle.Settler) (string, error) {
	ln, err := net.Listen("tcp", cfg.PortalAddr)
	if err != nil {
		return "", fmt.Errorf("portal: %w", err)
	}
	base := cfg.PortalURL
	if base == "" {
		base = "http://" + ln.Addr().String()
	}
	pc := portal.Config{BaseURL: base, Issuer: "https://accounts.google.com", ClientID: cfg.GoogleID, ClientSecret: cfg.GoogleSecret,
		Secure: strings.HasPrefix(base, "https://")}
	mux := http.NewServeMux()
	if cfg.GoogleID == "" {
		pc.Issuer, pc.ClientID, pc.ClientSecret = base+"/dev-oidc", "rhd-dev-portal", "rhd-dev-secret"
		accounts, err := demoAccounts(ctx, store, pc.Issuer)
		if err != nil {
			ln.Close()
			return "", err
		}
		p, err := devoidc.New(pc.Issuer, pc.ClientID, pc.ClientSecret, accounts)
		if err != nil {
			ln.Close()
			return "", err
		}
		mux.Handle("/dev-oidc/", p.Handler("/dev-oidc"))
	}
	srv := portal.New(pc, store, func(ctx context.Context, id string) error {
		_, err := settler.EnsureWallet(ctx, id)
		return err
	})
	mux.Handle("/", adaptor.FiberApp(srv.App()))
	hs := &http.Server{Handler: mux}
	go hs.Serve(ln)
	go func() { <-ctx.Done(); hs.Close() }()
	return base, nil
}

// demoAccounts links the first seeded contributors to demo identities of the
// development provider, so signing in as one shows real earnings at once.
func demoAccounts(ctx context.Context, store *ledger.Store, issuer string) ([]devoidc.Account, error) {
	people, err := store.Contributors(ctx)
	if err != nil {
		return nil, err
	}
	var out []devoidc.Account
	for i, p := range people {
		if i == demoPeople {
			break
		}
		a := devoidc.Account{Subject: fmt.Sprintf("demo-contributor-%d", i+1), Email: p.Email, Name: p.DisplayName, Note: "contributor with history"}
		if _, err := store.UpsertIdentity(ctx, ledger.Identity{Issuer: issuer, Subject: a.Subject, Email: a.Email, Name: a.Name}); err != nil {
			return nil, err
		}
		if err := store.LinkIdentity(ctx, issuer, a.Subject, p.ID); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return append(out, devoidc.Account{Subject: "demo-newcomer", Email: "newcomer@demo.rhd.dev", Name: "Noor Newcomer", Note: "new here: goes through sign-up"}), nil
}
