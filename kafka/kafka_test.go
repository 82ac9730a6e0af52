package kafka_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"

	"rhd.dev/kafka"
	"rhd.dev/kafka/kafkatest"
)

// certs makes a CA and a server certificate for 127.0.0.1 it signed, and
// writes the CA as PEM into dir, with a client certificate it signed
// (client.pem, client-key.pem) for mutual TLS.
func certs(t *testing.T, dir string) (caFile string, server tls.Certificate) {
	t.Helper()
	caKey, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	caTmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "rhd test CA"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour), IsCA: true,
		KeyUsage: x509.KeyUsageCertSign, BasicConstraintsValid: true}
	caDER, err := x509.CreateCertificate(rand.Reader, caTmpl, caTmpl, &caKey.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	ca, _ := x509.ParseCertificate(caDER)
	srvKey, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	srvTmpl := &x509.Certificate{SerialNumber: big.NewInt(2), Subject: pkix.Name{CommonName: "127.0.0.1"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour), IPAddresses: []net.IP{net.IPv4(127, 0, 0, 1)},
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}, KeyUsage: x509.KeyUsageDigitalSignature}
	srvDER, err := x509.CreateCertificate(rand.Reader, srvTmpl, ca, &srvKey.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	caFile = filepath.Join(dir, "ca.pem")
	if err := os.WriteFile(caFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: caDER}), 0o600); err != nil {
		t.Fatal(err)
	}
	cliKey, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	cliTmpl := &x509.Certificate{SerialNumber: big.NewInt(3), Subject: pkix.Name{CommonName: "rhd"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth}, KeyUsage: x509.KeyUsageDigitalSignature}
	cliDER, err := x509.CreateCertificate(rand.Reader, cliTmpl, ca, &cliKey.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	keyDER, err := x509.MarshalECPrivateKey(cliKey)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "client.pem"), pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: cliDER}), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "client-key.pem"), pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: keyDER}), 0o600); err != nil {
		t.Fatal(err)
	}
	return caFile, tls.Certificate{Certificate: [][]byte{srvDER}, PrivateKey: srvKey}
}

// roundTrip produces one record to the frames topic and reads it back
// within timeout. A refused client keeps retrying until then.
func roundTrip(cfg kafka.Config, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cl, err := kafka.NewClient(cfg, "", kgo.ConsumeTopics(kafka.FramesTopic), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()))
	if err != nil {
		return err
	}
	defer cl.Close()
	if err := cl.ProduceSync(ctx, &kgo.Record{Topic: kafka.FramesTopic, Value: []byte("batch")}).FirstErr(); err != nil {
		return err
	}
	fs := cl.PollFetches(ctx)
	if err := fs.Err0(); err != nil {
		return err
	}
	if fs.NumRecords() == 0 {
		return context.DeadlineExceeded
	}
	return nil
}

// A managed cluster's TLS and SASL (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512):
// the right credentials over TLS reach it; a wrong password, no SASL, or
// no TLS do not.
func TestTLSAndSASL(t *testing.T) {
	for _, mech := range []string{kafka.SASLPlain, kafka.SASLScramSHA256, kafka.SASLScramSHA512} {
		t.Run(mech, func(t *testing.T) {
			caFile, srv := certs(t, t.TempDir())
			auth := kafka.Config{CAFile: caFile, SASLMechanism: mech, SASLUser: "rhd", SASLPassword: "s3cret-password"}
			_, cfg := kafkatest.Start(t, 2, auth,
				kfake.TLS(&tls.Config{Certificates: []tls.Certificate{srv}, MinVersion: tls.VersionTLS12}),
				kfake.EnableSASL(), kfake.Superuser(mech, "rhd", "s3cret-password"))
			if err := roundTrip(cfg, 20*time.Second); err != nil {
				t.Fatalf("with TLS and SASL %s: %v", mech, err)
			}
			wrong := cfg
			wrong.SASLPassword = "guess"
			if err := roundTrip(wrong, 2*time.Second); err == nil {
				t.Error("a wrong password reached the cluster")
			}
			noSASL := cfg
			noSASL.SASLMechanism = ""
			if err := roundTrip(noSASL, 2*time.Second); err == nil {
				t.Error("a client without SASL reached the cluster")
			}
			noTLS := cfg
			noTLS.CAFile = ""
			if err := roundTrip(noTLS, 2*time.Second); err == nil {
				t.Error("a client that trusts only the system's CAs accepted the test CA's certificate")
			}
		})
	}
}

// A cluster that requires mutual TLS takes the client certificate and key
// files of the one client constructor, and refuses a client without them.
func TestMutualTLS(t *testing.T) {
	dir := t.TempDir()
	caFile, srv := certs(t, dir)
	caPEM, err := os.ReadFile(caFile)
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(caPEM)
	auth := kafka.Config{CAFile: caFile, CertFile: filepath.Join(dir, "client.pem"), KeyFile: filepath.Join(dir, "client-key.pem")}
	_, cfg := kafkatest.Start(t, 1, auth, kfake.TLS(&tls.Config{Certificates: []tls.Certificate{srv},
		ClientAuth: tls.RequireAndVerifyClientCert, ClientCAs: pool, MinVersion: tls.VersionTLS12}))
	if err := roundTrip(cfg, 20*time.Second); err != nil {
		t.Fatalf("with a client certificate: %v", err)
	}
	noCert := cfg
	noCert.CertFile, noCert.KeyFile = "", ""
	if err := roundTrip(noCert, 2*time.Second); err == nil {
		t.Error("a client without a certificate reached a cluster that requires one")
	}
}

// Settings that cannot work are refused before any connection.
func TestConfigErrors(t *testing.T) {
	for name, cfg := range map[string]kafka.Config{
		"no brokers":      {},
		"unknown SASL":    {Brokers: []string{"x:1"}, SASLMechanism: "GSSAPI", SASLUser: "u", SASLPassword: "p"},
		"SASL no secret":  {Brokers: []string{"x:1"}, SASLMechanism: "PLAIN", SASLUser: "u"},
		"missing CA file": {Brokers: []string{"x:1"}, CAFile: "/nonexistent/ca.pem"},
		"cert, no key":    {Brokers: []string{"x:1"}, CertFile: "c.pem"},
	} {
		if _, err := cfg.Opts("x"); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// A long-lived client's franz-go metrics reach the registry under its role.
func TestMetricsCarryTheRole(t *testing.T) {
	reg := prometheus.NewRegistry()
	_, cfg := kafkatest.Start(t, 1, kafka.Config{})
	cfg.Registry = reg
	cl, err := kafka.NewClient(cfg, "gateway")
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := cl.ProduceSync(ctx, &kgo.Record{Topic: kafka.FramesTopic, Value: []byte("x")}).FirstErr(); err != nil {
		t.Fatal(err)
	}
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, mf := range mfs {
		if strings.HasPrefix(mf.GetName(), "rhd_kafka_") {
			for _, m := range mf.GetMetric() {
				for _, l := range m.GetLabel() {
					if l.GetName() == "client" && l.GetValue() == "gateway" {
						found = true
					}
				}
			}
		}
	}
	if !found {
		t.Fatal("no rhd_kafka_ metric labelled client=gateway")
	}
}

func TestParseBrokers(t *testing.T) {
	if got := kafka.ParseBrokers(" a:1, ,b:2,"); len(got) != 2 || got[0] != "a:1" || got[1] != "b:2" {
		t.Fatalf("%q", got)
	}
}

// A static member (Config.Instance) that dies without leaving is replaced
// by its restart at once: the group is stable with one member, not waiting
// for the dead one's session (45 s) to expire.
func TestStaticMemberTakesItsPlaceAfterACrash(t *testing.T) {
	_, cfg := kafkatest.Start(t, 2, kafka.Config{})
	cfg.Instance = "warehouse"
	ctx, cancel := context.WithTimeout(context.Background(), 40*time.Second)
	defer cancel()
	join := func() *kgo.Client {
		cl, err := kafka.NewClient(cfg, "stream-0", kgo.ConsumerGroup("g"), kgo.ConsumeTopics(kafka.FramesTopic))
		if err != nil {
			t.Fatal(err)
		}
		return cl
	}
	adm, err := kafka.NewClient(kafka.Config{Brokers: cfg.Brokers}, "")
	if err != nil {
		t.Fatal(err)
	}
	defer adm.Close()
	stable := func(cl *kgo.Client) kadm.DescribedGroup {
		for {
			pctx, pcancel := context.WithTimeout(ctx, 200*time.Millisecond)
			cl.PollFetches(pctx)
			pcancel()
			gs, err := kadm.NewClient(adm).DescribeGroups(ctx, "g")
			if err == nil && gs["g"].State == "Stable" && len(gs["g"].Members) > 0 {
				return gs["g"]
			}
			if ctx.Err() != nil {
				t.Fatalf("group never stable: %+v %v", gs, err)
			}
		}
	}
	first := join()
	stable(first)
	first.Close() // a static member does not leave: as if the process died
	second := join()
	defer second.Close()
	g := stable(second)
	if len(g.Members) != 1 || g.Members[0].InstanceID == nil || *g.Members[0].InstanceID != "warehouse-stream-0" {
		t.Fatalf("after the restart the group has %d members: %+v", len(g.Members), g.Members)
	}
}
