// Tests for ChisoFormats.
import Testing
