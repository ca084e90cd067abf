import Foundation
import Yams

/// Reads typed values out of a YAML tree, turning every mismatch into a diagnostic with its position.
final class YAMLNodeReader {
    let path: String
    private let source: String
    /// The source's lines, split only when a diagnostic needs one.
    private(set) lazy var lines: [String] = source.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        .map { line in
            let bytes = line.last == UInt8(ascii: "\r") ? line.dropLast() : line[...]
            return String(decoding: bytes, as: UTF8.self)
        }
    private(set) var diagnostics: [Diagnostic] = []

    init(path: String, source: String) {
        self.path = path
        self.source = source
    }

    // MARK: Locations and diagnostics

    func location(of node: Node) -> SourceLocation {
        let mark = node.mark
        return SourceLocation(path: path, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    func sourceLine(_ line: Int) -> String? {
        guard line >= 1, line <= lines.count else { return nil }
        return lines[line - 1]
    }

    func report(_ code: String, _ severity: Diagnostic.Severity = .error, at location: SourceLocation,
                ms: String, en: String) {
        diagnostics.append(Diagnostic(code, severity, at: location, ms: ms, en: en,
                                      sourceLine: sourceLine(location.line)))
    }

    func report(_ code: String, _ severity: Diagnostic.Severity = .error, at node: Node,
                ms: String, en: String) {
        report(code, severity, at: location(of: node), ms: ms, en: en)
    }

    // MARK: Structure

    /// The pairs of a mapping by key, after checking the keys: unknown keys are warned about
    /// (with a suggestion), missing required keys are errors at the mapping.
    func mapping(_ node: Node, what: String, required: [String], optional: [String]) -> [String: Node]? {
        guard case .mapping(let mapping) = node else {
            wrongType(node, expected: ("pemetaan (kunci: nilai)", "a mapping (key: value)"), what: what)
            return nil
        }
        let known = required + optional
        var values: [String: Node] = [:]
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else {
                wrongType(keyNode, expected: ("kunci teks", "a text key"), what: what)
                continue
            }
            if known.contains(key) {
                values[key] = value
            } else {
                let suggestion = Suggestion.closest(to: key, among: known)
                let hintMS = suggestion.map { " — maksud anda '\($0)'?" } ?? ""
                let hintEN = suggestion.map { " — did you mean '\($0)'?" } ?? ""
                report("F008", .warning, at: keyNode,
                       ms: "kunci '\(key)' tidak dikenali dalam \(what)\(hintMS)",
                       en: "unknown key '\(key)' in \(what)\(hintEN)")
            }
        }
        for key in required where values[key] == nil {
            report("F007", at: node,
                   ms: "\(what) tiada kunci wajib '\(key)'",
                   en: "\(what) is missing the required key '\(key)'")
        }
        return values
    }

    func sequence(_ node: Node, what: String) -> [Node]? {
        if case .sequence(let sequence) = node { return Array(sequence) }
        if isNull(node) { return [] }
        wrongType(node, expected: ("senarai", "a list"), what: what)
        return nil
    }

    func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    // MARK: Values

    /// Any scalar, as written.
    func string(_ node: Node, what: String) -> String? {
        guard case .scalar(let scalar) = node, !isNull(node) else {
            wrongType(node, expected: ("teks", "text"), what: what)
            return nil
        }
        return scalar.string
    }

    /// An id: lower-case letters, digits and `-`.
    func id(_ node: Node, what: String) -> String? {
        guard let value = string(node, what: what) else { return nil }
        guard Self.isValidID(value) else {
            report("F010", at: node,
                   ms: "id '\(value)' tidak sah: gunakan huruf kecil, digit dan '-'",
                   en: "invalid id '\(value)': use lower-case letters, digits and '-'")
            return nil
        }
        return value
    }

    static func isValidID(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first, value.unicodeScalars.count <= 64,
              ("a"..."z").contains(first) || ("0"..."9").contains(first) else { return false }
        return value.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
            && !value.hasSuffix("-")
    }

    /// One of an enumeration's raw values; F012 naming the allowed ones otherwise.
    func enumeration<T: RawRepresentable & CaseIterable>(_ node: Node, what: String, as type: T.Type) -> T?
    where T.RawValue == String {
        guard let raw = string(node, what: what) else { return nil }
        if let value = T(rawValue: raw) { return value }
        let allowedMS = T.allCases.map { "'\($0.rawValue)'" }.joined(separator: " atau ")
        let allowedEN = T.allCases.map { "'\($0.rawValue)'" }.joined(separator: " or ")
        report("F012", at: node, ms: "\(what) '\(raw)' tidak sah: gunakan \(allowedMS)",
               en: "invalid \(what) '\(raw)': use \(allowedEN)")
        return nil
    }

    func bool(_ node: Node, what: String) -> Bool? {
        if case .scalar(let scalar) = node {
            switch scalar.string {
            case "true", "True", "TRUE", "yes", "Yes": return true
            case "false", "False", "FALSE", "no", "No": return false
            default: break
            }
        }
        wrongType(node, expected: ("true atau false", "true or false"), what: what)
        return nil
    }

    func double(_ node: Node, what: String) -> Double? {
        if case .scalar(let scalar) = node, let value = Double(scalar.string), value.isFinite {
            return value
        }
        wrongType(node, expected: ("nombor", "a number"), what: what)
        return nil
    }

    func ids(_ node: Node, what: String) -> [String] {
        guard let items = sequence(node, what: what) else { return [] }
        return items.compactMap { id($0, what: what) }
    }

    func strings(_ node: Node, what: String) -> [String] {
        guard let items = sequence(node, what: what) else { return [] }
        return items.compactMap { string($0, what: what) }
    }

    /// `{ms: …, en: …}`; a missing or empty language is F011.
    func text(_ node: Node, what: String) -> LocalizedText? {
        guard let values = mapping(node, what: what, required: [], optional: ["ms", "en"]) else { return nil }
        let ms = values["ms"].flatMap { nonEmptyString($0, what: "\(what).ms") }
        let en = values["en"].flatMap { nonEmptyString($0, what: "\(what).en") }
        for (language, value) in [("ms", ms), ("en", en)] where value == nil && isBlank(values[language]) {
            missingTranslation(at: values[language] ?? node, language: language, what: what)
        }
        return LocalizedText(ms: ms ?? "", en: en ?? "")
    }

    /// `{ms: [...], en: [...]}`; a missing language is F011 when `requireBoth`.
    func list(_ node: Node, what: String, requireBoth: Bool) -> LocalizedList? {
        guard let values = mapping(node, what: what, required: [], optional: ["ms", "en"]) else { return nil }
        let ms = values["ms"].map { strings($0, what: "\(what).ms") }
        let en = values["en"].map { strings($0, what: "\(what).en") }
        if requireBoth {
            for (language, value) in [("ms", ms), ("en", en)] where value == nil {
                missingTranslation(at: node, language: language, what: what)
            }
        }
        return LocalizedList(ms: ms ?? [], en: en ?? [])
    }

    /// Missing, null, or only whitespace: what a forgotten translation looks like.
    private func isBlank(_ node: Node?) -> Bool {
        guard let node else { return true }
        guard case .scalar(let scalar) = node else { return false }
        return isNull(node) || scalar.string.allSatisfy(\.isWhitespace)
    }

    private func nonEmptyString(_ node: Node, what: String) -> String? {
        if isNull(node) { return nil }
        guard let value = string(node, what: what) else { return nil }
        guard let first = value.firstIndex(where: { !$0.isWhitespace }),
              let last = value.lastIndex(where: { !$0.isWhitespace }) else { return nil }
        return first == value.startIndex && last == value.index(before: value.endIndex)
            ? value : String(value[first...last])
    }

    func missingTranslation(at node: Node, language: String, what: String) {
        let name = language == "ms" ? ("Melayu", "Malay") : ("Inggeris", "English")
        report("F011", at: node,
               ms: "\(what) tiada teks bahasa \(name.0) ('\(language)')",
               en: "\(what) has no \(name.1) text ('\(language)')")
        diagnostics[diagnostics.count - 1].missingText = Diagnostic.MissingText(
            language: language == "ms" ? .ms : .en, what: what)
    }

    func wrongType(_ node: Node, expected: (String, String), what: String) {
        report("F006", at: node,
               ms: "\(what) sepatutnya \(expected.0), bukan \(describe(node).0)",
               en: "\(what) should be \(expected.1), not \(describe(node).1)")
    }

    private func describe(_ node: Node) -> (String, String) {
        switch node {
        case .mapping: return ("pemetaan", "a mapping")
        case .sequence: return ("senarai", "a list")
        case .scalar where isNull(node): return ("kosong", "empty")
        case .scalar: return ("teks", "text")
        default: return ("nilai lain", "something else")
        }
    }
}
