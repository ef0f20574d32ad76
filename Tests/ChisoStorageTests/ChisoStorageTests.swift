// Tests for ChisoStorage.
import Testing
