using Workbench.App.Data.Entities;
using Workbench.Core.Platforms;

namespace Workbench.App.Features.Platforms;

public sealed record PlatformQuery(
    string? Search = null, ResourceCategory? Category = null, PlatformStatus? Status = null, int? DepartmentId = null,
    string? SortBy = null, bool Descending = false, int Page = 0, int PageSize = 20, Workbench.Core.Evaluation.Grade? Grade = null);

public sealed record PlatformRow(
    int Id, string Name, ResourceCategory Category, string HostUnit, string Department, PlatformStatus Status,
    DateOnly? RecognisedOn, string? CertificateNumber, string HeadName);

public sealed record PageOf<T>(IReadOnlyList<T> Items, int Total);

public sealed record Option(int Id, string Name);

public sealed record PlatformDetail(
    int Id, string Name, string EnglishName, ResourceCategory Category, string HostUnit, string Department,
    PlatformStatus Status, DateOnly? RecognisedOn, string? CertificateNumber, PlatformHead Head, string? Summary,
    string? Website, IReadOnlyList<PlatformEvent> Timeline);

/// <summary>The platform form. Validation of names is Core's (第九条); the form only shows it.</summary>
public sealed class PlatformEditModel
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string EnglishName { get; set; } = "";
    public ResourceCategory Category { get; set; }
    public int? HostUnitId { get; set; }
    public PlatformStatus Status { get; set; } = PlatformStatus.Recognised;
    public DateTime? RecognisedOn { get; set; }
    public string? CertificateNumber { get; set; }
    public string HeadName { get; set; } = "";
    public string? HeadTitle { get; set; }
    public string? HeadPhone { get; set; }
    public string? HeadEmail { get; set; }
    public string? Summary { get; set; }
    public string? Website { get; set; }
    public Guid Version { get; set; }
}

public sealed record SaveResult(bool Ok, int Id, IReadOnlyList<string> Errors)
{
    public static SaveResult Success(int id) => new(true, id, []);
    public static SaveResult Fail(params string[] errors) => new(false, 0, errors);
    public static SaveResult Fail(IEnumerable<string> errors) => new(false, 0, errors.ToArray());

    /// <summary>
    /// Saves, turning an optimistic-concurrency conflict (another user saved the record first, see
    /// <c>IConcurrencyAware</c>) into <paramref name="conflict"/> — a Chinese message saying what to do — instead of an
    /// exception. <paramref name="id"/> is read after the save, so a new record reports its generated key.
    /// </summary>
    public static async Task<SaveResult> SaveAsync(Workbench.App.Data.WorkbenchDbContext db, Func<int> id, string conflict, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
        {
            return Fail(conflict);
        }
        return Success(id());
    }
}

/// <summary>A platform's latest published grade (see <see cref="PlatformService.LatestGrades"/>).</summary>
public sealed class LatestGradeRow
{
    public int PlatformId { get; init; }
    public ResourceCategory Category { get; init; }
    public int DepartmentId { get; init; }
    public Workbench.Core.Evaluation.Grade? Grade { get; init; }
}
