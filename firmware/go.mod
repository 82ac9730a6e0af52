module rhd.dev/firmware

go 1.26.8
