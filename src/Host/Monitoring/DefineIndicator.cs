using System.Text.RegularExpressions;
using Hyeopchi.Domain.Monitoring;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using Wolverine.Http;
using Wolverine.Marten;

namespace Hyeopchi.Host.Monitoring;

/// <summary>평가 지표 정의: an indicator code of the catalogue, once; a quantitative one needs its scale, and its baseline and target lie on it.</summary>
[Command("/api/monitoring/indicators", "defineIndicator", Roles.Commanders)]
public sealed partial record DefineIndicator(
    string? Code, string? Name, IndicatorKind? Kind, decimal? Baseline, decimal? Target, decimal? ScaleMin, decimal? ScaleMax, string? Unit, DateOnly? On) : ICommand
{
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")]
    private static partial Regex CodePattern();

    public void Check(Checks checks)
    {
        var quantitative = Kind == IndicatorKind.Quantitative;
        var scaleOk = ScaleMin is null || ScaleMax is null || ScaleMin < ScaleMax;
        var (scaleMin, scaleMax) = (ScaleMin, ScaleMax);
        bool OnScale(decimal? v) => v is null || !scaleOk || (scaleMin is null || v >= scaleMin) && (scaleMax is null || v <= scaleMax);
        checks
            .That(Code is not null && CodePattern().IsMatch(Code), "code", "영문·숫자·._- 40자 이하 (letters, digits, . _ -; at most 40)")
            .Text("name", Name)
            .Defined("kind", Kind)
            .That(!quantitative || ScaleMin is not null, "scaleMin", "정량 지표에는 척도가 필요합니다. (a quantitative indicator needs its scale)")
            .That(!quantitative || ScaleMax is not null, "scaleMax", "정량 지표에는 척도가 필요합니다. (a quantitative indicator needs its scale)")
            .That(scaleOk, "scaleMax", "scaleMax는 scaleMin보다 커야 합니다. (greater than scaleMin)")
            .That(OnScale(Baseline), "baseline", "척도 안에 있어야 합니다. (on the scale)")
            .That(OnScale(Target), "target", "척도 안에 있어야 합니다. (on the scale)")
            .Text("unit", Unit, 40, required: false);
    }
}

public sealed record IndicatorCreated(string Id, string Url) : CreationResponse(Url);

public static class DefineIndicatorHandler
{
    public static (IndicatorCreated, IStartStream) Handle(DefineIndicator command, BusinessCalendar calendar)
    {
        var defined = new IndicatorDefined(command.Code!, command.Name!.Trim(), command.Kind!.Value, command.Baseline, command.Target,
            command.ScaleMin, command.ScaleMax, command.Unit?.Trim(), calendar.DateOf(command.On));
        return (new IndicatorCreated(command.Code!, $"/api/monitoring/indicators/{command.Code}"),
            MartenOps.StartStream<IndicatorDefinition>(MonitoringStreams.Indicator(command.Code!), defined));
    }
}
