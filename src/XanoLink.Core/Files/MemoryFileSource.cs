using System.Text;

namespace XanoLink.Files;

/// <summary>Files held in memory: tests, snapshots about to be written, and merge results.</summary>
public sealed class MemoryFileSource(IReadOnlyDictionary<string, byte[]> files, string description = "memory") : IFileSource
{
    public string Description => description;

    public static MemoryFileSource FromText(IReadOnlyDictionary<string, string> files) =>
        new(files.ToDictionary(kv => kv.Key, kv => Encoding.UTF8.GetBytes(kv.Value), StringComparer.Ordinal));

    public IReadOnlyList<SourceFile> Files() => files
        .OrderBy(kv => kv.Key, StringComparer.Ordinal)
        .Select(kv => new SourceFile(kv.Key, kv.Value.Length, () => kv.Value))
        .ToArray();
}
