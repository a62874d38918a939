using System.Security.Cryptography;
using XanoLink.Model;

namespace XanoLink.Publish;

/// <summary>
/// What a source sends to a tenant: workspace-relative path to canonical bytes, for the selected objects
/// and the chosen records only (never workspace.json or xanolink.json).
/// </summary>
public sealed record Snapshot(IReadOnlyDictionary<string, byte[]> Files, IReadOnlyList<ItemKey> Items)
{
    /// <summary>A short stable fingerprint of the whole snapshot, for messages and up-to-date checks.</summary>
    public string Fingerprint()
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (path, bytes) in Files.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(path + "\0"));
            sha.AppendData(SHA256.HashData(bytes));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
