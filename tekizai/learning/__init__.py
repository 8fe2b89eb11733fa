"""Learned signal models: features, a small logistic regression, training and loading (``tekizai train``)."""
