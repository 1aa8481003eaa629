using Microsoft.Extensions.Options;
using Workbench.App.Data;
using Workbench.App.Data.Entities;
using Workbench.App.Infrastructure;

namespace Workbench.App.Features.Supervision;

/// <summary>
/// Attachments kept outside wwwroot under the data folder's uploads/, checked by their first bytes (not the name the browser
/// sends), at most 20 MB. Served only by <see cref="SupervisionEndpoints"/> after an entitlement check.
/// </summary>
public sealed class FileStore(IOptions<WorkbenchOptions> options, IWebHostEnvironment env, TimeProvider clock)
{
    public const long MaxBytes = UploadTypes.MaxBytes;
    public const string Accepted = "PDF、PNG、JPEG、Word（doc/docx）、Excel（xls/xlsx）";

    public string Folder => Path.Combine(options.Value.ResolveDataFolder(env.ContentRootPath), "uploads");

    /// <summary>Checks and writes the file, adds the <see cref="StoredFile"/> row to <paramref name="db"/> (the caller saves).</summary>
    public async Task<(StoredFile? File, string? Error)> StoreAsync(WorkbenchDbContext db, Stream content, string fileName, long length,
        string ownerKind, int ownerId, string uploadedBy, CancellationToken ct)
    {
        var name = Path.GetFileName(fileName);
        if (length > MaxBytes) return (null, $"文件“{name}”超过 20 MB，请压缩或拆分后再上传。");
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        if (buffer.Length == 0) return (null, $"文件“{name}”是空文件。");
        if (buffer.Length > MaxBytes) return (null, $"文件“{name}”超过 20 MB，请压缩或拆分后再上传。");
        var type = UploadTypes.Sniff(buffer.GetBuffer().AsSpan(0, (int)Math.Min(16, buffer.Length)), name);
        if (type is null) return (null, $"文件“{name}”的内容不是可接受的格式（{Accepted}），请检查后重新上传。");
        Directory.CreateDirectory(Folder);
        var stored = Guid.NewGuid().ToString("N");
        await File.WriteAllBytesAsync(Path.Combine(Folder, stored), buffer.ToArray(), ct);
        var file = new StoredFile
        {
            OwnerKind = ownerKind, OwnerId = ownerId, FileName = name, ContentType = type, StoredName = stored,
            Size = buffer.Length, UploadedAt = clock.GetUtcNow(), UploadedBy = uploadedBy,
        };
        db.StoredFiles.Add(file);
        return (file, null);
    }

    public Stream Open(StoredFile f) => File.OpenRead(Path.Combine(Folder, f.StoredName));
}
