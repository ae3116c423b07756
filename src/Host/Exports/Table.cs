namespace Hyeopchi.Host.Exports;

/// <summary>How a column's cells are typed in a spreadsheet, so numbers add up and dates sort as dates.</summary>
public enum CellKind
{
    Text,
    /// <summary>A whole number (a year, a count, a percent).</summary>
    Count,
    /// <summary>A score or a change, shown with one decimal as the reports show it.</summary>
    Score,
    Date,
}

/// <summary>A column: its Korean header, the kind of its cells and how wide it opens in a spreadsheet.</summary>
public sealed record Column(string Header, CellKind Kind, double Width = 14);

/// <summary>
/// A table a coordinator hands on (the year-over-year comparison, compliance, strategic tasks, the expo
/// catalogue, people), described once and written as CSV or as an Excel workbook by <see cref="TableWriters"/>.
/// Each row holds one value per column: text, a number or a <see cref="DateOnly"/>; null for an empty cell.
/// </summary>
public sealed record Table(string FileName, string Sheet, IReadOnlyList<Column> Columns, IReadOnlyList<object?[]> Rows);
