using Microsoft.Extensions.Options;

namespace Workbench.App.Infrastructure;

/// <summary>A file that passed the checks and was written: its random stored name, content type (by content) and size.</summary>
public sealed record StoredUpload(string StoredName, string ContentType, long Size);

/// <summary>
/// The one upload store (recognition, supervision): at most <see cref="MaxBytes"/>, type checked by the file's CONTENT
/// (<see cref="UploadTypes.Sniff"/>), written under the data folder's uploads/ (never wwwroot) with a random name, and served
/// only through endpoints that check entitlement first. Callers keep the row that points at the stored name.
/// </summary>
public sealed class FileStore(IOptions<WorkbenchOptions> options, IWebHostEnvironment env)
{
    public const long MaxBytes = UploadTypes.MaxBytes;

    /// <summary>For the browser's file picker (a hint only; the content decides).</summary>
    public const string Accept = ".pdf,.png,.jpg,.jpeg,.doc,.docx,.xls,.xlsx";

    /// <summary>What is accepted, in words for the user.</summary>
    public const string Accepted = "PDF、PNG、JPEG、Word（doc/docx）、Excel（xls/xlsx）";

    public string Folder => Path.Combine(options.Value.ResolveDataFolder(env.ContentRootPath), "uploads");

    public static string TooLarge(string fileName) => $"文件“{Path.GetFileName(fileName)}”超过20 MB，请压缩或拆分后再上传。";

    /// <summary>Reads the upload (refusing more than 20 MB as it reads), checks its content, writes it; the stored file, or the reason in Chinese.</summary>
    public async Task<(StoredUpload? File, string? Error)> SaveAsync(Stream input, string fileName, bool imagesOnly = false, CancellationToken ct = default)
    {
        var name = Path.GetFileName(fileName);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await input.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBytes) return (null, TooLarge(name));
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0) return (null, $"文件“{name}”是空文件。");
        var type = UploadTypes.Sniff(buffer.GetBuffer().AsSpan(0, (int)Math.Min(16, buffer.Length)), name);
        if (type is null || (imagesOnly && !type.StartsWith("image/", StringComparison.Ordinal)))
            return (null, imagesOnly
                ? $"文件“{name}”不是PNG或JPEG图片（按文件内容检查），请重新选择。"
                : $"文件“{name}”的内容不是可接受的格式（按文件内容检查）：只接受{Accepted}文件，请检查后重新上传。");
        var stored = Guid.NewGuid().ToString("N") + Path.GetExtension(name).ToLowerInvariant();
        await WriteAsync(stored, buffer.ToArray(), ct);
        return (new StoredUpload(stored, type, buffer.Length), null);
    }

    /// <summary>Writes bytes under a stored name (the demo seed uses this for its sample files).</summary>
    public async Task WriteAsync(string storedName, byte[] content, CancellationToken ct = default)
    {
        Directory.CreateDirectory(Folder);
        await File.WriteAllBytesAsync(PathOf(storedName), content, ct);
    }

    /// <summary>The path of a stored file; the name is reduced to its last segment, so it can never leave the folder.</summary>
    public string PathOf(string storedName) => Path.Combine(Folder, Path.GetFileName(storedName));

    public bool Exists(string storedName) => File.Exists(PathOf(storedName));

    /// <summary>Opens a stored file for download, or null when it is missing on disk.</summary>
    public Stream? Open(string storedName) => Exists(storedName) ? File.OpenRead(PathOf(storedName)) : null;
}
