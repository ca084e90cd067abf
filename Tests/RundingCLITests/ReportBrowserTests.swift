import Foundation
import Testing

/// The HTML report in a real browser: headless Chromium at a laptop's 1366×900 and a phone's
/// 390×844. A wrapper page (`Browser/measure.html`) frames the report at that size and measures
/// it; the report itself stays script-free. Screenshots go to `.build/report-browser/`.
@Suite(.serialized) struct ReportBrowserTests {
    typealias R = ReportCommandTests

    /// `chromium` on the PATH, nil when it is not installed (CI installs Debian's package).
    static let chromium: String? = {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            for name in ["chromium", "chromium-browser"] {
                let path = "\(directory)/\(name)"
                if FileManager.default.isExecutableFile(atPath: path) { return path }
            }
        }
        print("ReportBrowserTests skipped: chromium is not installed (apt-get install chromium)")
        return nil
    }()

    struct Measure: Decodable {
        var scrollWidth: Int
        var width: Int
        var bad: [String]
        var svgs: Int
        var untitled: Int
        var scripts: Int
        /// Cells of the learner table (`table.cards`), and those not on screen or too small.
        var cells: Int
        var hiddenCells: [String]
        /// Hosts the page fetched from (through `ConnectionTrap`, the browser's own traffic left
        /// out), not measured by the page.
        var requests: [String] = []

        enum CodingKeys: String, CodingKey {
            case scrollWidth, width, bad, svgs, untitled, scripts, cells, hiddenCells
        }
    }

    /// Frames `page` at `width`×`height`, returns what the wrapper measured and the connections
    /// made to the network while loading it, keeps a screenshot.
    static func measure(_ page: String, width: Int, height: Int, screenshot: String) throws -> Measure {
        let chromium = try #require(chromium)
        let template = try String(contentsOfFile: Repository.root + "/Tests/RundingCLITests/Browser/measure.html", encoding: .utf8)
        let wrapper = URL(fileURLWithPath: page).deletingLastPathComponent().appendingPathComponent("wrap-\(width).html").path
        try template.replacingOccurrences(of: "PAGE", with: URL(fileURLWithPath: page).lastPathComponent)
            .replacingOccurrences(of: "WIDTH", with: String(width)).replacingOccurrences(of: "HEIGHT", with: String(height))
            .write(toFile: wrapper, atomically: true, encoding: .utf8)
        let trap = try ConnectionTrap()
        defer { trap.stop() }
        let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
                     "--window-size=\(width + 20),\(height)", "--user-data-dir=" + NSTemporaryDirectory() + "runding-chromium-\(getpid())"]
            + trap.chromiumFlags
        let dom = try BinaryRunner.runProgram(chromium, flags + ["--dump-dom", "file://" + wrapper])
        let requests = trap.pageHosts
        let start = try #require(dom.stdout.range(of: "<pre id=\"measure\">"))
        let end = try #require(dom.stdout.range(of: "</pre>", range: start.upperBound..<dom.stdout.endIndex))
        let json = String(dom.stdout[start.upperBound..<end.lowerBound]).replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
        let folder = Repository.root + "/.build/report-browser"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        _ = try BinaryRunner.runProgram(chromium, flags + ["--screenshot=\(folder)/\(screenshot)", "file://" + wrapper])
        var measure = try JSONDecoder().decode(Measure.self, from: Data(json.utf8))
        measure.requests = requests
        return measure
    }

    static let sizes = [(1366, 900), (390, 844)]

    @Test(.enabled(if: chromium != nil), arguments: ["team", "learner"])
    func nothingOverflowsAndEveryChartHasATitle(page: String) throws {
        let directory = try R.team()
        defer { directory.remove() }
        try "learner,team,manager\naisyah,Jualan Utara,Siti Nurhaliza\n".write(toFile: directory.path + "/roster.csv", atomically: true, encoding: .utf8)
        let path = directory.path + "/\(page).html"
        let extra = page == "team" ? ["--roster", directory.path + "/roster.csv"] : ["--learner", "badrul"]
        let result = try R.report(directory, ["--format", "html", "--output", path] + extra)
        #expect(result.status == 0)
        let html = try String(contentsOfFile: path, encoding: .utf8)
        // No script and nothing fetched: no external source, link, style import or URL.
        for needle in ["<script", " src=", "<link", "@import", "url(", "http://", "https://"] {
            #expect(!html.lowercased().contains(needle), "\(needle)")
        }
        for (width, height) in Self.sizes {
            let measure = try Self.measure(path, width: width, height: height, screenshot: "\(page)-\(width)x\(height).png")
            #expect(measure.width <= width && measure.width >= width - 20)
            #expect(measure.scrollWidth <= measure.width, "\(page) at \(width): \(measure.scrollWidth) > \(measure.width)")
            #expect(measure.bad.isEmpty, "\(page) at \(width): \(measure.bad)")
            #expect(measure.scripts == 0)
            #expect(measure.requests.isEmpty, "\(page) at \(width): network requests \(measure.requests)")
            #expect(measure.untitled == 0)
            // Every column of the learner table readable without scrolling: a card per learner on a phone.
            #expect(measure.cells == (page == "team" ? 2 : 1) * 12)
            #expect(measure.hiddenCells.isEmpty, "\(page) at \(width): \(measure.hiddenCells)")
            // Team: mastery per skill, answers per day, then per learner mastery over time and
            // activity; learner: mastery over time and activity.
            #expect(measure.svgs == (page == "team" ? 2 + 2 * 2 : 2))
        }
    }

    /// The measure can fail: a page wider than the phone, a table that does not fold into cards
    /// and a page that fetches from the network are caught.
    @Test(.enabled(if: chromium != nil)) func aWidePageIsCaught() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/wide.html"
        let cells = (1...11).map { "<td data-label=\"c\($0)\">column number \($0)</td>" }.joined()
        try """
            <!DOCTYPE html><html><head><style>body { background: url(http://a.runding.invalid/a.png); }</style></head><body>
            <div style="width: 900px">wide</div><svg></svg><img src="https://b.runding.invalid/b.png" alt="">
            <div class="scroll" style="overflow-x: auto"><table class="cards"><tr>\(cells)</tr></table></div></body></html>
            """.write(toFile: path, atomically: true, encoding: .utf8)
        let measure = try Self.measure(path, width: 390, height: 844, screenshot: "wide-390x844.png")
        #expect(measure.scrollWidth > measure.width)
        #expect(!measure.bad.isEmpty)
        #expect(measure.untitled == 1)
        #expect(measure.cells == 11 && !measure.hiddenCells.isEmpty)
        #expect(Set(measure.requests).isSuperset(of: ["a.runding.invalid", "b.runding.invalid"]), "\(measure.requests)")
    }
}
