import Foundation
import Testing
@testable import AcquireKit

@Suite struct JSONParserTests {
    func parse(_ s: String) throws -> JSONValue { try JSONParser().parse(Data(s.utf8)) }

    @Test func keepsObjectOrderAndTypes() throws {
        let v = try parse(#"{"z":1,"a":"x","m":[true,null,1.5,-2e3],"s":"\u00e9\ud83d\ude00\n"}"#)
        #expect(v.objectMembers?.map(\.key) == ["z", "a", "m", "s"])
        #expect(v["z"] == .int(1))
        #expect(v["m"] == .array([.bool(true), .null, .double(1.5), .double(-2000)]))
        #expect(v["s"] == .string("é😀\n"))
    }

    @Test func leniencyOfAccessors() throws {
        let v = try parse(#"{"id":"6","n":"1.71","f":3.0,"b":"yes"}"#)
        #expect(v["id"]?.intValue == 6)
        #expect(v["n"]?.doubleValue == 1.71)
        #expect(v["f"]?.intValue == 3)
        #expect(v["b"]?.boolValue == true)
    }

    @Test(arguments: ["", "{", #"{"a":}"#, "[1,]", "nul", #""abc"#, "{} x", "01x", #"{"a" 1}"#])
    func rejectsBrokenJSON(_ text: String) {
        #expect(throws: JSONParser.Failure.self) { try parse(text) }
    }

    @Test func refusesDeepNestingBeforeParsing() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONParser.Failure.tooDeep) { try parse(deep) }
        let ok = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        #expect((try? parse(ok)) != nil)
        #expect(JSONParser.nestingDepth(of: Array(#"{"a":"[[[[","b":[{}]}"#.utf8)) == 3)
    }

    @Test func refusesLargeBodies() {
        let big = Data(repeating: 0x20, count: 9 * 1024 * 1024)
        #expect(throws: JSONParser.Failure.tooLarge(bytes: big.count)) { try JSONParser().parse(big) }
    }

    @Test func loneSurrogateBecomesReplacementCharacter() throws {
        #expect(try parse(#""\ud800x""#) == .string("\u{FFFD}x"))
    }
}

@Suite struct ServerDateTests {
    @Test func readsEveryFormatTheServerUses() {
        #expect(ServerDate.parse("2021-03-24T10:06:57.000Z") == Fixtures.utc(2021, 3, 24, 10, 6, 57))
        let ms = ServerDate.parse("2021-03-30T18:21:41.353Z")!.timeIntervalSince(Fixtures.utc(2021, 3, 30, 18, 21, 41))
        #expect(abs(ms - 0.353) < 0.000_01)
        #expect(ServerDate.parse("2021-07-16 11:49:24") == Fixtures.utc(2021, 7, 16, 11, 49, 24))
        #expect(ServerDate.parse("2021-03-24T10:06:57Z") == Fixtures.utc(2021, 3, 24, 10, 6, 57))
        #expect(ServerDate.parse("2021-03-24T12:06:57+02:00") == Fixtures.utc(2021, 3, 24, 10, 6, 57))
        #expect(ServerDate.parse("2000-02-29") == Fixtures.utc(2000, 2, 29))
    }

    @Test(arguments: ["", "yesterday", "2021-13-01", "2021-03-24T25:00:00Z", "2021-03-24T10:06:57.Z", "2021-03-24Tx"])
    func rejectsOtherText(_ text: String) {
        #expect(ServerDate.parse(text) == nil)
    }
}
