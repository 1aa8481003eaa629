using Microsoft.Extensions.Options;
using Workbench.App.Infrastructure;

namespace Workbench.App.Features.Recognition;

/// <summary>
/// Uploads (运行管理方案, evidence, inspection photos): ≤ 20 MB, type checked by the file's CONTENT (magic bytes), stored
/// under the data folder (never wwwroot) with a random name; served only through the authorised /files endpoint.
/// </summary>
public sealed class FileStore(IOptions<WorkbenchOptions> options, IWebHostEnvironment env)
{
    public const long MaxBytes = UploadTypes.MaxBytes;
    public const string Accept = ".pdf,.png,.jpg,.jpeg,.doc,.docx,.xls,.xlsx";

    public string Folder => Path.Combine(options.Value.ResolveDataFolder(env.ContentRootPath), "uploads");

    /// <summary>Reads the upload (refusing more than 20 MB), checks its content, writes it; the stored name and type, or the reason.</summary>
    public async Task<(string? StoredName, string? ContentType, long Size, string? Error)> SaveAsync(Stream input, string fileName, bool imagesOnly, CancellationToken ct = default)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await input.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBytes) return (null, null, 0, $"文件“{fileName}”超过20 MB，请压缩后再上传。");
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0) return (null, null, 0, $"文件“{fileName}”是空文件。");
        var type = UploadTypes.Sniff(buffer.GetBuffer().AsSpan(0, (int)Math.Min(16, buffer.Length)), fileName);
        if (type is null || (imagesOnly && !type.StartsWith("image/", StringComparison.Ordinal)))
            return (null, null, 0, imagesOnly
                ? $"文件“{fileName}”不是PNG或JPEG图片（按文件内容检查）。"
                : $"文件“{fileName}”的格式不被接受（按文件内容检查）：只接受PDF、PNG、JPEG、Word（doc/docx）和Excel（xls/xlsx）文件。");
        Directory.CreateDirectory(Folder);
        var stored = Guid.NewGuid().ToString("N") + Path.GetExtension(fileName).ToLowerInvariant();
        await File.WriteAllBytesAsync(Path.Combine(Folder, stored), buffer.ToArray(), ct);
        return (stored, type, buffer.Length, null);
    }

    public string PathOf(string storedName) => Path.Combine(Folder, Path.GetFileName(storedName));
}
