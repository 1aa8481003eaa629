using Workbench.App.Infrastructure;

namespace Workbench.Tests.Data;

public class UploadTypesTests
{
    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "方案.pdf", "application/pdf")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "改了名字.docx", "application/pdf")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "照片.png", "image/png")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "照片.jpg", "image/jpeg")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04 }, "方案.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04 }, "压缩包.zip", null)]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }, "旧表.xls", "application/vnd.ms-excel")]
    [InlineData(new byte[] { 0x68, 0x65, 0x6C, 0x6C, 0x6F }, "伪装.pdf", null)]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0x00 }, "整改报告.pdf", null)]
    [InlineData(new byte[] { 0x3C, 0x68, 0x74, 0x6D, 0x6C }, "整改报告.docx", null)]
    public void Sniff_JudgesByContent(byte[] head, string name, string? expected) =>
        Assert.Equal(expected, UploadTypes.Sniff(head, name));
}
