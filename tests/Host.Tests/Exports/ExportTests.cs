using System.IO.Compression;
using System.Net;
using System.Text;
using Hyeopchi.Host.Auth;
using Hyeopchi.Testing;
using MiniExcelLibs;

namespace Hyeopchi.Host.Tests.Exports;

/// <summary>The tables a coordinator hands on, downloaded as an Excel workbook or CSV.</summary>
public class ExportTests(HyeopchiApp app) : IClassFixture<HyeopchiApp>
{
    private const int Year = 2044;
    private const string Formula = "=HYPERLINK(\"http://example.invalid\",\"열기\")";

    private async Task<HttpClient> GivenAnExpoWithAnExhibitNamedLikeAFormula(int year)
    {
        var c = await app.ClientAs(Roles.Coordinator);
        await c.Create("/api/expos", new
        {
            year = year, venue = "성북구청 다목적홀", submissionsOpen = $"{year}-01-10", submissionsClose = $"{year}-02-10",
            opensOn = $"{year}-03-06", closesOn = $"{year}-03-08", on = $"{year}-01-02",
        });
        await c.Create($"/api/expos/{year}/exhibits", new { organisation = Formula, organisationType = "civil", title = "마을 돌봄 지도", summary = "동네 돌봄 자원을 한 장에", on = $"{year}-01-20" });
        await c.Create($"/api/expos/{year}/exhibits", new { organisation = "성북구청 자치행정과", organisationType = "administration", title = "주민자치회 확대", summary = "모든 동에 주민자치회", on = $"{year}-01-21" });
        return c;
    }

    [Fact]
    public async Task The_expo_catalogue_downloads_as_a_workbook_with_Korean_headers_typed_cells_a_frozen_header_row_and_formulas_kept_as_text()
    {
        var c = await GivenAnExpoWithAnExhibitNamedLikeAFormula(Year);

        var answer = await c.GetAsync($"/exports/expo-{Year}.xlsx");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", answer.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"expo-{Year}.xlsx", answer.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await answer.Content.ReadAsByteArrayAsync();
        var rows = MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["단체", "단체 유형", "전시 제목", "요약", "상태", "접수일", "배치", "연계 사업", "정책 구분"], rows[0].Keys);
        Assert.Equal(2, rows.Count);
        var exhibit = rows.Single(r => (string?)r["전시 제목"] == "마을 돌봄 지도");
        Assert.Equal(Formula, exhibit["단체"]);
        Assert.Equal("민간 단체", exhibit["단체 유형"]);
        Assert.Equal("심사 대기", exhibit["상태"]);
        Assert.Equal(new DateTime(Year, 1, 20), exhibit["접수일"]);
        Assert.Equal(0d, Convert.ToDouble(exhibit["연계 사업"]));
        Assert.Equal("이루어지는 정책", exhibit["정책 구분"]);

        var sheet = SheetXml(bytes);
        Assert.Contains("state=\"frozen\"", sheet);
        Assert.Contains("ySplit=\"1\"", sheet);
        Assert.DoesNotContain("<x:f>", sheet);
        Assert.DoesNotContain("<f>", sheet);
    }

    [Fact]
    public async Task The_same_table_downloads_as_CSV_with_a_byte_order_mark_and_a_formula_neutralised()
    {
        var c = await GivenAnExpoWithAnExhibitNamedLikeAFormula(Year + 1);

        var answer = await c.GetAsync($"/exports/expo-{Year + 1}.csv");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var bytes = await answer.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("단체,단체 유형,전시 제목,요약,상태,접수일,배치,연계 사업,정책 구분", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("\"'=HYPERLINK(", StringComparison.Ordinal) && l.Contains($",{Year + 1}-01-20,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Strategic_tasks_export_their_progress_as_a_number_and_the_people_table_is_for_admins_only()
    {
        var c = await app.ClientAs(Roles.Coordinator);
        var person = await c.Create("/api/people", new { name = "엑셀 참여자", sector = "civil" });
        var other = await c.Create("/api/people", new { name = "엑셀 담당자", sector = "administration" });
        var division = await c.Create("/api/divisions", new { name = "엑셀분과", field = "환경" });
        var workshop = await c.Create("/api/workshops", new { kind = "civilCivil", scope = "division", divisionId = division, participants = new[] { person, other }, on = $"{Year - 1}-11-02" });
        var task = await c.Create($"/api/workshops/{workshop}/strategic-tasks", new { title = "분리배출 교육", year = Year, divisionId = division });
        (await c.PostJson($"/api/strategic-tasks/{task}/progress", new { percent = 40, note = "두 동에서 시작", on = $"{Year}-04-01" })).EnsureSuccessStatusCode();

        var bytes = await (await c.GetAsync($"/exports/strategic-tasks-{Year}.xlsx")).EnsureSuccessStatusCode().Content.ReadAsByteArrayAsync();
        var row = MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: true).Cast<IDictionary<string, object?>>().Single();
        Assert.Equal("분리배출 교육", row["과제"]);
        Assert.Equal("엑셀분과", row["주체"]);
        Assert.Equal(40d, Convert.ToDouble(row["진행률(%)"]));
        Assert.Equal(new DateTime(Year, 4, 1), row["최근 보고일"]);

        await (await c.GetAsync($"/exports/compliance-{Year}.xlsx")).Problem(HttpStatusCode.NotFound);
        (await c.PostJson("/api/network/launch", new { name = "엑셀 추진단", district = "성북구", on = $"{Year - 1}-03-01" })).EnsureSuccessStatusCode();
        var compliance = await (await c.GetAsync($"/exports/compliance-{Year}.csv")).EnsureSuccessStatusCode().Content.ReadAsStringAsync();
        Assert.Contains($"{Year},네트워크 전체,", compliance);
        Assert.Contains(",미충족,", compliance, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Forbidden, (await c.GetAsync("/exports/people.xlsx")).StatusCode);
        var admin = await app.ClientAs(Roles.Admin);
        var people = await (await admin.GetAsync("/exports/people.csv")).EnsureSuccessStatusCode().Content.ReadAsStringAsync();
        Assert.Contains("엑셀 참여자,민간", people);
    }

    [Fact]
    public async Task An_unknown_format_a_year_without_an_expo_and_an_anonymous_caller_get_no_table()
    {
        var c = await app.ClientAs(Roles.Auditor);

        await (await c.GetAsync("/exports/expo-2039.xlsx")).Problem(HttpStatusCode.NotFound);
        await (await c.GetAsync($"/exports/expo-{Year}.pdf")).Problem(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden, (await c.GetAsync("/exports/people.xlsx")).StatusCode);
        await (await c.GetAsync("/exports/monitoring.xlsx?from=2030&to=2020")).Problem(HttpStatusCode.BadRequest);
        var anonymous = app.AnonymousClient();
        var refused = await anonymous.GetAsync($"/exports/expo-{Year}.xlsx");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/signin", refused.Headers.Location?.AbsolutePath);
    }

    private static string SheetXml(byte[] workbook)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook));
        using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        return reader.ReadToEnd();
    }
}
