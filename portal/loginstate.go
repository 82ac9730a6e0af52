package portal

import (
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"errors"
	"time"
)

// loginTTL is how long a sign-in may take from /login to the callback.
const loginTTL = 10 * time.Minute

// login is one sign-in in progress. It travels sealed (AES-256-GCM under the
// ledger's login key) in a short-lived cookie of the browser that started it,
// so the server keeps nothing per started sign-in: any number of /login
// requests cost it no memory.
type login struct {
	State    string `json:"s"`
	Nonce    string `json:"n"`
	Verifier string `json:"v"` // PKCE
	Expires  int64  `json:"e"` // Unix seconds
}

// loginAEAD returns the cipher that seals sign-ins, loading the key once.
func (s *Server) loginAEAD(ctx context.Context) (cipher.AEAD, error) {
	s.loginKeyOnce.Do(func() {
		key, err := s.store.LoginKey(ctx)
		if err != nil {
			s.loginKeyErr = err
			return
		}
		block, err := aes.NewCipher(key)
		if err != nil {
			s.loginKeyErr = err
			return
		}
		s.loginSeal, s.loginKeyErr = cipher.NewGCM(block)
	})
	return s.loginSeal, s.loginKeyErr
}

// sealLogin returns the cookie value carrying l.
func (s *Server) sealLogin(ctx context.Context, l login) (string, error) {
	aead, err := s.loginAEAD(ctx)
	if err != nil {
		return "", err
	}
	plain, err := json.Marshal(l)
	if err != nil {
		return "", err
	}
	nonce := make([]byte, aead.NonceSize())
	rand.Read(nonce)
	return base64.RawURLEncoding.EncodeToString(aead.Seal(nonce, nonce, plain, []byte(loginCookie))), nil
}

var errLoginCookie = errors.New("portal: sign-in cookie missing, forged or expired")

// openLogin returns the sign-in a cookie carries if it is authentic and unexpired.
func (s *Server) openLogin(ctx context.Context, value string) (login, error) {
	var l login
	aead, err := s.loginAEAD(ctx)
	if err != nil {
		return l, err
	}
	raw, err := base64.RawURLEncoding.DecodeString(value)
	if err != nil || len(raw) < aead.NonceSize() {
		return l, errLoginCookie
	}
	plain, err := aead.Open(nil, raw[:aead.NonceSize()], raw[aead.NonceSize():], []byte(loginCookie))
	if err != nil || json.Unmarshal(plain, &l) != nil || time.Now().Unix() > l.Expires || l.State == "" || l.Nonce == "" || l.Verifier == "" {
		return l, errLoginCookie
	}
	return l, nil
}
