import Foundation
import Testing
@testable import AcquireKit

/// object-field-list.response.json decodes as it is: config objects, company fields without an
/// input, online_order where present; and the forms built from it.
@Suite struct FieldDefinitionDecodingTests {
    let decoder = ResponseDecoder()

    func fixturePage() throws -> FieldDefinitionPage {
        try decoder.fieldDefinitionPage(try Fixtures.data("object-field-list.response.json"))
    }

    @Test func pageCarriesTwentyOfThirtyFour() throws {
        let page = try fixturePage()
        #expect(page.definitions.count == 20)
        #expect(page.page == 0 && page.offset == 0 && page.limit == 20 && page.count == 34)
        #expect(page.definitions.map(\.id) == Array((15...34).reversed()))
    }

    @Test func everyInputTypeAndItsRules() throws {
        let defs = try fixturePage().definitions
        func d(_ key: String) throws -> FieldDefinition { try #require(defs.first { $0.key == key }) }
        let title = try d("title")
        #expect(title.object == "case" && title.fieldObject == .case && title.kind == .text && title.isRequired)
        #expect(title.label == "title" && title.order == 33 && !title.system)
        #expect(title.input?.requiredErrorMessage == "Please add an attribute name.")
        #expect(title.input?.validationErrorMessage == "Oops! Seems incorrect format that you entered.")
        #expect(title.input?.placeholder == nil && title.input?.validationFormat == "any")
        let radios = try d("wishing_radios")
        #expect(radios.kind == .radio && radios.options == ["a", "b", "c"] && radios.label == "Wishing Radios")
        let checks = try d("wishig_checks")
        #expect(checks.kind == .checkbox && checks.options == ["a", "b", "c"] && checks.order == 24)
        let department = try d("hjk")
        #expect(department.fieldObject == .contact && department.kind == .department && department.input?.serverType == "department")
        #expect(department.type == "text")
        let remark = try d("remark")
        #expect(remark.system && !remark.isRequired && remark.input?.validationErrorMessage == "Oops! Look like you entered the wrong text.")
    }

    @Test func companyFieldsMayHaveNoInput() throws {
        let defs = try fixturePage().definitions
        let foundation = try #require(defs.first { $0.key == "foundation" })
        #expect(foundation.input == nil && foundation.order == nil && foundation.label == "foundation" && foundation.kind == .text)
        let employees = try #require(defs.first { $0.key == "employees" })
        // An input without a type is text; the validation message is kept.
        #expect(employees.input?.kind == .text && employees.input?.serverType == "" && employees.label == "Employees")
        #expect(employees.input?.required == false && employees.input?.requiredErrorMessage == nil)
        let address = try #require(defs.first { $0.key == "address" })
        #expect(address.input == nil && address.order == 21)
    }

    @Test func caseFormInTheServersOrder() throws {
        let catalog = FieldCatalog(definitions: try fixturePage().definitions)
        // By online_order ascending: remark 23, wishig_checks 24, wishing_radios 25, wishing_text 26, title 33.
        #expect(catalog.formFields(for: .case).map(\.key) == ["remark", "wishig_checks", "wishing_radios", "wishing_text", "title"])
        #expect(catalog.formFields(for: .contact).map(\.key) == ["radios", "checks", "ytuyy", "hjk", "sadfcdsfcfs", "completed"])
        // Only company fields with an input make a form.
        #expect(catalog.formFields(for: .company).map(\.key) == ["employees"])
        #expect(catalog.formFields(for: .contact, excludingKeys: ["CHECKS", "radios"]).map(\.key) == ["ytuyy", "hjk", "sadfcdsfcfs", "completed"])
        #expect(catalog.definition(key: "title", object: .case)?.id == 34)
        #expect(catalog.definition(key: "title", object: .contact) == nil)
    }

    @Test func orderWithoutOnlineOrderKeepsArrival() {
        func def(_ id: Int, _ order: Int?) -> FieldDefinition {
            FieldDefinition(id: id, object: "case", key: "k\(id)", label: "K", input: FieldInput(kind: .text), order: order)
        }
        let ordered = FieldCatalog.ordered([def(1, nil), def(2, 5), def(3, nil), def(4, 1), def(5, 5)])
        #expect(ordered.map(\.id) == [4, 2, 5, 1, 3])
    }

    @Test func configAsAJSONStringAndUnknownTypes() throws {
        let body = #"""
        {"data":{"count":3,"data":[
          {"id":"7","object":"Case","key":"due","type":"date","system":"no",
           "config":"{\"input\":{\"type\":\"date\",\"label\":\"Due\",\"required\":\"yes\",\"validationFormat\":\"email\"},\"online_order\":\"2\"}"},
          {"id":8,"object":"case","key":"prio","config":{"input":{"type":"radio","label":"Prio \u001b[31mred","options":["x",{"label":"y"},null]}}},
          {"object":"case","key":"no-id","config":{}},
          {"id":9,"object":"case","config":{}}
        ]}}
        """#
        let page = try decoder.fieldDefinitionPage(Data(body.utf8))
        #expect(page.definitions.map(\.id) == [7, 8])
        let due = page.definitions[0]
        #expect(due.fieldObject == .case && due.kind == .text && due.input?.serverType == "date")
        #expect(due.isRequired && due.input?.wantsEmail == true && due.order == 2 && due.label == "Due" && due.type == "date")
        let prio = page.definitions[1]
        #expect(prio.label == "Prio ^[[31mred" && prio.options == ["x", "y"])
    }

    @Test func aFieldKeyedTitleSaysItIsACustomField() throws {
        let title = try #require(try fixturePage().definitions.first { $0.key == "title" })
        #expect(title.formLabel == "title (custom field)")
        let other = FieldDefinition(id: 1, object: "case", key: "subject", label: "Title", input: FieldInput(kind: .text))
        #expect(other.formLabel == "Title (custom field)")
        let plain = FieldDefinition(id: 2, object: "case", key: "remark", label: "Remark", input: FieldInput(kind: .text))
        #expect(plain.formLabel == "Remark")
    }
}
