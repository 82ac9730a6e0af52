package fleet

import (
	"context"
	"fmt"
	"io"
)

// Simulate is `rhd devices sim`: it streams every device in c.Dir until
// ctx ends, over uplink "http" (to c.Gateway) or "mqtt" (to broker),
// reporting progress to log.
func Simulate(ctx context.Context, c Config, uplink, broker string, log io.Writer) error {
	to := c.Gateway
	switch uplink {
	case "mqtt":
		c.MQTT, to = broker, broker
	case "http":
	default:
		return fmt.Errorf("--uplink %q: http or mqtt", uplink)
	}
	f, err := Open(c)
	if err != nil {
		return err
	}
	if f.Len() == 0 {
		return fmt.Errorf("no devices in %s: pair one (rhd devices pair) or seed (rhd seed)", c.Dir)
	}
	fmt.Fprintf(log, "simulating %d devices from %s to %s\n", f.Len(), c.Dir, to)
	go f.Report(ctx, log)
	return f.Run(ctx)
}
