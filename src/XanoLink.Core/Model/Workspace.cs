using System.Collections.Frozen;
using XanoLink.Files;

namespace XanoLink.Model;

/// <summary>A workspace as loaded: its objects (sorted by key), records, manifest and every file seen.</summary>
public sealed class Workspace
{
    private readonly FrozenDictionary<ItemKey, WorkspaceObject> byKey;

    internal Workspace(
        string source,
        WorkspaceInfo? info,
        IReadOnlyList<WorkspaceObject> objects,
        IReadOnlyDictionary<string, TableRecords> records,
        ManifestFile? manifest,
        IReadOnlyList<SourceFile> files,
        WorkspaceFormat format = WorkspaceFormat.Json)
    {
        Format = format;
        Source = source;
        Info = info;
        Objects = objects;
        Records = records;
        Manifest = manifest;
        Files = files;
        byKey = objects
            .GroupBy(o => o.Key)
            .ToFrozenDictionary(g => g.Key, g => g.First());
    }

    /// <summary>The format of its object files: XanoScript when it holds any <c>.xs</c> file, JSON otherwise.</summary>
    public WorkspaceFormat Format { get; }

    /// <summary>Where the workspace was read from (folder or ref), for messages.</summary>
    public string Source { get; }

    /// <summary>workspace.json, or null when it is missing or unreadable (already reported).</summary>
    public WorkspaceInfo? Info { get; }

    public IReadOnlyList<WorkspaceObject> Objects { get; }

    /// <summary>Records by table name.</summary>
    public IReadOnlyDictionary<string, TableRecords> Records { get; }

    public ManifestFile? Manifest { get; }

    public IReadOnlyList<SourceFile> Files { get; }

    public WorkspaceObject? Find(ItemKey key) => byKey.GetValueOrDefault(key);

    public bool Contains(ItemKey key) => byKey.ContainsKey(key);

    public IEnumerable<WorkspaceObject> OfKind(ItemKind kind) => Objects.Where(o => o.Kind == kind);
}
