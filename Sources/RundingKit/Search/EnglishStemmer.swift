/// Light English stemmer: plural `-s`/`-es`/`-ies`, `-ing`, `-ed` and a final `-e`, so that
/// `listening`/`listens`/`listen` and `closing`/`closed`/`close` meet.
///
/// Deliberately small: it only has to make a learner's wording meet the glossary's, and both
/// go through it. Words shorter than four letters and numbers are left alone.
struct EnglishStemmer: Sendable {
    /// Words that end like an inflection but are not one.
    static let exceptions: Set<String> = [
        "analysis", "basis", "crisis", "status", "focus", "bonus", "process", "business",
        "series", "news", "always", "during", "thing", "nothing", "something", "everything",
        "bring", "string", "spring", "ceiling", "red", "bed", "need", "speed", "feed", "seed",
    ]

    func stem(_ word: String) -> String {
        var scalars = Array(word.unicodeScalars)
        guard scalars.count >= 4, scalars.allSatisfy({ $0 >= "a" && $0 <= "z" }),
              !Self.exceptions.contains(word) else { return word }

        func ends(_ suffix: String) -> Bool {
            let tail = Array(suffix.unicodeScalars)
            return scalars.count > tail.count && Array(scalars.suffix(tail.count)) == tail
        }
        func hasVowel(_ part: ArraySlice<Unicode.Scalar>) -> Bool {
            part.contains { "aeiouy".unicodeScalars.contains($0) }
        }

        // Plurals.
        if ends("ies"), scalars.count > 4 {
            scalars.removeLast(3); scalars.append("y")
        } else if ends("sses") || ends("xes") || ends("ches") || ends("shes") {
            scalars.removeLast(2)
        } else if ends("s"), !ends("ss"), !ends("us"), !ends("is") {
            scalars.removeLast()
        }
        // Verb forms.
        for suffix in ["ing", "ed"] where ends(suffix) {
            let base = scalars.dropLast(suffix.unicodeScalars.count)
            guard base.count >= 3, hasVowel(base) else { break }
            scalars = Array(base)
            // getting → get: undouble a final consonant other than l, s, z.
            if let last = scalars.last, scalars.count >= 4, scalars[scalars.count - 2] == last,
               !"aeioulsz".unicodeScalars.contains(last) {
                scalars.removeLast()
            }
            break
        }
        // close/closing/closed → clos.
        if scalars.count >= 4, scalars.last == "e", scalars[scalars.count - 2] != "e" {
            scalars.removeLast()
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
