using Microsoft.EntityFrameworkCore.Migrations;
using Workbench.Core.Calendar;

namespace Workbench.App.Data.Seed;

/// <summary>
/// The published years 2024–2026 (Core's <see cref="HolidayData"/>), written by the migration that creates the calendar
/// tables, so every database — demo or production, SQLite or PostgreSQL — starts with them. Later years are entered by
/// the admin (系统管理 → 节假日安排).
/// </summary>
internal static class CalendarSeedData
{
    public static void Insert(MigrationBuilder mb)
    {
        foreach (var y in HolidayData.All)
        {
            var columns = new List<string> { "Year", "Source", "UpdatedBy", "Version" };
            var values = new List<object> { y.Year, y.Source, "系统初始化", Guid.NewGuid() };
            if (y.DocumentNumber is { } number) { columns.Add("DocumentNumber"); values.Add(number); }
            if (y.IssuedOn is { } issued) { columns.Add("IssuedOn"); values.Add(issued); }
            mb.InsertData("CalendarYears", [.. columns], [.. values]);
            foreach (var h in y.Holidays)
                mb.InsertData("CalendarHolidays", ["Year", "Name", "From", "To"], [y.Year, h.Name, h.From, h.To]);
            foreach (var d in y.AdjustedWorkdays)
                mb.InsertData("CalendarWorkdays", ["Year", "Date"], [y.Year, d]);
        }
    }
}
