/**
 * End-to-end benchmarks of the Recouvra GraphQL API.
 *
 * <p>{@link io.recouvra.bench.RegisterDebtsBenchmark} registers debts over HTTP against a running
 * server and records timings; {@link io.recouvra.bench.BenchmarkReport} then adds the server's heap
 * peaks (from its GC log) and a description of the machine, and appends a dated section to {@code
 * docs/benchmarks.md}. Neither starts a server: {@code ./recouvra bench} does.
 */
package io.recouvra.bench;
