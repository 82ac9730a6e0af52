package fleet

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"path/filepath"
	"time"

	"rhd.dev/firmware/sim"
)

// Pair does what a new device's firmware does with a contributor's
// one-time pairing code: it generates the device's Ed25519 key, registers
// it with the gateway's pairing endpoint and saves the credentials in a
// folder of dir named after the device.
func Pair(ctx context.Context, gateway, code string, t sim.DeviceType, serial, dir string) (Credentials, error) {
	pub, priv, _ := ed25519.GenerateKey(rand.Reader)
	id, err := pairOverHTTP(ctx, gateway, code, serial, pub)
	if err != nil {
		return Credentials{}, err
	}
	var seed [8]byte
	rand.Read(seed[:])
	cred := Credentials{ID: id, Type: t, Serial: serial, Key: priv, Seed: binary.LittleEndian.Uint64(seed[:])}
	return cred, cred.Save(filepath.Join(dir, id))
}

// pairOverHTTP calls the gateway's pairing endpoint like device firmware does.
func pairOverHTTP(ctx context.Context, gateway, code, serial string, pub ed25519.PublicKey) (string, error) {
	body, _ := json.Marshal(map[string]any{"code": code, "serial": serial, "public_key": []byte(pub)})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, gateway+"/v1/pair", bytes.NewReader(body))
	if err != nil {
		return "", fmt.Errorf("pairing: gateway %q: %w", gateway, err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", fmt.Errorf("pairing: is the gateway running at %s? %w", gateway, err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	var out struct {
		DeviceID string `json:"device_id"`
		Error    string `json:"error"`
	}
	json.Unmarshal(raw, &out)
	if resp.StatusCode != http.StatusCreated {
		if out.Error == "" {
			out.Error = string(raw)
		}
		return "", fmt.Errorf("pairing refused (%s): %s", resp.Status, out.Error)
	}
	return out.DeviceID, nil
}

// Report writes the fleet's throughput to w every 5 s until ctx ends.
func (f *Fleet) Report(ctx context.Context, w io.Writer) {
	t := time.NewTicker(5 * time.Second)
	defer t.Stop()
	var last uint64
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			_, samples := f.Counts()
			fmt.Fprintf(w, "devices: %d, %.0f samples/s produced, %d batches waiting for the gateway\n", f.Len(), float64(samples-last)/5, f.Pending())
			last = samples
		}
	}
}
