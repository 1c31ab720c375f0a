// Filled in by the compare feature.
