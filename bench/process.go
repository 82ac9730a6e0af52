package bench

import (
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// RSSMiB is this process's resident memory now.
func RSSMiB() float64 { return statusKiB("VmRSS:") / 1024 }

// PeakRSSMiB is this process's peak resident memory so far.
func PeakRSSMiB() float64 { return statusKiB("VmHWM:") / 1024 }

func statusKiB(field string) float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, field) {
			f := strings.Fields(strings.TrimPrefix(l, field))
			if len(f) > 0 {
				v, _ := strconv.ParseFloat(f[0], 64)
				return v
			}
		}
	}
	return 0
}

// CPUTime is the CPU time this process has used (user + system).
func CPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
