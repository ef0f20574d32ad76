// ChisoDomain: Domain values both libraries use: periods (canonical codes and Vietnamese phrases), Vietnamese numbers, and the folding and matching of Vietnamese names. Pure Swift, no SQLite.
