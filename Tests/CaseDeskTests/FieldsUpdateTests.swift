import AcquireKit
@testable import CaseDesk
import Foundation
import TerminalUI
import Testing

@Suite("update: case custom fields on compose")
struct FieldsUpdateTests {
    @Test func aDepartmentListOffersNoInactiveDepartment() {
        let team = Fx.catalog.definitions.first { $0.kind == .department }!
        let departments = [Department(id: 5, name: "Escalations", status: "inactive", userIDs: []),
                           Department(id: 6, name: "Support", status: "active", userIDs: [1]),
                           Department(id: 9, name: "Old", status: " Archived", userIDs: []),
                           Department(id: 10, name: "New", status: "", userIDs: [])]
        #expect(FieldForm.choices(team, departments: departments) == ["Support", "New"])
        #expect(FieldFormStep.rows(team, departments: departments) == [FieldFormStep.noneRow, "Support", "New"])
    }

    @Test func definitionsAreAskedForOnceAtStartAndKept() {
        var d = Driver()
        #expect(d.state.fieldCatalog == .loading)
        d.send(.fieldDefinitionsLoaded(.success(Fx.catalog)), effects: [.loadDepartments]) {
            $0.fieldCatalog = .loaded(Fx.catalog)
            $0.departments = .loading
        }
        d.pickAnn()
        d.key(.escape)
        d.pickAnn()
        #expect(!d.effects.contains(.loadFieldDefinitions))
        #expect(d.state.caseFields.map(\.key) == ["priority", "topics", "team", "reply_to", "title"])
    }

    @Test func tabReachesEachFieldRowAfterTheAgentAndComesBackToTheTitle() {
        var d = Driver.composeWithFields()
        var stops: [String] = []
        for _ in 0..<9 {
            d.key(.tab)
            stops.append(d.state.compose.focus == .fields ? d.state.caseFields[d.state.compose.fields.focus].key : "\(d.state.compose.focus)")
        }
        #expect(stops == ["channel", "agent", "priority", "topics", "team", "reply_to", "title", "title", "message"])
        d.key(.backTab)
        d.key(.backTab)
        #expect(d.state.compose.focus == .fields && d.state.caseFields[d.state.compose.fields.focus].key == "title")
    }

    @Test func eachKindIsFilledItsOwnWay() throws {
        var d = Driver.composeWithFields()
        d.focusField("priority")
        d.key(.enter)                    // the radio's list: Low, Normal, High (required: no "(none)")
        #expect(d.state.compose.fields.picker?.key == "priority")
        d.key(.down)
        d.key(.down)
        d.key(.enter)
        #expect(d.state.compose.fields.values["priority"] == .option("High"))
        #expect(d.state.compose.fields.picker == nil)
        d.key(.tab)
        d.key(.char(" "))                // the checkbox's list: Space ticks, Enter is done
        d.key(.char(" "))
        d.key(.down)
        d.key(.down)
        d.key(.char(" "))
        d.key(.enter)
        #expect(d.state.compose.fields.values["topics"] == .options(["Billing", "Shipping"]))
        d.key(.tab)
        d.key(.enter)                    // the departments: (none), Support, Billing
        d.key(.down)
        d.key(.enter)
        #expect(d.state.compose.fields.values["team"] == .department(id: 6, name: "Support"))
        d.key(.tab)
        d.type("ops@example.com")
        #expect(d.state.compose.fields.values["reply_to"] == .text("ops@example.com"))
        d.key(.tab)
        d.type("custom title value")
        // The custom `title` field is not the case's title.
        #expect(d.state.compose.title.text == "Refund for order 42")
        d.key(.ctrl("r"))
        d.key(.enter)
        let sent = try #require(d.effects.submits.first)
        #expect(sent.title == "Refund for order 42")
        #expect(sent.fields == ["priority": "High", "topics": .list(["Billing", "Shipping"]), "team": "6",
                                 "reply_to": "ops@example.com", "title": "custom title value"])
    }

    @Test func requiredAndEmailProblemsUseTheDefinitionsMessagesAndBlockSubmit() {
        var d = Driver.composeWithFields()
        d.focusField("reply_to")
        d.type("not-an-email")
        d.key(.ctrl("r"))
        let problems = d.state.problems.map(\.text)
        #expect(problems == ["Priority: Choose how urgent this is.", "Reply-to email: That is not an email address."])
        #expect(KeyMaps.command(for: .enter, in: d.state) == nil)
        d.key(.enter)
        #expect(d.effects.submits.isEmpty)
        let review = view(d.state, size: Size(width: 80, height: 24), glyphs: .unicode).plainText()
        #expect(review.contains("Choose how urgent this is.") && review.contains("That is not an email address."))
    }

    @Test func draftsKeepTheValuesAndRestoreThem() {
        var d = Driver.composeWithFields()
        d.focusField("priority")
        d.key(.enter)
        d.key(.enter)
        d.focusField("reply_to")
        d.type("a@b.co")
        let draft = d.state.draft(at: Fx.t0)
        #expect(draft.fields == ["priority": .option("Low"), "reply_to": .text("a@b.co")])
        var e = Driver()
        e.loadFields()
        e.send(.draftFound(draft))
        e.key(.char("r"))
        #expect(e.state.compose.fields.values == draft.fields)
        e.focusField("reply_to")
        #expect(e.state.compose.fields.editor.text == "a@b.co")
    }

    @Test func aFailureToLoadIsAWarningAndTheFormStillSends() {
        var d = Driver()
        d.send(.fieldDefinitionsLoaded(.failure(.offline("connection refused"))), effects: []) {
            $0.fieldCatalog = .failed(.offline("connection refused"))
        }
        d.toReview()
        #expect(d.state.problems.isEmpty)
        d.key(.escape)
        let compose = view(d.state, size: Size(width: 80, height: 24), glyphs: .unicode).plainText()
        #expect(compose.contains("Custom fields could not be loaded"))
        d.key(.ctrl("r"))
        d.key(.enter)
        #expect(d.effects.submits.map(\.fields) == [[:]])
    }

    @Test func aPartlyReadCatalogSaysSoAndOffersWhatWasRead() {
        var d = Driver()
        d.loadFields(FieldCatalog(definitions: [Fx.topics], warning: "Only 1 of 34 field definitions could be read."))
        d.pickAnn()
        let compose = view(d.state, size: Size(width: 80, height: 24), glyphs: .unicode).plainText()
        #expect(compose.contains("Only 1 of 34") && compose.contains("Topics"))
    }

    @Test func theResultShowsTheFieldsAsSaved() {
        let d = Driver.resultWithFields()
        let result = view(d.state, size: Size(width: 80, height: 24), glyphs: .unicode).plainText()
        #expect(result.contains("Case fields (as Acquire saved them)"))
        #expect(result.contains("Support (#6)"))
        // The next case starts with empty fields.
        #expect(d.state.compose.fields.values.isEmpty)
    }
}
