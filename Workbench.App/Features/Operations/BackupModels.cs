namespace Workbench.App.Features.Operations;

/// <summary>The "Workbench:Backup" section: where archives go, the daily run (Beijing time) and how long they are kept.</summary>
public sealed class BackupOptions
{
    public const string Section = "Workbench:Backup";

    /// <summary>Archive folder; empty → {DataFolder}/backups. Point it at another disk in production.</summary>
    public string Folder { get; set; } = "";

    /// <summary>Run a backup every day at <see cref="Hour"/> o'clock Beijing time.</summary>
    public bool Enabled { get; set; } = true;

    public int Hour { get; set; } = 2;

    /// <summary>Archives older than this many days are deleted after each daily backup (the newest one is always kept).</summary>
    public int KeepDays { get; set; } = 14;
}

/// <summary>One file in the archive: its path inside the zip, size and SHA-256 (lower-case hex).</summary>
public sealed record BackupManifestFile(string Path, long Size, string Sha256);

/// <summary>manifest.json: what the archive holds and what a restore must find again.</summary>
public sealed record BackupManifest(
    int Format, string App, string AppVersion, DateTimeOffset CreatedAt, string Provider,
    string AuditHeadHash, long AuditEntries, IReadOnlyList<BackupManifestFile> Files)
{
    public const string EntryName = "manifest.json";
    public const string DatabaseEntry = "database/workbench.db";
}

/// <summary>An archive in the backup folder.</summary>
public sealed record BackupFile(string Name, long Size, DateTimeOffset CreatedAt);

/// <summary>Where the current (or last) backup stands, for the admin page.</summary>
public sealed record BackupStatus(bool Running, int Percent, string Stage, string? Error, BackupFile? Last)
{
    public static readonly BackupStatus Idle = new(false, 0, "", null, null);
}
