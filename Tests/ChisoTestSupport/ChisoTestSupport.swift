// ChisoTestSupport: Helpers shared by the test targets: temporary databases and running the built binary.
