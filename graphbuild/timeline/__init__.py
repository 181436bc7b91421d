"""Events over time: dates from the text (`dates`), distinct events across articles (`dedup`), the shared
time and confidence filters (`filters`) and per-dyad time series (`series`)."""
