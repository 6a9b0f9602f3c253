import AcquireKit
import CaseDesk
import Foundation

extension LineConversation {
    /// Asks for the custom case field at `i`; past the last one, the review.
    mutating func askField(_ i: Int) -> [LineEffect] {
        var out: [LineEffect] = []
        if let w = fieldsWarning {
            out.append(.say("Warning: " + w))
            fieldsWarning = nil
        }
        guard i < fieldDefinitions.count else {
            editingOne = false
            return out + review()
        }
        step = .field(i)
        let d = fieldDefinitions[i]
        return out + LineText.fieldQuestion(d, current: fieldValues[d.key], departments: departments)
    }

    /// The answer for field `i`: Enter keeps what is there, `-` clears it; checked by the shared rules.
    mutating func fieldTyped(_ raw: String, index i: Int, now: Date) -> [LineEffect] {
        guard i < fieldDefinitions.count else { return ask(.review) }
        let d = fieldDefinitions[i]
        let text = raw.trimmingCharacters(in: .whitespaces)
        if text.isEmpty || text == "-" {
            if text == "-" { fieldValues[d.key] = nil }
            if fieldValues[d.key] == nil, let missing = FieldRules.problems([:], definitions: [d]).first {
                return [.say(missing.message)] + askField(i)
            }
            return nextField(after: i, now: now)
        }
        switch FieldAnswer.value(text, for: d, departments: departments) {
        case .failure(let why):
            return [.say(why.text)] + askField(i)
        case .success(let value):
            if let problem = FieldRules.problems([d.key: value], definitions: [d]).first {
                return [.say(problem.message)] + askField(i)
            }
            fieldValues[d.key] = value
            return nextField(after: i, now: now)
        }
    }

    /// The next field, or the review after the last.
    mutating func nextField(after i: Int, now: Date) -> [LineEffect] {
        saveDraft(now) + ask(.field(i + 1))
    }

    /// The body's `fields`.
    var wireFields: [String: FieldWireValue] {
        FieldEncoding.body(fieldValues, definitions: fieldDefinitions)
    }

    /// What the field rules say is wrong, for the review.
    var fieldProblems: [String] {
        FieldRules.problems(fieldValues, definitions: fieldDefinitions).map { $0.sentence + " (f)" }
    }
}

/// A typed answer read as a field value (pure).
enum FieldAnswer {
    struct Refusal: Error, Equatable {
        var text: String
    }

    /// A number from the list or the text of an option (checkboxes: several, separated by commas).
    static func value(_ text: String, for d: FieldDefinition, departments: [Department]) -> Result<FieldValue, Refusal> {
        switch d.kind {
        case .text:
            return .success(.text(text))
        case .radio:
            return option(text, d.options, label: d.formLabel).map(FieldValue.option)
        case .checkbox:
            var chosen: [String] = []
            for part in text.split(separator: ",") {
                let item = part.trimmingCharacters(in: .whitespaces)
                guard !item.isEmpty else { continue }
                switch option(item, d.options, label: d.formLabel) {
                case .success(let o): if !chosen.contains(o) { chosen.append(o) }
                case .failure(let e): return .failure(e)
                }
            }
            return .success(.options(chosen))
        case .department:
            if let n = Int(text), n >= 1, n <= departments.count {
                let dep = departments[n - 1]
                return .success(.department(id: dep.id, name: dep.name))
            }
            let named = departments.filter { $0.name.trimmingCharacters(in: .whitespaces).caseInsensitiveCompare(text) == .orderedSame }
            if named.count == 1 { return .success(.department(id: named[0].id, name: named[0].name)) }
            if departments.isEmpty, let id = Int(text), id > 0 { return .success(.department(id: id, name: "#\(id)")) }
            return .failure(Refusal(text: "\"\(Sanitizer.clean(text))\" is not a department for \(d.formLabel); type its number or name."))
        }
    }

    /// The option numbered `text` (from 1) or named by it (without regard to case).
    static func option(_ text: String, _ options: [String], label: String) -> Result<String, Refusal> {
        if let n = Int(text), n >= 1, n <= options.count { return .success(options[n - 1]) }
        if let exact = options.first(where: { $0 == text }) { return .success(exact) }
        let folded = options.filter { $0.caseInsensitiveCompare(text) == .orderedSame }
        if folded.count == 1 { return .success(folded[0]) }
        return .failure(Refusal(text: "\"\(Sanitizer.clean(text))\" is not one of the choices for \(label); type its number or name."))
    }
}
