package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"rhd.dev/webhook"
)

// TestBrowserConsentJourneys drives, in headless Chromium against `rhd dev`,
// what contributors steer and what buyers owe them: a newcomer chooses
// purposes at onboarding and changes them; a researcher states a purpose and
// organisation when buying (a purpose too few allow is refused); a member of
// the bought cohort sees who used their data, checks the payment, cashes out
// to a bank account and stops sharing; the researcher gets the withdrawal
// notice in the portal and, signed, at their webhook, and acknowledges it;
// the member sees that the notice went out; charts of the member's data and
// the operators' page close. Every page is captured at 390 px and 1280 px
// wide and must not scroll sideways at 390 px.
func TestBrowserConsentJourneys(t *testing.T) {
	chromium, err := exec.LookPath("chromium")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("chromium is not installed; .ci/run installs it")
		}
		t.Skip("chromium not installed (apt-get install chromium)")
	}
	cfg := testConfig(t)
	cfg.Devices, cfg.Backfill, cfg.SimSpeed = 12, 3*time.Hour, 20000
	cfg.K, cfg.CohortStep, cfg.CohortInterval = 5, 2*time.Second, time.Second
	cfg.DemoSaleEvery, cfg.SettleEvery = 0, 300*time.Millisecond
	cfg.PriceBase = 200_000 // each member's share is above the cash-out minimum
	ctx, portal, demo := browserDev(t, cfg)
	// The research team's server, where withdrawal notices are pushed.
	var hookMu sync.Mutex
	var hookBodies [][]byte
	var hookSigs []string
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		hookMu.Lock()
		hookBodies, hookSigs = append(hookBodies, b), append(hookSigs, r.Header.Get(webhook.SignatureHeader))
		hookMu.Unlock()
	}))
	defer hook.Close()

	shots := artifacts(t)
	alloc, cancelAlloc := chromedp.NewExecAllocator(ctx, chromedp.ExecPath(chromium), chromedp.Headless, chromedp.NoFirstRun,
		chromedp.Flag("no-sandbox", true), chromedp.Flag("disable-gpu", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true), chromedp.UserDataDir(t.TempDir()))
	defer cancelAlloc()
	bounded, stopBrowser := context.WithTimeout(alloc, 5*time.Minute)
	defer stopBrowser()
	member, closeM := chromedp.NewContext(bounded)
	defer closeM()
	// shoot captures the page at phone and desktop width, and fails if the
	// phone-width page scrolls sideways.
	shoot := func(tab context.Context, name string) {
		t.Helper()
		for _, w := range []int64{390, 1280} {
			if err := chromedp.Do(tab, chromedp.EmulateViewport(w, 900)); err != nil {
				t.Fatalf("%s at %d px: %v", name, w, err)
			}
			if w == 390 {
				wide, err := chromedp.Run(tab, chromedp.Evaluate[bool](`document.documentElement.scrollWidth > document.documentElement.clientWidth + 1`))
				if err != nil || wide {
					shot, _ := chromedp.Run(tab, chromedp.FullScreenshot(100))
					os.WriteFile(filepath.Join(shots, name+"-390-overflow.png"), shot, 0o644)
					t.Errorf("%s scrolls sideways at 390 px (%v)", name, err)
				}
			}
			if shot, err := chromedp.Run(tab, chromedp.FullScreenshot(100)); err == nil {
				os.WriteFile(filepath.Join(shots, fmt.Sprintf("%s-%d.png", name, w)), shot, 0o644)
			}
		}
	}
	step := func(tab context.Context, name string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(tab, actions...); err != nil {
			shot, _ := chromedp.Run(tab, chromedp.FullScreenshot(100))
			os.WriteFile(filepath.Join(shots, name+"-failed.png"), shot, 0o644)
			t.Fatalf("%s: %v", name, err)
		}
		shoot(tab, name)
	}
	// stepTo runs actions that load a new page and waits until it says
	// want: an element on both the old and the new page would let the
	// journey go on mid-navigation, and a check during one fails.
	stepTo := func(tab context.Context, name, want string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(tab, actions...); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		expr := fmt.Sprintf(`document.readyState === "complete" && document.body.textContent.includes(%q)`, want)
		for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(100 * time.Millisecond) {
			if ok, err := chromedp.Run(tab, chromedp.Evaluate[bool](expr)); err == nil && ok {
				break
			}
			if time.Now().After(deadline) {
				shot, _ := chromedp.Run(tab, chromedp.FullScreenshot(100))
				os.WriteFile(filepath.Join(shots, name+"-failed.png"), shot, 0o644)
				t.Fatalf("%s: the page never says %q", name, want)
			}
		}
		shoot(tab, name)
	}
	text := func(tab context.Context, sel string) string {
		t.Helper()
		s, err := chromedp.Run(tab, chromedp.Text(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("reading %s: %v", sel, err)
		}
		return s
	}
	// until reloads path in tab until sel's text contains want.
	until := func(tab context.Context, name, path, sel, want string) {
		t.Helper()
		for deadline := time.Now().Add(90 * time.Second); ; time.Sleep(500 * time.Millisecond) {
			if err := chromedp.Do(tab, chromedp.Navigate(portal+path), chromedp.WaitVisible(chromedp.CSS(sel))); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if strings.Contains(text(tab, sel), want) {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("%s: %s never says %q: %q", name, sel, want, text(tab, sel))
			}
		}
		shoot(tab, name)
	}

	// A newcomer chooses purposes at onboarding, then changes them.
	step(member, "p01-onboarding-purposes", chromedp.Navigate(portal+"/login"), chromedp.Click(chromedp.CSS(`button[value="demo-newcomer"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#purposes`)))
	step(member, "p02-dashboard", chromedp.SendKeys(chromedp.CSS(`#birth_year`), "1990"), chromedp.Click(chromedp.CSS(`input[name=consent]`)),
		chromedp.Click(chromedp.CSS(`input[name=purpose_commercial]`)), chromedp.Submit(chromedp.CSS(`#birth_year`)), chromedp.WaitVisible(chromedp.CSS(`#total`)))
	step(member, "p03-choices", chromedp.Click(chromedp.CSS(`a[href="/choices"]`)), chromedp.WaitVisible(chromedp.CSS(`#history`)))
	if h := text(member, "#history"); !strings.Contains(h, "Allowed Commercial product research") || !strings.Contains(h, "Stopped allowing AI and machine-learning training") {
		t.Fatalf("choices history: %q", h)
	}
	step(member, "p04-choices-saved", chromedp.Click(chromedp.CSS(`input[name=purpose_ai_training]`)), chromedp.Submit(chromedp.CSS(`input[name=purpose_ai_training]`)),
		chromedp.WaitVisible(chromedp.CSS(`#saved`)))
	if h := text(member, "#history"); !strings.HasPrefix(h, "Allowed AI and machine-learning training") {
		t.Fatalf("choices history after saving: %q", h)
	}

	// A researcher states the purpose and organisation; a purpose too few allow is refused.
	// Its own browser context (its own cookies), made once the browser runs.
	researcher, closeR := chromedp.NewContext(member, chromedp.WithNewBrowserContext())
	defer closeR()
	// Its own browser context (its own cookies), made once the browser runs.
	step(researcher, "p05-researcher-catalog", chromedp.Navigate(portal+"/login"), chromedp.Click(chromedp.CSS(`button[value="demo-researcher-1"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#min`)))
	step(researcher, "p06-cohort-purpose", chromedp.Navigate(portal+"/catalog/any.any.any"), chromedp.WaitVisible(chromedp.CSS(`input[name=purpose]`)))
	stepTo(researcher, "p07-purpose-refused", "too few of its members allow", chromedp.Click(chromedp.CSS(`input[name=purpose][value=commercial]`)),
		chromedp.Click(chromedp.CSS(`form[action="/buy"] button`)))
	if got := text(researcher, "body"); !strings.Contains(got, "too few of its members allow commercial product research") {
		t.Fatalf("a commercial order few allow: %q", got)
	}
	// The cohort is re-published every second here: an order of the version
	// the page showed may be refused as stale, and the researcher reopens it.
	for try := 1; ; try++ {
		step(researcher, "p08-receipt", chromedp.Navigate(portal+"/catalog/any.any.any"), chromedp.WaitVisible(chromedp.CSS(`input[name=purpose]`)),
			chromedp.Click(chromedp.CSS(`input[name=purpose][value=academic]`)), chromedp.SetValue(chromedp.CSS(`#organization`), "Open Sleep Lab"),
			chromedp.Click(chromedp.CSS(`form[action="/buy"] button`)), chromedp.WaitVisible(chromedp.CSS(`#purpose, body > p`)))
		if n, _ := chromedp.Run(researcher, chromedp.Evaluate[int](`document.querySelectorAll("#purpose").length`)); n > 0 {
			break
		}
		if try == 3 {
			t.Fatalf("buying failed: %s", text(researcher, "body"))
		}
	}
	if got := text(researcher, "#purpose"); got != "For Academic research by Open Sleep Lab." {
		t.Fatalf("receipt says %q", got)
	}

	// The member sees who used their data, checks it and cashes out.
	step(member, "p09-member-sign-in", chromedp.Click(chromedp.CSS(`button.link`)), chromedp.WaitVisible(chromedp.CSS(`a.button`)),
		chromedp.Click(chromedp.CSS(`a.button`)), chromedp.Click(chromedp.CSS(`button[value="`+demo+`"]`)), chromedp.WaitVisible(chromedp.CSS(`#total`)))
	until(member, "p10-who-used", "/uses", "main", "Open Sleep Lab")
	if got := text(member, "#uses"); !strings.Contains(got, "Academic research") || !strings.Contains(got, "All contributors") {
		t.Fatalf("uses: %q", got)
	}
	stepTo(member, "p11-check-use", "Check a payment", chromedp.Click(chromedp.CSS(`#uses a[href^="/verify/"]`)))
	until(member, "p12-cash-out", "/cash-out", "#available", ".") // any amount in dollars and cents
	for deadline := time.Now().Add(90 * time.Second); text(member, "#available") == "$0.00"; time.Sleep(500 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the member's earnings never became verified")
		}
		chromedp.Do(member, chromedp.Reload(), chromedp.WaitVisible(chromedp.CSS(`#available`)))
	}
	step(member, "p13-bank-account", chromedp.SetValue(chromedp.CSS(`#holder`), "Sam Member"), chromedp.SetValue(chromedp.CSS(`#number`), "GB33 BUKB 2020 1555 5555 55"),
		chromedp.Submit(chromedp.CSS(`#number`)), chromedp.WaitVisible(chromedp.CSS(`#account`)), chromedp.WaitVisible(chromedp.CSS(`#cashout`)))
	step(member, "p14-cash-out-sent", chromedp.Submit(chromedp.CSS(`#amount`)), chromedp.WaitVisible(chromedp.CSS(`#cashout-result`)))
	if got := text(member, "#cashout-result"); !strings.Contains(got, "on its way to your account ending 5555") {
		t.Fatalf("cash-out says %q", got)
	}
	if got := text(member, "#available"); got != "$0.00" {
		t.Fatalf("after cashing out everything, %s is left", got)
	}

	// The researcher registers a webhook; the member stops sharing.
	step(researcher, "p15-notices-empty", chromedp.Navigate(portal+"/notices"), chromedp.WaitVisible(chromedp.CSS(`#hook-url`)))
	step(researcher, "p16-webhook-secret", chromedp.SetValue(chromedp.CSS(`#hook-url`), hook.URL+"/rhd"), chromedp.Submit(chromedp.CSS(`#hook-url`)),
		chromedp.WaitVisible(chromedp.CSS(`#hook-secret`)))
	secret := text(researcher, "#hook-secret")
	stepTo(member, "p17-stop-sharing", "You do not share your readings", chromedp.Navigate(portal+"/dashboard"),
		chromedp.Click(chromedp.CSS(`form[action="/consent"] button`)))
	until(member, "p18-notices-sent", "/choices", "main", "1 research team was told to delete your data from 1 bundle; 0 have confirmed")

	// The notice reaches the researcher: in the portal and, signed, at the webhook.
	until(researcher, "p19-notices", "/notices", "#open", "1 notice waits")
	if got := text(researcher, "#notices"); !strings.Contains(got, "The member stopped sharing.") {
		t.Fatalf("notices: %q", got)
	}
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(200 * time.Millisecond) {
		hookMu.Lock()
		n := len(hookBodies)
		hookMu.Unlock()
		if n > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the webhook got nothing")
		}
	}
	hookMu.Lock()
	if err := webhook.Verify(secret, hookSigs[0], hookBodies[0], time.Now(), 5*time.Minute); err != nil || !strings.Contains(string(hookBodies[0]), `"type":"withdrawal"`) {
		t.Fatalf("webhook payload %s: %v", hookBodies[0], err)
	}
	hookMu.Unlock()
	stepTo(researcher, "p20-notice-acknowledged", "Nothing waits", chromedp.Click(chromedp.CSS(`form[action$="/ack"] button`)))
	if got := text(researcher, "#open"); !strings.Contains(got, "Nothing waits") {
		t.Fatalf("after acknowledging: %q", got)
	}
	until(member, "p21-member-sees-confirmation", "/uses", "main", "1 has confirmed")

	// Charts: the member's data over time; the operators' page.
	step(member, "p22-my-data", chromedp.Navigate(portal+"/my-data"), chromedp.WaitVisible(chromedp.CSS(`#earnings svg.chart`)))
	step(member, "p23-my-data-weeks", chromedp.Navigate(portal+"/my-data?view=week"), chromedp.WaitVisible(chromedp.CSS(`#earnings svg.chart`)))
	step(member, "p24-dashboard", chromedp.Navigate(portal+"/dashboard"), chromedp.WaitVisible(chromedp.CSS(`#total`)))
	// Every other page of both journeys is usable at phone width too.
	step(member, "p24b-privacy", chromedp.Navigate(portal+"/privacy"), chromedp.WaitVisible(chromedp.CSS(`#confirm`)))
	step(member, "p24c-upload", chromedp.Navigate(portal+"/upload"), chromedp.WaitVisible(chromedp.CSS(`#file`)))
	step(researcher, "p24d-catalog", chromedp.Navigate(portal+"/catalog"), chromedp.WaitVisible(chromedp.CSS(`#min`)))
	step(researcher, "p24e-purchases", chromedp.Navigate(portal+"/purchases"), chromedp.WaitVisible(chromedp.CSS(`a[href^="/purchases/"]`)))
	step(researcher, "p24f-receipt", chromedp.Click(chromedp.CSS(`a[href^="/purchases/"]`)), chromedp.WaitVisible(chromedp.CSS(`#purpose`)))
	step(researcher, "p24g-api-tokens", chromedp.Navigate(portal+"/api-tokens"), chromedp.WaitVisible(chromedp.CSS(`main`)))
	ops, closeO := chromedp.NewContext(member, chromedp.WithNewBrowserContext())
	defer closeO()
	step(ops, "p25-operator-sign-in", chromedp.Navigate(portal+"/login"), chromedp.Click(chromedp.CSS(`button[value="demo-operator"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#birth_year`)))
	step(ops, "p26-operations", chromedp.Navigate(portal+"/admin"), chromedp.WaitVisible(chromedp.CSS(`#sales-chart svg.chart`)))
}
