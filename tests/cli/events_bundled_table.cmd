# the conferences of the bundled data, in the order they started
locnet events --format table
