import Foundation

// `benchmarks NAME [options]`: each benchmark times FairKit or the workbench next to the tool it
// is compared with, in the same run, and prints the figures and their ratio.
let registry: [Benchmark] = [
    CheckBenchmark.benchmark,
    MetricFrameBenchmark.benchmark,
    FitBenchmark.benchmark,
    AuditBenchmark.benchmark,
    MitigationBenchmark.benchmark,
    ExplainBenchmark.benchmark,
    ConsistencyBenchmark.benchmark,
    GradeBenchmark.benchmark,
]

let arguments = Array(CommandLine.arguments.dropFirst())
guard let name = arguments.first, !["-h", "--help", "help"].contains(name) else {
    print(BenchmarkUsage.overview(registry))
    exit(arguments.isEmpty ? 64 : 0)
}
guard let benchmark = registry.first(where: { $0.name == name }) else {
    FileHandle.standardError.write(Data("benchmarks: unknown benchmark '\(name)'\n\n\(BenchmarkUsage.overview(registry))\n".utf8))
    exit(64)
}
do {
    let options = try BenchmarkOptions(Array(arguments.dropFirst()), allowed: benchmark.options)
    if options.help {
        print(BenchmarkUsage.help(benchmark))
        exit(0)
    }
    try benchmark.run(options)
} catch let error as BenchmarkOptions.UsageError {
    FileHandle.standardError.write(Data("benchmarks \(name): \(error.message)\n\n\(BenchmarkUsage.help(benchmark))\n".utf8))
    exit(64)
} catch {
    FileHandle.standardError.write(Data("benchmarks \(name): \(error)\n".utf8))
    exit(1)
}
