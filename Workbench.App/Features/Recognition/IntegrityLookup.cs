using Workbench.Core.Integrity;

namespace Workbench.App.Features.Recognition;

/// <summary>
/// 第十八条 seam: the misconduct findings against a host unit. Implemented by the supervision feature's IntegrityService, which
/// reads its findings table; recognition calls Core IntegrityRules.MayApply with whatever this returns.
/// </summary>
public interface IIntegrityLookup
{
    Task<IReadOnlyList<MisconductFinding>> FindingsForAsync(int hostUnitId, CancellationToken ct = default);
}
