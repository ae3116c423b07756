using System.Globalization;
using System.Text;
using Hyeopchi.Host.Monitoring;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace Hyeopchi.Host.Exports;

/// <summary>
/// Writes a <see cref="Table"/> as CSV (UTF-8 with a byte-order mark, so Excel reads Korean) or as an .xlsx
/// workbook through MiniExcel: Korean headers, the header row frozen and filtered, numbers and dates as typed
/// cells. Text is written as text cells in the workbook, never as formulas, so a name such as
/// <c>=HYPERLINK(…)</c> is shown, not run; in CSV it gets the leading apostrophe of <see cref="ComparisonWriters.Csv"/>.
/// </summary>
public static class TableWriters
{
    public const string XlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvMediaType = "text/csv; charset=utf-8";

    public static async Task WriteCsvAsync(Table table, Stream output, CancellationToken ct)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 16 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(',', table.Columns.Select(c => ComparisonWriters.Csv(c.Header))));
        foreach (var row in table.Rows)
        {
            ct.ThrowIfCancellationRequested();
            await writer.WriteLineAsync(string.Join(',', row.Select((value, i) => CsvCell(table.Columns[i].Kind, value))));
        }

        await writer.FlushAsync(ct);
    }

    /// <summary>
    /// The workbook is built in a temporary file that deletes itself, then copied out: MiniExcel writes
    /// synchronously, which the server does not allow on a response, and a file keeps a large table out of memory.
    /// </summary>
    public static async Task WriteXlsxAsync(Table table, Stream output, CancellationToken ct)
    {
        var keys = table.Columns.Select((_, i) => $"c{i}").ToArray();
        var rows = table.Rows.Select(row =>
        {
            var cells = new Dictionary<string, object?>(keys.Length);
            for (var i = 0; i < keys.Length; i++) cells[keys[i]] = row[i];
            return cells;
        });
        var configuration = new OpenXmlConfiguration
        {
            FreezeRowCount = 1,
            AutoFilter = true,
            DynamicColumns = table.Columns.Select((c, i) => new DynamicExcelColumn(keys[i]) { Name = c.Header, Width = c.Width, Format = FormatOf(c.Kind) }).ToArray(),
        };
        var path = Path.GetTempFileName();
        await using var buffer = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await MiniExcel.SaveAsAsync(buffer, rows, sheetName: table.Sheet, configuration: configuration, cancellationToken: ct);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, ct);
    }

    private static string? FormatOf(CellKind kind) => kind switch
    {
        CellKind.Score => "0.0",
        CellKind.Count => "0",
        CellKind.Date => "yyyy-mm-dd",
        _ => null,
    };

    private static string CsvCell(CellKind kind, object? value) => value switch
    {
        null => "",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        // Rounded as the pages show it; a change stays a bare number here, so that a spreadsheet reads it as one.
        decimal score when kind == CellKind.Score => Admin.Figures.Score(score),
        double score when kind == CellKind.Score => Admin.Figures.Score((decimal)score),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => ComparisonWriters.Csv(value.ToString() ?? ""),
    };
}
