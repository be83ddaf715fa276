#if canImport(Glibc)
import Glibc
#endif

// Parse and dispatch only: everything else lives in CommandLine/ and Commands/.
let code = Dispatcher.run(Array(CommandLine.arguments.dropFirst()), in: .live())
exit(code.rawValue)
