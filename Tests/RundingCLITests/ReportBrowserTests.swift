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
    }

    /// Frames `page` at `width`×`height`, returns what the wrapper measured, keeps a screenshot.
    static func measure(_ page: String, width: Int, height: Int, screenshot: String) throws -> Measure {
        let chromium = try #require(chromium)
        let template = try String(contentsOfFile: Repository.root + "/Tests/RundingCLITests/Browser/measure.html", encoding: .utf8)
        let wrapper = URL(fileURLWithPath: page).deletingLastPathComponent().appendingPathComponent("wrap-\(width).html").path
        try template.replacingOccurrences(of: "PAGE", with: URL(fileURLWithPath: page).lastPathComponent)
            .replacingOccurrences(of: "WIDTH", with: String(width)).replacingOccurrences(of: "HEIGHT", with: String(height))
            .write(toFile: wrapper, atomically: true, encoding: .utf8)
        let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
                     "--window-size=\(width + 20),\(height)", "--user-data-dir=" + NSTemporaryDirectory() + "runding-chromium-\(getpid())"]
        let dom = try BinaryRunner.runProgram(chromium, flags + ["--dump-dom", "file://" + wrapper])
        let start = try #require(dom.stdout.range(of: "<pre id=\"measure\">"))
        let end = try #require(dom.stdout.range(of: "</pre>", range: start.upperBound..<dom.stdout.endIndex))
        let json = String(dom.stdout[start.upperBound..<end.lowerBound]).replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
        let folder = Repository.root + "/.build/report-browser"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        _ = try BinaryRunner.runProgram(chromium, flags + ["--screenshot=\(folder)/\(screenshot)", "file://" + wrapper])
        return try JSONDecoder().decode(Measure.self, from: Data(json.utf8))
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
            #expect(measure.untitled == 0)
            // Team: mastery per skill, answers per day, one strip per learner; learner: activity.
            #expect(measure.svgs == (page == "team" ? 2 + 2 : 1))
        }
    }

    /// The measure can fail: a page wider than the phone is caught.
    @Test(.enabled(if: chromium != nil)) func aWidePageIsCaught() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/wide.html"
        try "<!DOCTYPE html><html><body><div style=\"width: 900px\">wide</div><svg></svg></body></html>"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let measure = try Self.measure(path, width: 390, height: 844, screenshot: "wide-390x844.png")
        #expect(measure.scrollWidth > measure.width)
        #expect(!measure.bad.isEmpty)
        #expect(measure.untitled == 1)
    }
}
