import XCTest
@testable import Workbench

extension XCTestCase {
    /// The `RequestFailure` `body` throws; `nil` when it succeeds or throws something else.
    func failure(_ body: () throws -> Any) -> RequestFailure? {
        do {
            _ = try body()
            return nil
        } catch {
            return error as? RequestFailure
        }
    }
}
