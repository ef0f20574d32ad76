// Tests for ChisoDomain.
import Testing
