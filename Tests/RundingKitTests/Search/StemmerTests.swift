import Testing
@testable import RundingKit

@Suite struct MalayStemmerTests {
    let stemmer = MalayStemmer()

    @Test(arguments: [
        // meN- and its allomorphs
        ("mendengar", "dengar"), ("membeli", "beli"), ("memukul", "pukul"), ("menulis", "tulis"),
        ("menyapu", "sapu"), ("mengajar", "ajar"), ("menggunakan", "guna"), ("mengkritik", "kritik"),
        ("melihat", "lihat"), ("merundingkan", "runding"), ("menangani", "tangan"),
        ("mengatasi", "atas"), ("mengira", "kira"),
        // peN-, pe-, per-
        ("pendengaran", "dengar"), ("pembeli", "beli"), ("penyerang", "serang"),
        ("pengurus", "urus"), ("pekerja", "kerja"), ("perunding", "runding"),
        ("perbincangan", "bincang"),
        // ber-, ter-, di-, ke-…-an, two prefixes
        ("bertanya", "tanya"), ("berjaya", "jaya"), ("bekerja", "kerja"), ("terbaik", "baik"),
        ("dijual", "jual"), ("diperlukan", "perlu"), ("keperluan", "perlu"),
        ("kepercayaan", "percaya"), ("keberkesanan", "kesan"), ("memperkenalkan", "kenal"),
        // suffixes and particles
        ("rundingan", "runding"), ("bantahan", "bantah"), ("tinjauan", "tinjau"),
        ("jualan", "jual"), ("mendengarnya", "dengar"), ("bolehlah", "boleh"),
        // left alone: roots that look affixed, short words, loanwords, numbers
        ("menang", "menang"), ("aktif", "aktif"), ("percaya", "percaya"), ("perlu", "perlu"),
        ("pelanggan", "pelanggan"), ("mesyuarat", "mesyuarat"), ("dengar", "dengar"),
        ("analisis", "analisis"), ("beli", "beli"), ("kerja", "kerja"), ("enps", "enps"),
        ("12345", "12345"), ("target", "target"), ("harga", "harga"),
    ])
    func stems(word: String, expected: String) {
        #expect(stemmer.stem(word) == expected)
    }

    @Test func knownRootsSettleAnAmbiguousPrefix() {
        // ber + vowel: "berakhir" is ber+akhir, "berunding" is be+runding.
        #expect(stemmer.stem("berakhir") == "akhir")
        #expect(stemmer.stem("berunding") == "unding")
        #expect(stemmer.stem("berunding", knownRoots: ["runding"]) == "runding")
        // meng + vowel: mengira is meN+kira.
        #expect(stemmer.stem("mengarang", knownRoots: ["karang"]) == "karang")
        #expect(stemmer.stem("mengarang") == "arang")
    }

    @Test func knownRootsComeFromTheGlossaryText() {
        let roots = QueryAnalyzer.knownRoots(fromMalay: ["Perundingan yang sukar", "rundingan"])
        #expect(roots.contains("runding"))
        #expect(roots.contains("sukar"))
        let analyzer = QueryAnalyzer(knownRoots: roots)
        #expect(analyzer.stem("berunding", language: .ms) == "runding")
    }

    @Test func noStemIsShorterThanTheMinimum() {
        for word in ["memberi", "menanti", "pelan", "kerana", "dian", "sekali"] {
            #expect(stemmer.stem(word).count >= min(word.count, MalayStemmer.minimumStemLength), "\(word)")
        }
    }
}

@Suite struct EnglishStemmerTests {
    let stemmer = EnglishStemmer()

    @Test(arguments: [
        ("listening", "listen"), ("listens", "listen"), ("listen", "listen"),
        ("promoters", "promoter"), ("detractors", "detractor"), ("detractor", "detractor"),
        ("policies", "policy"), ("closing", "clos"), ("closed", "clos"), ("close", "clos"),
        ("getting", "get"), ("tailored", "tailor"), ("responses", "respons"),
        ("response", "respons"), ("boxes", "box"), ("buyers", "buyer"), ("needs", "need"),
        ("analysis", "analysis"), ("business", "business"), ("boss", "boss"),
        ("status", "status"), ("need", "need"), ("sing", "sing"), ("is", "is"),
        ("1.5", "1.5"),
    ])
    func stems(word: String, expected: String) {
        #expect(stemmer.stem(word) == expected)
    }
}

@Suite struct QueryAnalyzerTests {
    let analyzer = QueryAnalyzer()

    @Test(arguments: [
        ("apa itu eNPS?", ["enps"]),
        ("Apakah maksud menang-menang?", ["menang", "menang"]),
        ("macam mana nak handle pembeli agresif", ["handle", "pembeli", "agresif"]),
        ("what is active listening", ["active", "listening"]),
        ("what is a detractor", ["detractor"]),
        ("terangkan tentang mendengar aktif", ["mendengar", "aktif"]),
        ("bagaimanakah saya boleh menang dengan pembeli ini", ["menang", "pembeli"]),
        ("cara untuk buat analisis keperluan", ["buat", "analisis", "keperluan"]),
        ("tell me about the 1:1", ["1", "1"]),
        ("define BATNA please", ["batna"]),
        ("what does win-win mean", ["win", "win"]),
        ("apa itu", []),
    ])
    func keepsTheWordsThatCarryMeaning(question: String, expected: [String]) {
        #expect(analyzer.analyze(question).terms.map(\.word) == expected)
    }

    @Test func eachWordCarriesItsMalayAndEnglishStems() {
        let terms = analyzer.analyze("pendengaran listening aktif").terms
        #expect(terms.map(\.stems) == [["dengar", "pendengaran"], ["listening", "listen"], ["aktif"]])
    }

    @Test func glossaryTextIsStemmedInItsOwnLanguage() {
        #expect(analyzer.tokens(of: "Mendengar secara aktif", language: .ms) == ["dengar", "secara", "aktif"])
        #expect(analyzer.tokens(of: "Listening to the customers", language: .en) == ["listen", "customer"])
    }

    @Test func aLongQuestionIsCut() {
        let question = Array(repeating: "rundingan", count: 500).joined(separator: " ")
        let query = analyzer.analyze(question)
        #expect(query.terms.count == QueryAnalyzer.maximumTerms)
        #expect(query.words.count <= QueryAnalyzer.maximumInputLength / 2)
    }
}
