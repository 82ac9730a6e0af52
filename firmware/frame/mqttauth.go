package frame

import (
	"crypto/ed25519"
	"encoding/base64"
	"errors"
	"strconv"
	"strings"
	"time"
)

// A device proves at MQTT CONNECT that it holds its registered key: the
// username is its device id, the client id MQTTClientID, and the password
// "v1.{unix ms}.{signature}", an Ed25519 signature by the device key over
// MQTTConnectMessage(client id, ms). The broker accepts it only within a
// short window of its own clock and only with a time later than the last
// one it accepted for the device, so a password seen on the wire cannot be
// used again to push the device off.

// MQTTClientID is the client id a device connects with. It is bound to
// the device so that one device cannot take over another's session.
func MQTTClientID(d DeviceID) string { return "rhd-device-" + d.String() }

// MQTTConnectMessage is what a device signs for its CONNECT password.
func MQTTConnectMessage(clientID string, ms int64) []byte {
	return []byte("rhd-mqtt-connect/v1\n" + clientID + "\n" + strconv.FormatInt(ms, 10))
}

// MQTTPassword is the CONNECT password of the device holding key, for the
// client id at time at.
func MQTTPassword(key ed25519.PrivateKey, clientID string, at time.Time) string {
	ms := at.UnixMilli()
	sig := ed25519.Sign(key, MQTTConnectMessage(clientID, ms))
	return "v1." + strconv.FormatInt(ms, 10) + "." + base64.RawURLEncoding.EncodeToString(sig)
}

// ParseMQTTPassword splits a CONNECT password into its time and signature.
func ParseMQTTPassword(pw string) (ms int64, sig []byte, err error) {
	if len(pw) > 128 {
		return 0, nil, errors.New("frame: mqtt password too long")
	}
	v, rest, ok := strings.Cut(pw, ".")
	if !ok || v != "v1" {
		return 0, nil, errors.New("frame: mqtt password is not v1.{ms}.{signature}")
	}
	msText, sigText, ok := strings.Cut(rest, ".")
	if !ok {
		return 0, nil, errors.New("frame: mqtt password is not v1.{ms}.{signature}")
	}
	if ms, err = strconv.ParseInt(msText, 10, 64); err != nil {
		return 0, nil, errors.New("frame: mqtt password time is not a number")
	}
	if sig, err = base64.RawURLEncoding.DecodeString(sigText); err != nil || len(sig) != ed25519.SignatureSize {
		return 0, nil, errors.New("frame: mqtt password signature is not 64 bytes of base64url")
	}
	return ms, sig, nil
}
