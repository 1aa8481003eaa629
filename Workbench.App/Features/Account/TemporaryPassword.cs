using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Workbench.App.Features.Account;

/// <summary>A random password that satisfies the configured policy; no look-alike characters (0/O, 1/l/I) to misread.</summary>
public static class TemporaryPassword
{
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Symbols = "#@%+=?";

    public static string Generate(PasswordOptions policy)
    {
        var length = Math.Max(12, policy.RequiredLength);
        var chars = new List<char> { Pick(Upper), Pick(Lower), Pick(Digits), Pick(Symbols) };
        const string all = Upper + Lower + Digits + Symbols;
        while (chars.Count < length) chars.Add(Pick(all));
        return new string(chars.OrderBy(_ => RandomNumberGenerator.GetInt32(int.MaxValue)).ToArray());
    }

    private static char Pick(string from) => from[RandomNumberGenerator.GetInt32(from.Length)];
}
