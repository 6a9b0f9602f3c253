import Foundation
import Testing
@testable import AcquireKit

/// Required and e-mail rules with the definitions' own messages, and how values are encoded.
@Suite struct FieldRulesTests {
    let catalog = FieldCatalog(definitions: (try? ResponseDecoder().fieldDefinitionPage(
        try Fixtures.data("object-field-list.response.json")).definitions) ?? [])

    var caseFields: [FieldDefinition] { catalog.formFields(for: .case) }

    static let email = FieldDefinition(
        id: 2, object: "contact", key: "email", label: "Email!!!!",
        input: FieldInput(kind: .text, required: false, validationFormat: "email",
                          validationErrorMessage: "Oops! Looks like format you entered is wrong. Can you please recheck your email?"))

    @Test func requiredFieldsNotFilledUseTheirOwnMessage() {
        #expect(caseFields.count == 5)
        let problems = FieldRules.problems([:], definitions: caseFields)
        #expect(problems.map(\.key) == ["wishig_checks", "wishing_radios", "wishing_text", "title"])
        #expect(problems.allSatisfy { $0.kind == .missing && $0.message == "Please add an attribute name." })
        #expect(problems[3].sentence == "title (custom field): Please add an attribute name.")
        let blanks: [String: FieldValue] = ["wishing_text": .text("  \n"), "wishig_checks": .options([]),
                                            "wishing_radios": .option(""), "title": .text("x")]
        #expect(FieldRules.problems(blanks, definitions: caseFields).map(\.key) == ["wishig_checks", "wishing_radios", "wishing_text"])
        let filled: [String: FieldValue] = ["wishing_text": .text("Happy"), "wishig_checks": .options(["a"]),
                                            "wishing_radios": .option("b"), "title": .text("x")]
        #expect(FieldRules.problems(filled, definitions: caseFields).isEmpty)
    }

    @Test func aRequiredFieldWithoutAMessageGetsASentence() {
        let d = FieldDefinition(id: 1, object: "case", key: "order", label: "Order number",
                                input: FieldInput(kind: .text, required: true))
        #expect(FieldRules.problems([:], definitions: [d]).map(\.message) == ["Order number must be filled in."])
        let e = FieldDefinition(id: 2, object: "case", key: "to", label: "Reply to",
                                input: FieldInput(kind: .text, validationFormat: "email"))
        #expect(FieldRules.problems(["to": .text("nope")], definitions: [e]).map(\.message)
                == ["Reply to must be an e-mail address, like name@example.com."])
    }

    @Test func emailFormatUsesTheValidationMessage() {
        let bad = FieldRules.problems(["email": .text("john at acquire.io")], definitions: [Self.email])
        #expect(bad == [FieldProblem(key: "email", label: "Email!!!!", kind: .format,
                                     message: "Oops! Looks like format you entered is wrong. Can you please recheck your email?")])
        #expect(FieldRules.problems(["email": .text(" John@acquire.io ")], definitions: [Self.email]).isEmpty)
        // Empty and optional: nothing to check.
        #expect(FieldRules.problems(["email": .text("")], definitions: [Self.email]).isEmpty)
    }

    @Test func whatCountsAsAnEmailAddress() {
        for good in ["John@acquire.io", "a.b+c@x.co.uk", "zoë@exämple.de", "x@y.z"] {
            #expect(FieldRules.isEmailAddress(good), "\(good)")
        }
        for bad in ["", "@x.io", "a@", "a@b", "a@@b.io", "a@b..io", "a@.b.io", "a@b.io.", "a b@c.io", "a@b.io\u{1b}",
                    "<a@b.io>", "a,b@c.io"] {
            #expect(!FieldRules.isEmailAddress(bad), "\(bad)")
        }
    }

    @Test func optionsNotOfferedAreProblems() throws {
        let radios = try #require(caseFields.first { $0.key == "wishing_radios" })
        let checks = try #require(caseFields.first { $0.key == "wishig_checks" })
        let p = FieldRules.problems(["wishing_radios": .option("z"), "wishig_checks": .options(["a", "q"])],
                                    definitions: [radios, checks])
        #expect(p.map(\.kind) == [.notAnOption, .notAnOption])
        #expect(p[0].message == "\"z\" is not one of the choices (\"a\", \"b\", \"c\"); choose again.")
        #expect(p[1].message.hasPrefix("\"q\" is not one of"))
    }

    @Test func messagesFromTheServerAreSanitized() throws {
        let body = #"{"data":{"data":[{"id":1,"object":"case","key":"k","config":{"input":{"type":"text","required":true,"requiredErrorMessage":"Fill \u001b[2Jme\u202e"}}}]}}"#
        let defs = try ResponseDecoder().fieldDefinitionPage(Data(body.utf8)).definitions
        #expect(FieldRules.problems([:], definitions: defs).first?.message == "Fill ^[[2Jme\\u{202E}")
    }

    // MARK: Encoding

    @Test func valuesAreKeyedByKeyAndFilledOnly() throws {
        let values: [String: FieldValue] = ["wishing_text": .text("  Happy birthday \n"), "wishing_radios": .option("b"),
                                            "wishig_checks": .options(["c", "a", "c"]), "remark": .text(""),
                                            "not_a_field": .text("x"), "title": .text("Custom title")]
        let fields = FieldEncoding.body(values, definitions: caseFields)
        #expect(fields == ["wishing_text": "Happy birthday", "wishing_radios": "b", "wishig_checks": .list(["a", "c"]),
                           "title": "Custom title"])
    }

    @Test func checkboxGuessIsAnArrayInOptionOrder() throws {
        #expect(FieldEncoding.checkbox(["3", "1"], options: ["1", "2", "3"]) == .list(["1", "3"]))
        #expect(FieldEncoding.checkbox([], options: ["1"]) == .list([]))
        let data = try JSONEncoder().encode(["checks": FieldEncoding.checkbox(["2"], options: ["1", "2"])])
        #expect(String(decoding: data, as: UTF8.self) == #"{"checks":["2"]}"#)
    }

    @Test func departmentGuessIsTheIdAsAString() {
        #expect(FieldEncoding.department(id: 8, name: "Youpps") == .string("8"))
        let d = FieldDefinition(id: 31, object: "contact", key: "hjk", label: "hjk", input: FieldInput(kind: .department))
        #expect(FieldEncoding.body(["hjk": .department(id: 9, name: "robust")], definitions: [d]) == ["hjk": "9"])
    }

    @Test func aFieldKeyedTitleNeverTouchesTheCaseTitle() throws {
        let fields = FieldEncoding.body(["title": .text("from the field")], definitions: caseFields)
        let request = CreateCaseRequest(contactId: 1, title: "The case title", message: "m", channel: "chat", fields: fields)
        let json = try #require(try JSONSerialization.jsonObject(with: try request.encodedBody()) as? [String: Any])
        #expect(json["title"] as? String == "The case title")
        #expect((json["fields"] as? [String: Any])?["title"] as? String == "from the field")
    }

    @Test func valuesRoundTripAsCodable() throws {
        let values: [String: FieldValue] = ["a": .text("x"), "b": .option("y"), "c": .options(["1", "2"]),
                                            "d": .department(id: 6, name: "eswweew ")]
        let back = try JSONDecoder().decode([String: FieldValue].self, from: try JSONEncoder().encode(values))
        #expect(back == values)
        #expect(values["c"]?.displayText == "1, 2" && values["d"]?.displayText == "eswweew ")
        let wire: [String: FieldWireValue] = ["a": "x", "b": .list(["1"])]
        #expect(try JSONDecoder().decode([String: FieldWireValue].self, from: try JSONEncoder().encode(wire)) == wire)
    }
}
