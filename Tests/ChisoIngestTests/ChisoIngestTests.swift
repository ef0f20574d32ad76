// Tests for ChisoIngest.
import Testing
