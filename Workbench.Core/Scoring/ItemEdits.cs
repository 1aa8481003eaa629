namespace Workbench.Core.Scoring;

/// <summary>One scored item as stored: value, comment and how many saves it has seen.</summary>
public sealed record ItemState(decimal? Value, string? Comment, int Version)
{
    public static readonly ItemState None = new(null, null, 0);
}

/// <summary>What a browser tab sends for one item: the value and comment it now shows, and the version it started from.</summary>
public sealed record ItemEdit(string Code, decimal? Value, string? Comment, int BaseVersion)
{
    /// <summary>The comment as stored: blank is none, surrounding spaces dropped.</summary>
    public string? CleanComment => string.IsNullOrWhiteSpace(Comment) ? null : Comment.Trim();
}

/// <summary>What happens to one item of an autosave.</summary>
public enum EditOutcome
{
    /// <summary>Written: the tab started from the stored version.</summary>
    Apply,
    /// <summary>Nothing to write: the stored item already holds these values.</summary>
    Unchanged,
    /// <summary>Refused: another tab or device saved this item since; the expert chooses which value stays.</summary>
    Conflict,
}

/// <summary>第十六条: an expert's sheet is edited item by item; a stale copy never silently overwrites a newer score.</summary>
public static class ItemEdits
{
    /// <summary>第十六条: apply an edit only on top of the version it was made from; identical values are no change.</summary>
    public static EditOutcome Decide(ItemState current, ItemEdit edit)
    {
        if (current.Value == edit.Value && current.Comment == edit.CleanComment) return EditOutcome.Unchanged;
        return current.Version == edit.BaseVersion ? EditOutcome.Apply : EditOutcome.Conflict;
    }

    public static string Label(this EditOutcome o) => o switch
    {
        EditOutcome.Apply => "已保存",
        EditOutcome.Unchanged => "无变化",
        EditOutcome.Conflict => "修改冲突",
        _ => throw new ArgumentOutOfRangeException(nameof(o)),
    };

    /// <summary>The Chinese message of a refused edit, with both values, so the expert can choose.</summary>
    public static string ConflictMessage(string itemName, ItemState theirs, ItemEdit mine) =>
        $"“{itemName}”已在其他窗口或设备上修改为{Show(theirs.Value, theirs.Comment)}，您填写的是{Show(mine.Value, mine.CleanComment)}。请选择保留哪一个。";

    private static string Show(decimal? value, string? comment)
    {
        var v = value is { } d ? $"{d:0.##}分" : "未打分";
        return comment is null ? $"“{v}”" : $"“{v}，理由：{comment}”";
    }
}
