// swift-tools-version:6.0
import PackageDescription

// Layers point one way: FairKit <- Workbench <- learn (and the benchmarks).
// FairKit is built with -O even in debug: `swift run learn` builds debug, and learners' checks
// and audits must run on an optimised toolkit (a 48,842 x 108 weighted Hessian: 12 s at -Onone,
// 0.34 s at -O). `-wmo` is deliberately absent: it breaks indexing.
let optimised: [SwiftSetting] = [.unsafeFlags(["-O"])]

let package = Package(
    name: "Fairwork",
    products: [
        .library(name: "FairKit", targets: ["FairKit"]),
        .library(name: "Workbench", targets: ["Workbench"]),
        .executable(name: "learn", targets: ["learn"]),
        .executable(name: "benchmarks", targets: ["Benchmarks"]),
    ],
    targets: [
        .target(
            name: "FairKit",
            resources: [.copy("Data/Datasets/Resources")],
            swiftSettings: optimised
        ),
        .target(name: "Workbench", dependencies: ["FairKit"]),
        .executableTarget(name: "learn", dependencies: ["Workbench"]),
        .executableTarget(name: "Benchmarks", dependencies: ["Workbench", "FairKit"], swiftSettings: optimised),
        .testTarget(name: "FairKitTests", dependencies: ["FairKit"]),
        .testTarget(name: "WorkbenchTests", dependencies: ["Workbench"]),
        // Fixtures/ holds a tiny course (exercises, suites) that the tests copy and check: not test code.
        .testTarget(name: "learnTests", dependencies: ["learn", "Workbench"], exclude: ["Fixtures"]),
    ]
)
