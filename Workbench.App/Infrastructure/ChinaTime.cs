namespace Workbench.App.Infrastructure;

/// <summary>
/// The office works on Beijing time (UTC+8) whatever time zone the server runs in: deadlines, 公示 periods, export
/// titles and document dates all use these, never <see cref="TimeProvider.GetLocalNow"/>.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset ChinaNow(this TimeProvider clock) => clock.GetUtcNow().ToOffset(Offset);

    public static DateOnly ChinaToday(this TimeProvider clock) => ChinaDate(clock.GetUtcNow());

    public static DateOnly ChinaDate(this DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(Offset).DateTime);

    /// <summary>
    /// A stored instant as Beijing time, for display (“2026-11-29 09:00” whatever the server's zone). Instants within
    /// eight hours of the calendar's ends (Identity stores <see cref="DateTimeOffset.MaxValue"/> for a permanent lock)
    /// have no Beijing wall-clock time: they are clamped to the last/first representable one instead of throwing.
    /// </summary>
    public static DateTimeOffset ToChina(this DateTimeOffset at)
    {
        if (at.UtcDateTime > DateTime.MaxValue - Offset) return new DateTimeOffset(DateTime.MaxValue, Offset);
        return at.ToOffset(Offset);
    }

    /// <summary>A lockout end this far out is the "locked until further notice" Identity writes for 停用 (MaxValue).</summary>
    public static bool IsForever(this DateTimeOffset at) => at.UtcDateTime.Year >= 9999;
}
