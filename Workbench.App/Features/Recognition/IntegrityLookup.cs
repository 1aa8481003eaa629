using Workbench.Core.Integrity;

namespace Workbench.App.Features.Recognition;

/// <summary>
/// 第十八条 seam: the misconduct findings against a host unit. The supervision feature replaces the empty default with one that
/// reads its findings table; recognition calls Core IntegrityRules.MayApply with whatever this returns.
/// </summary>
public interface IIntegrityLookup
{
    Task<IReadOnlyList<MisconductFinding>> FindingsForAsync(int hostUnitId, CancellationToken ct = default);
}

/// <summary>No findings table yet: no findings.</summary>
public sealed class EmptyIntegrityLookup : IIntegrityLookup
{
    public Task<IReadOnlyList<MisconductFinding>> FindingsForAsync(int hostUnitId, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<MisconductFinding>>([]);
}
