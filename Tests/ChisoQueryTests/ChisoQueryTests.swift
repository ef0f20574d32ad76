// Tests for ChisoQuery.
import Testing
