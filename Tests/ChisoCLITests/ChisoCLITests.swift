// Tests for ChisoCLI.
import Testing
