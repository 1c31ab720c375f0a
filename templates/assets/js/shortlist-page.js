// Filled in by the shortlist feature.
