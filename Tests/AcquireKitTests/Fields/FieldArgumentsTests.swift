import Foundation
import Testing
@testable import AcquireKit

/// `create --field KEY=VALUE` pairs read against the definitions.
@Suite struct FieldArgumentsTests {
    let fields: [FieldDefinition] = {
        let defs = (try? ResponseDecoder().fieldDefinitionPage(try Fixtures.data("object-field-list.response.json")).definitions) ?? []
        return FieldCatalog(definitions: defs).formFields(for: .case)
    }()
    let contactFields: [FieldDefinition] = {
        let defs = (try? ResponseDecoder().fieldDefinitionPage(try Fixtures.data("object-field-list.response.json")).definitions) ?? []
        return FieldCatalog(definitions: defs).formFields(for: .contact)
    }()
    let departments = (try? ResponseDecoder().departments(try Fixtures.data("department-list.response.json"))) ?? []

    func problems(_ pairs: [String], _ defs: [FieldDefinition]? = nil) -> [String] {
        do {
            _ = try FieldArguments.parse(pairs, definitions: defs ?? fields, departments: departments)
            return []
        } catch {
            return error.problems
        }
    }

    @Test func everyKindReads() throws {
        let values = try FieldArguments.parse(
            ["wishing_text=Happy = birthday", "wishing_radios=B", "wishig_checks=c", "wishig_checks=a", "wishig_checks=c",
             "title=Custom", "Remark="], definitions: fields)
        #expect(values == ["wishing_text": .text("Happy = birthday"), "wishing_radios": .option("b"),
                           "wishig_checks": .options(["c", "a"]), "title": .text("Custom"), "remark": .text("")])
        let contact = try FieldArguments.parse(["hjk=robust", "ytuyy=7", "radios=2"], definitions: contactFields,
                                               departments: departments, object: .contact)
        #expect(contact == ["hjk": .department(id: 9, name: "robust"), "ytuyy": .department(id: 7, name: "fdhfthnfgg"),
                            "radios": .option("2")])
    }

    @Test func anUnknownKeyIsNamedWithTheValidOnes() {
        #expect(problems(["colour=red"]) == [
            "There is no case field \"colour\"; the case fields are: remark, wishig_checks, wishing_radios, wishing_text, title.",
        ])
        #expect(problems(["x=1"], []) == ["This workspace has no case fields, so --field \"x\" cannot be used; leave it out."])
        #expect(problems(["=1"]).first?.hasPrefix("There is an empty key;") == true)
    }

    @Test func aPairWithoutEqualsSaysHowToWriteIt() {
        #expect(problems(["wishing_text"]) == ["--field \"wishing_text\" has no \"=\"; write --field KEY=VALUE."])
    }

    @Test func aRadioValueNotAmongTheOptions() {
        #expect(problems(["wishing_radios=d"]) == [
            "\"d\" is not an option of wishing_radios (Wishing Radios); choose one of: \"a\", \"b\", \"c\".",
        ])
        #expect(problems(["wishing_radios="]) == ["wishing_radios (Wishing Radios) needs a value; choose one of: \"a\", \"b\", \"c\"."])
        #expect(problems(["wishing_radios=a", "wishing_radios=b"]) == [
            "wishing_radios (Wishing Radios) takes one value but was given 2 (\"a\", \"b\"); give --field wishing_radios=VALUE once.",
        ])
    }

    @Test func aCheckboxIsRepeatedNotJoined() {
        #expect(problems(["wishig_checks=a,b"]) == [
            "\"a,b\" is not an option of wishig_checks (Wishig Checks); choose one of: \"a\", \"b\", \"c\". Give --field wishig_checks=OPTION once per option.",
        ])
    }

    @Test func aTextGivenTwiceIsRefused() {
        #expect(problems(["remark=a", "remark=b"]).count == 1)
    }

    @Test func anUnknownDepartmentListsTheChoices() {
        let p = problems(["hjk=sales"], contactFields)
        #expect(p.count == 1)
        #expect(p[0].hasPrefix("\"sales\" is not a department for hjk (hjk); give an id or a name: 6 (eswweew), 7 (fdhfthnfgg), 8 (Youpps)"))
    }

    @Test func everyProblemIsReportedAtOnce() {
        #expect(problems(["nope=1", "wishing_radios=z", "novalue"]).count == 3)
    }

    @Test func hostileTextInMessagesIsSanitized() {
        #expect(problems(["\u{1b}]52;c;x\u{7}=1"]).first?.contains("\u{1b}") == false)
    }
}
