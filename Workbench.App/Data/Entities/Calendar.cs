namespace Workbench.App.Data.Entities;

/// <summary>
/// One year of the official working calendar (第八条(二)3、第十七条: 公示 periods count working days), as the admin entered
/// it from the 国务院办公厅 notice. 2024–2026 are seeded by the migration that created the table.
/// </summary>
public sealed class CalendarYear : IConcurrencyAware
{
    public int Year { get; set; }
    /// <summary>The notice's title, e.g. 国务院办公厅关于2027年部分节假日安排的通知.</summary>
    public required string Source { get; set; }
    /// <summary>The notice's 文号, e.g. 国办发明电〔2026〕N号.</summary>
    public string? DocumentNumber { get; set; }
    public DateOnly? IssuedOn { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
    public List<CalendarHoliday> Holidays { get; set; } = [];
    public List<CalendarWorkday> Workdays { get; set; } = [];
}

/// <summary>A public holiday's days off (放假), both ends inclusive.</summary>
public sealed class CalendarHoliday
{
    public int Id { get; set; }
    public int Year { get; set; }
    public required string Name { get; set; }
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
}

/// <summary>A weekend day that is worked (调休上班).</summary>
public sealed class CalendarWorkday
{
    public int Id { get; set; }
    public int Year { get; set; }
    public DateOnly Date { get; set; }
}
