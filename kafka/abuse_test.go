package kafka_test

import (
	"bytes"
	"context"
	"io"
	"net"
	"sync"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kfake"

	"rhd.dev/kafka"
	"rhd.dev/kafka/kafkatest"
)

// SASL PLAIN sends the user and password as they are: without TLS, anyone
// on the path to the brokers reads them and can then write to every topic
// rhd's account may. A PLAIN configuration without TLS is refused before
// anything is sent.
func TestAbuseSASLPlainWithoutTLS(t *testing.T) {
	const password = "s3cret-password"
	c := kafkatest.Cluster(t, kfake.EnableSASL(), kfake.Superuser(kafka.SASLPlain, "rhd", password))
	// An eavesdropper between rhd and the broker.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	var mu sync.Mutex
	var seen bytes.Buffer
	go func() {
		for {
			in, err := l.Accept()
			if err != nil {
				return
			}
			out, err := net.Dial("tcp", c.ListenAddrs()[0])
			if err != nil {
				in.Close()
				return
			}
			go func() { io.Copy(in, out); in.Close() }()
			go func() {
				buf := make([]byte, 4096)
				for {
					n, err := in.Read(buf)
					mu.Lock()
					seen.Write(buf[:n])
					mu.Unlock()
					if _, werr := out.Write(buf[:n]); err != nil || werr != nil {
						out.Close()
						return
					}
				}
			}()
		}
	}()
	cfg := kafka.Config{Brokers: []string{l.Addr().String()}, SASLMechanism: kafka.SASLPlain, SASLUser: "rhd", SASLPassword: password}
	cl, err := kafka.NewClient(cfg, "")
	if err == nil {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		cl.Ping(ctx)
		cancel()
		cl.Close()
	}
	mu.Lock()
	defer mu.Unlock()
	if bytes.Contains(seen.Bytes(), []byte(password)) {
		t.Fatal("the SASL password crossed the network in clear")
	}
	if err == nil {
		t.Fatal("SASL PLAIN without TLS was accepted")
	}
}
