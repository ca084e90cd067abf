/// Light Malay stemmer: removes particles, `-nya`, the suffixes `-kan`/`-an`/`-i` and up to two
/// prefixes (meN-, peN-, ber-, per-, ter-, di-, and ke- together with -an), so that
/// `mendengar`, `pendengaran` and `dengar` meet at `dengar`.
///
/// Where an affix has two readings (`berunding`: ber+unding or be+runding) it lists both; a set
/// of known roots, usually the words of the glossary, picks between them. Without one the first
/// reading wins. Words shorter than five letters, numbers, and words in `protectedWords` are
/// left alone, and no stem is shorter than `minimumStemLength`.
struct MalayStemmer: Sendable {
    /// One way of reading a word as affixes around a stem.
    struct Reading: Equatable, Sendable {
        var stem: String
        var prefixes: Int
        var suffix: Bool
        /// Whether a particle or `-nya` was removed.
        var particle: Bool
        /// Whether an allomorph had another reading (`men` + vowel: `t`-root or vowel root).
        var ambiguous: Bool
    }

    static let minimumStemLength = 4

    /// Roots that look affixed but are not: `menang` is not `me` + `nang`.
    static let protectedWords: Set<String> = [
        "menang", "memang", "mentah", "menteri", "mesyuarat", "meja", "percaya", "perlu",
        "peluang", "pelan", "periksa", "perdana", "pernah", "pertama", "berita", "benar",
        "berat", "besar", "bersih", "beza", "teman", "tekan", "terus", "terima", "dinamik",
        "diskusi", "dialog", "kerana", "keras", "kenal", "kedai", "pelanggan", "syarikat",
        "kekal", "makan", "minta", "minat", "mereka", "sendiri", "pasif", "aktif", "promoter",
        "tahun", "bulan", "harga", "teknik", "target", "terma", "period", "permit", "persen",
        // Derived words with a meaning of their own: `kepentingan` (interests) is not `penting`
        // (important), `pendapatan` (income) is not `dapat`.
        "kepentingan", "pendapatan", "kenyataan", "perasaan", "penting",
    ]

    /// The stem of `word`: the first reading whose stem is a known or protected root, else the
    /// first reading.
    func stem(_ word: String, knownRoots: Set<String> = []) -> String {
        let readings = readings(of: word)
        if let known = readings.first(where: {
            knownRoots.contains($0.stem) || Self.protectedWords.contains($0.stem)
        }) {
            return known.stem
        }
        return readings.first?.stem ?? word
    }

    /// Every reading of `word`, most likely first: more prefixes removed, then a suffix, then a
    /// particle.
    /// Empty when the word is left as it is.
    func readings(of word: String) -> [Reading] {
        guard isStemmable(word) else { return [] }
        var bases: [(word: String, particle: Bool)] = [(word, false)]
        for particle in ["lah", "kah", "tah", "pun", "nya"] where word.hasSuffix(particle) {
            let base = String(word.dropLast(particle.count))
            if base.count >= Self.minimumStemLength { bases.append((base, true)) }
            break
        }
        var found: [(reading: Reading, order: Int)] = []
        func add(_ reading: Reading) {
            guard reading.stem.count >= Self.minimumStemLength, reading.stem != word,
                  !found.contains(where: { $0.reading.stem == reading.stem }) else { return }
            found.append((reading, found.count))
        }
        for (base, particle) in bases {
            if Self.protectedWords.contains(base) {
                if particle { add(Reading(stem: base, prefixes: 0, suffix: false, particle: true, ambiguous: false)) }
                continue
            }
            var forms: [(String, Bool)] = [(base, false)]
            for suffix in ["kan", "an", "i"] where base.hasSuffix(suffix) {
                let stripped = String(base.dropLast(suffix.count))
                if stripped.count >= Self.minimumStemLength { forms.append((stripped, true)) }
                break
            }
            for (form, suffix) in forms {
                if suffix || particle {
                    add(Reading(stem: form, prefixes: 0, suffix: suffix, particle: particle,
                                ambiguous: false))
                }
                if Self.protectedWords.contains(form) { continue }
                for first in prefixReadings(of: form, circumfix: suffix && base.hasSuffix("an")) {
                    if first.stem.count < Self.minimumStemLength { continue }
                    add(Reading(stem: first.stem, prefixes: 1, suffix: suffix, particle: particle,
                                ambiguous: first.ambiguous))
                    if Self.protectedWords.contains(first.stem) { continue }
                    for second in prefixReadings(of: first.stem, circumfix: false, inner: true) {
                        add(Reading(stem: second.stem, prefixes: 2, suffix: suffix,
                                    particle: particle,
                                    ambiguous: first.ambiguous || second.ambiguous))
                    }
                }
            }
        }
        return found.sorted { lhs, rhs in
            if lhs.reading.prefixes != rhs.reading.prefixes {
                return lhs.reading.prefixes > rhs.reading.prefixes
            }
            if lhs.reading.suffix != rhs.reading.suffix { return lhs.reading.suffix }
            if lhs.reading.particle != rhs.reading.particle { return lhs.reading.particle }
            return lhs.order < rhs.order
        }.map(\.reading)
    }

    private func isStemmable(_ word: String) -> Bool {
        word.unicodeScalars.count >= 5
            && word.unicodeScalars.allSatisfy { $0 >= "a" && $0 <= "z" }
            && !Self.protectedWords.contains(word)
    }

    /// The stems left by removing one prefix, by the first rule that applies.
    /// An `inner` prefix follows another one (mem-**per**-kenal-kan): only pe-, per- and ber-.
    private func prefixReadings(of word: String, circumfix: Bool, inner: Bool = false)
        -> [(stem: String, ambiguous: Bool)] {
        let scalars = Array(word.unicodeScalars)
        func rest(after count: Int) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars.dropFirst(count))
            return String(view)
        }
        func at(_ index: Int) -> Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }
        func isVowel(_ scalar: Unicode.Scalar?) -> Bool {
            guard let scalar else { return false }
            return "aeiou".unicodeScalars.contains(scalar)
        }
        func starts(_ prefix: String) -> Bool { word.hasPrefix(prefix) }
        func one(_ stem: String) -> [(stem: String, ambiguous: Bool)] { [(stem, false)] }
        func two(_ first: String, _ second: String) -> [(stem: String, ambiguous: Bool)] {
            [(first, true), (second, true)]
        }

        if inner && !(starts("pe") || starts("ber")) { return [] }
        for head in ["me", "pe"] where starts(head) {
            if starts(head + "ny"), isVowel(at(4)) { return one("s" + rest(after: 4)) }
            if starts(head + "ng") {
                if isVowel(at(4)) { return two(rest(after: 4), "k" + rest(after: 4)) }
                if let next = at(4), "ghk".unicodeScalars.contains(next) { return one(rest(after: 4)) }
            }
            if starts(head + "m") {
                if let next = at(3), "bfpv".unicodeScalars.contains(next) { return one(rest(after: 3)) }
                if isVowel(at(3)) { return two("p" + rest(after: 3), rest(after: 2)) }
            }
            if starts(head + "n") {
                if let next = at(3), "cdjz".unicodeScalars.contains(next) || starts(head + "nsy") {
                    return one(rest(after: 3))
                }
                if isVowel(at(3)) { return two("t" + rest(after: 3), rest(after: 2)) }
            }
            if head == "pe", starts("per") {
                if isVowel(at(3)) { return two(rest(after: 2), rest(after: 3)) }
                return one(rest(after: 3))
            }
            if let next = at(2), "lmnrwy".unicodeScalars.contains(next) { return one(rest(after: 2)) }
            if head == "pe", let next = at(2), !isVowel(next) { return one(rest(after: 2)) }
            return []
        }
        for head in ["ber", "ter"] where starts(head) && (!inner || head == "ber") {
            if isVowel(at(3)) { return two(rest(after: 3), "r" + rest(after: 3)) }
            return one(rest(after: 3))
        }
        if starts("be"), starts("bel") == false, let next = at(2), next == "k" {
            return one(rest(after: 2))                        // bekerja → kerja
        }
        if inner { return [] }
        if starts("di") { return one(rest(after: 2)) }
        if circumfix, starts("ke") { return one(rest(after: 2)) }
        return []
    }
}
