"""Data files shipped with policyparse: exchange rates and the theme codebook."""
