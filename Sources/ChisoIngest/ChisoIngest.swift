// ChisoIngest: Writes: loading the seeds, importing files, validating figures, and extracting figures from reports.
