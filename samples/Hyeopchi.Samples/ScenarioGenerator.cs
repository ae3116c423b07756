using System.Globalization;
using System.Text.Json.Nodes;
using Hyeopchi.Host.Samples;

namespace Hyeopchi.Samples;

/// <summary>
/// The size of a generated network: one district (one store), its divisions, and its years. The
/// default years (2016–2025) lie in the past, so a host on the real clock accepts every business
/// date; a longer or later history needs a host whose HYEOPCHI_TODAY lies after it (the test and
/// benchmark hosts have one).
/// </summary>
public sealed record GeneratedShape(int District = 0, int FirstYear = 2016, int Years = 10, int Divisions = 8, int MeetingsPerDivision = 4, int Exhibits = 8);

/// <summary>
/// Scales the Seongbuk sample's shape to any district and number of years, for benchmarks and
/// load tests: a launch, people, divisions with chairs and members, the joint TF and its ordinance
/// (first year), then every year the R4 workshops (each reviewing last year's report, R5) with
/// findings, proposals and next year's tasks, regular meetings with administration, stage 2 and
/// stage 3 through the real gates, task progress with completions and carry-overs, the expo (from
/// the second year), monitor training (first year), monitors, evaluations and the published report.
/// Deterministic for a shape: the same shape gives the same steps and keys (so a re-run records
/// nothing twice).
/// </summary>
public static class ScenarioGenerator
{
    private static readonly string[] Fields =
        ["돌봄복지", "환경에너지", "마을공동체", "사회적경제", "교육소통", "연구제도", "의제발굴", "의제실행", "청년", "문화예술", "주거", "안전"];

    private static readonly string[] Surnames = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황"];
    private static readonly string[] Given = ["하늘", "서연", "민준", "지우", "예린", "도현", "수아", "지호", "유나", "태양", "하윤", "준서", "민서", "은우"];

    /// <summary>The district's scenarios, one per year, in load order.</summary>
    public static IReadOnlyList<Scenario> Generate(GeneratedShape shape)
    {
        var scenarios = new List<Scenario>();
        for (var y = 0; y < shape.Years; y++)
        {
            var year = shape.FirstYear + y;
            var steps = new Steps();
            if (y == 0) Founding(shape, steps);
            Year(shape, year, y, steps);
            scenarios.Add(new Scenario($"generated-d{shape.District:D2}-{year}", $"생성된 자치구 {shape.District}의 {year}년", steps.All));
        }

        return scenarios;
    }

    private static string Name(int district, int n) => Surnames[(district + n) % Surnames.Length] + Given[(n * 7 + district) % Given.Length] + (n >= Given.Length ? n.ToString(CultureInfo.InvariantCulture) : "");
    private static string Div(int d) => $"div_{d}";
    private static string Chair(int d) => $"chair_{d}";
    private static string Officer(int d) => $"officer_{d}";
    private static string Ref(string name) => "{" + name + "}";
    private static string Day(int year, int month, int day) => new DateOnly(year, month, Math.Min(day, 28)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static bool TripartiteDivision(int d) => d % 2 == 0;

    private static void Founding(GeneratedShape shape, Steps s)
    {
        var y = shape.FirstYear;
        var district = $"자치구 {shape.District + 1}";
        s.Add("launch", "/api/network/launch", new() { ["name"] = $"{district} 협치 민간추진단", ["district"] = district, ["on"] = Day(y, 3, 15) });
        for (var d = 0; d < shape.Divisions; d++)
        {
            s.Add($"p-chair-{d}", "/api/people", new() { ["name"] = Name(shape.District, d), ["sector"] = "civil", ["organisation"] = $"{Field(d)} 단체 1", ["on"] = Day(y, 3, 15) }, Chair(d));
            s.Add($"p-officer-{d}", "/api/people", new() { ["name"] = Name(shape.District, d + 40), ["sector"] = "administration", ["organisation"] = $"구청 {Field(d)}과", ["rank"] = "workingLevel", ["on"] = Day(y, 3, 15) }, Officer(d));
        }

        s.Add("p-chief", "/api/people", new() { ["name"] = Name(shape.District, 90), ["sector"] = "administration", ["organisation"] = "구청 자치행정과", ["rank"] = "sectionChiefOrAbove", ["on"] = Day(y, 3, 15) }, "chief");
        s.Add("p-council", "/api/people", new() { ["name"] = Name(shape.District, 91), ["sector"] = "council", ["organisation"] = "구의회", ["on"] = Day(y, 3, 15) }, "councillor");
        for (var m = 0; m < 3; m++)
            s.Add($"p-monitor-{m}", "/api/people", new() { ["name"] = Name(shape.District, 95 + m), ["sector"] = "civil", ["organisation"] = "주민모니터링모임", ["on"] = Day(y, 3, 15) }, $"monitor_{m}");

        for (var d = 0; d < shape.Divisions; d++)
        {
            s.Add($"division-{d}", "/api/divisions", new() { ["name"] = $"{Field(d)}분과", ["field"] = Field(d), ["on"] = Day(y, 3, 22) }, Div(d));
            s.Add($"division-{d}-chair", $"/api/divisions/{Ref(Div(d))}/chair", new() { ["personId"] = Ref(Chair(d)), ["on"] = Day(y, 3, 29) });
            for (var m = 0; m < 3; m++)
                s.Add($"division-{d}-member-{m}", $"/api/divisions/{Ref(Div(d))}/members", new() { ["organisation"] = $"{Field(d)} 단체 {m + 1}", ["sector"] = "civil", ["on"] = Day(y, 4, 5) });
        }

        s.Add("tf-create", "/api/task-force", new() { ["name"] = "협치 조례 합동 TF", ["on"] = Day(y, 4, 12) }, "tf");
        foreach (var member in new[] { Chair(0), "chief", "councillor" })
            s.Add($"tf-member-{member}", $"/api/task-force/{Ref("tf")}/members", new() { ["personId"] = Ref(member), ["on"] = Day(y, 4, 19) });
        s.Add("tf-form", $"/api/task-force/{Ref("tf")}/form", new() { ["on"] = Day(y, 4, 26) });
        s.Add("tf-designation", $"/api/task-force/{Ref("tf")}/designation", new() { ["reason"] = "네트워크의 합동 TF로 지정", ["on"] = Day(y, 4, 26) });
        s.Add("tf-draft-1", $"/api/task-force/{Ref("tf")}/drafts", new() { ["text"] = "민관협치 활성화 기본 조례(안)\n제1조(목적) 이 조례는 민관협치 활성화에 필요한 사항을 정한다.", ["on"] = Day(y, 6, 1) });
        s.Add("tf-submission", $"/api/task-force/{Ref("tf")}/submission", new() { ["version"] = 1, ["on"] = Day(y, 9, 1) });
        s.Add("tf-enactment", $"/api/task-force/{Ref("tf")}/enactment", new() { ["ordinanceNumber"] = $"제{1000 + shape.District}호", ["on"] = Day(y, 10, 28) });

        foreach (var (code, kind, min, max) in new[] { ("P1", "quantitative", 0, 100), ("T1", "quantitative", 1, 5), ("Q1", "qualitative", 0, 0) })
        {
            var body = new JsonObject { ["code"] = code, ["name"] = code, ["kind"] = kind, ["on"] = Day(y, 6, 1) };
            if (kind == "quantitative") { body["scaleMin"] = min; body["scaleMax"] = max; }
            s.Add($"indicator-{code}", "/api/monitoring/indicators", body);
        }

        s.Add("course-monitor", "/api/courses", new() { ["kind"] = "monitorTraining", ["year"] = y, ["title"] = $"{y}년 모니터링단 교육", ["on"] = Day(y, 4, 1) }, "course_monitor");
        var monitors = new JsonArray();
        for (var m = 0; m < 3; m++)
        {
            s.Add($"enrol-monitor-{m}", $"/api/courses/{Ref("course_monitor")}/enrollments", new() { ["personId"] = Ref($"monitor_{m}"), ["on"] = Day(y, 4, 5) });
            monitors.Add(Ref($"monitor_{m}"));
        }

        s.Add("course-session", $"/api/courses/{Ref("course_monitor")}/sessions", new() { ["title"] = "협치 정책의 이해와 평가 지표", ["attendees"] = monitors, ["on"] = Day(y, 4, 10) });
        for (var m = 0; m < 3; m++)
            s.Add($"complete-monitor-{m}", $"/api/courses/{Ref("course_monitor")}/completions", new() { ["personId"] = Ref($"monitor_{m}"), ["on"] = Day(y, 4, 30) });
    }

    private static string Field(int d) => Fields[d % Fields.Length] + (d >= Fields.Length ? (d / Fields.Length + 1).ToString(CultureInfo.InvariantCulture) : "");

    private static void Year(GeneratedShape shape, int year, int index, Steps s)
    {
        int? reviewed = index == 0 ? null : year - 1;
        var civil = new JsonArray();
        for (var d = 0; d < shape.Divisions; d++) civil.Add(Ref(Chair(d)));

        // Tasks of this year (adopted last year): start, report, then done, carried over or left.
        if (index > 0)
        {
            for (var d = 0; d < shape.Divisions; d++)
            {
                var task = $"task_{d}_{year}";
                s.Add($"task-{d}-{year}-start", $"/api/strategic-tasks/{Ref(task)}/status", new() { ["status"] = "inProgress", ["reason"] = "착수", ["on"] = Day(year, 2, 10 + d % 10) });
                s.Add($"task-{d}-{year}-progress-1", $"/api/strategic-tasks/{Ref(task)}/progress", new() { ["percent"] = 30 + d % 20, ["note"] = "상반기 진행 보고", ["on"] = Day(year, 6, 15) });
                s.Add($"task-{d}-{year}-progress-2", $"/api/strategic-tasks/{Ref(task)}/progress", new() { ["percent"] = 60 + (d + index) % 35, ["note"] = "하반기 진행 보고", ["on"] = Day(year, 10, 15) });
                if ((d + index) % 4 == 0)
                    s.Add($"task-{d}-{year}-carry-over", $"/api/strategic-tasks/{Ref(task)}/carry-over", new() { ["toYear"] = year + 1, ["reason"] = "남은 일을 다음 해에 계속", ["on"] = Day(year, 12, 10) }, $"carried_{d}_{year + 1}");
                else
                    s.Add($"task-{d}-{year}-done", $"/api/strategic-tasks/{Ref(task)}/status", new() { ["status"] = "done", ["reason"] = "완료 보고", ["on"] = Day(year, 12, 5) });
            }

            Expo(shape, year, s);
        }

        // Workshops (R4), each reviewing last year's monitoring report from the second year on (R5).
        var network = Workshop(s, $"ws-{year}-network-cc", "civilCivil", null, null, civil, reviewed, Day(year, 4, 5));
        s.Add($"ws-{year}-network-cc-f1", $"/api/workshops/{Ref(network)}/findings", new() { ["kind"] = "obstacle", ["text"] = "분과 간 정보 공유가 부족함" });
        for (var d = 0; d < shape.Divisions; d++)
        {
            var cc = Workshop(s, $"ws-{year}-{d}-cc", "civilCivil", d, null, [Ref(Chair(d))], reviewed, Day(year, 4, 10 + d % 15));
            s.Add($"ws-{year}-{d}-cc-f1", $"/api/workshops/{Ref(cc)}/findings", new() { ["kind"] = "obstacle", ["text"] = $"{Field(d)} 걸림돌 {year}" }, $"f_{year}_{d}");
            s.Add($"ws-{year}-{d}-cc-f2", $"/api/workshops/{Ref(cc)}/findings", new() { ["kind"] = "steppingStone", ["text"] = $"{Field(d)} 디딤돌 {year}" });
            s.Add($"ws-{year}-{d}-cc-p1", $"/api/workshops/{Ref(cc)}/proposals", new() { ["findingId"] = Ref($"f_{year}_{d}"), ["text"] = $"{Field(d)} 해결 방안 {year}" }, $"p_{year}_{d}");
            s.Add($"ws-{year}-{d}-cc-task", $"/api/workshops/{Ref(cc)}/strategic-tasks", new() { ["title"] = $"{Field(d)} 전략 과제 {year + 1}", ["year"] = year + 1, ["proposalId"] = Ref($"p_{year}_{d}") }, $"task_{d}_{year + 1}");

            var cg = Workshop(s, $"ws-{year}-{d}-cg", "civilGovernment", d, $"구청 {Field(d)}과", [Ref(Chair(d)), Ref(Officer(d))], reviewed, Day(year, 5, 10 + d % 15));
            if (TripartiteDivision(d) && index == 0)
                s.Add($"ws-{year}-{d}-cg-joint", $"/api/workshops/{Ref(cg)}/strategic-tasks", new() { ["title"] = $"{Field(d)} 민/관 공동 과제", ["year"] = year + 1, ["divisionId"] = Ref(Div(d)), ["joint"] = true }, $"joint_{d}_{year + 1}");
        }

        var integrated = new JsonArray { Ref("chief") };
        foreach (var c in civil) integrated.Add(c!.DeepClone());
        var whole = Workshop(s, $"ws-{year}-integrated", "civilGovernment", null, "구청 자치행정과", integrated, reviewed, Day(year, 11, 15));
        s.Add($"ws-{year}-integrated-task", $"/api/workshops/{Ref(whole)}/strategic-tasks", new() { ["title"] = $"{year + 1} 민/관 공동 과제", ["year"] = year + 1, ["joint"] = true }, $"joint_{year + 1}");

        // Regular meetings with administration, then the stages through the real gates.
        for (var d = 0; d < shape.Divisions; d++)
            for (var m = 0; m < shape.MeetingsPerDivision; m++)
                s.Add($"mt-{year}-{d}-{m}", "/api/meetings", new() { ["divisionId"] = Ref(Div(d)), ["kind"] = "regular", ["participants"] = new JsonArray(Ref(Chair(d)), Ref(Officer(d))), ["minutes"] = $"{m + 1}차 정기 회의", ["on"] = Day(year, 1 + m * 12 / shape.MeetingsPerDivision, 8 + d % 10) });
        for (var d = 0; d < shape.Divisions; d++)
        {
            if (index == 0)
                s.Add($"division-{d}-stage-2", $"/api/divisions/{Ref(Div(d))}/stage", new() { ["action"] = "advance", ["toStage"] = 2, ["reason"] = "R2 충족", ["on"] = Day(year, 7, 1) });
            if (index == 1 && TripartiteDivision(d))
                s.Add($"division-{d}-stage-3", $"/api/divisions/{Ref(Div(d))}/stage", new() { ["action"] = "advance", ["toStage"] = 3, ["reason"] = "R3 충족", ["on"] = Day(year, 7, 1) });
        }

        // Monitoring: this year's monitors, one evaluation per division, the report early next year.
        for (var m = 0; m < 3; m++)
            s.Add($"monitor-{year}-{m}", $"/api/monitoring/{year}/monitors", new() { ["personId"] = Ref($"monitor_{m}"), ["on"] = Day(year, 6, 1) });
        for (var d = 0; d < shape.Divisions; d++)
            s.Add($"eval-{year}-{d}", $"/api/monitoring/{year}/evaluations", new()
            {
                ["monitorId"] = Ref($"monitor_{d % 3}"),
                ["divisionId"] = Ref(Div(d)),
                ["indicators"] = new JsonArray(
                    new JsonObject { ["code"] = "P1", ["kind"] = "quantitative", ["score"] = 35 + (d * 7 + index * 3) % 50 },
                    new JsonObject { ["code"] = "T1", ["kind"] = "quantitative", ["score"] = 2 + (d + index) % 3 },
                    new JsonObject { ["code"] = "Q1", ["kind"] = "qualitative", ["comment"] = "숙의 과정이 나아짐" }),
                ["on"] = Day(year, 10, 1 + d % 20),
            });
        s.Add($"report-{year}", $"/api/monitoring/{year}/report", new() { ["summary"] = $"{year}년 협치 모니터링 보고서", ["on"] = Day(year + 1, 2, 1) });
    }

    private static string Workshop(Steps s, string key, string kind, int? division, string? department, JsonArray participants, int? reviewed, string on)
    {
        var body = new JsonObject
        {
            ["kind"] = kind,
            ["scope"] = division is null ? "network" : "division",
            ["participants"] = participants,
            ["educationTopics"] = new JsonArray("협치의 개념"),
            ["on"] = on,
        };
        if (division is { } d) body["divisionId"] = Ref(Div(d));
        if (department is not null) body["counterpartDepartment"] = department;
        if (reviewed is not null) body["reviewedMonitoringYear"] = reviewed;
        var name = key.Replace('-', '_');
        s.Add(key, "/api/workshops", body, name);
        return name;
    }

    private static void Expo(GeneratedShape shape, int year, Steps s)
    {
        s.Add($"expo-{year}", "/api/expos", new()
        {
            ["year"] = year, ["venue"] = "구청 바람마당", ["submissionsOpen"] = Day(year, 1, 10), ["submissionsClose"] = Day(year, 2, 10),
            ["opensOn"] = Day(year, 3, 6), ["closesOn"] = Day(year, 3, 8), ["on"] = Day(year, 1, 3),
        });
        string[] types = ["administration", "intermediary", "civil", "individual"];
        for (var x = 0; x < shape.Exhibits; x++)
        {
            var exhibit = $"x_{year}_{x}";
            s.Add($"expo-{year}-x-{x}", $"/api/expos/{year}/exhibits", new() { ["organisation"] = $"출품 단체 {x + 1}", ["organisationType"] = types[x % types.Length], ["title"] = $"{year} 협치 사업 {x + 1}", ["summary"] = "협치 정책과 사업을 소개합니다.", ["on"] = Day(year, 1, 12 + x % 15) }, exhibit);
            s.Add($"expo-{year}-review-{x}", $"/api/expos/{year}/exhibits/{Ref(exhibit)}/review", new() { ["decision"] = "accept", ["on"] = Day(year, 2, 16) });
            s.Add($"expo-{year}-place-{x}", $"/api/expos/{year}/exhibits/{Ref(exhibit)}/placement", new() { ["kind"] = "panel", ["location"] = $"판넬 {x + 1}", ["on"] = Day(year, 2, 23) });
            for (var day = 6; day <= 8; day++)
                s.Add($"expo-{year}-staff-{x}-{day}", $"/api/expos/{year}/exhibits/{Ref(exhibit)}/staff", new() { ["name"] = Name(shape.District, 60 + x), ["day"] = Day(year, 3, day), ["shift"] = "allDay", ["on"] = Day(year, 2, 27) });
        }

        s.Add($"expo-{year}-opening", $"/api/expos/{year}/opening", new() { ["on"] = Day(year, 3, 6) });
        s.Add($"expo-{year}-closing", $"/api/expos/{year}/closing", new() { ["on"] = Day(year, 3, 8) });
        s.Add($"expo-{year}-linkage", $"/api/expos/{year}/linkages", new() { ["exhibitId"] = Ref($"x_{year}_0"), ["organisation"] = "주민자치회", ["project"] = "공동 사업", ["on"] = Day(year, 3, 20) });
    }

    private sealed class Steps
    {
        public List<ScenarioStep> All { get; } = [];

        public void Add(string key, string path, JsonObject body, string? @as = null) => All.Add(new ScenarioStep(key, path, body, @as));
    }
}
