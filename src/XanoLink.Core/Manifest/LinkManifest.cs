using XanoLink.Diagnostics;
using XanoLink.Model;

namespace XanoLink.Manifest;

/// <summary>A name or glob of <c>include</c>, with where it is written.</summary>
public sealed record IncludePattern(string Pattern, SourcePosition Position);

/// <summary><c>include</c> for one kind: everything (<c>"*"</c>) or a list of names and globs (<c>[]</c> selects none).</summary>
public sealed record IncludeRule(ItemKind Kind, bool All, IReadOnlyList<IncludePattern> Patterns, SourcePosition Position);

/// <summary>A record id chosen in <c>records</c>, as its JSON text ("5", "\"a1\"").</summary>
public sealed record RecordIdChoice(string Id, SourcePosition Position);

/// <summary><c>records</c> for one table: all of them, or the ids listed.</summary>
public sealed record RecordsRule(string Table, bool All, IReadOnlyList<RecordIdChoice> Ids, SourcePosition Position);

public sealed record TenantEntry(string Name, string Repository, SourcePosition Position);

public sealed record PublishDefaults(string Branch, bool Merge, bool SetLive)
{
    public const string DefaultBranch = "link/{source}-{shortSha}";

    public static PublishDefaults Default { get; } = new(DefaultBranch, Merge: false, SetLive: false);
}

/// <summary>xanolink.json: what to publish, to whom, and how.</summary>
public sealed record LinkManifest(
    IReadOnlyList<IncludeRule> Include,
    IReadOnlyList<RecordsRule> Records,
    bool AutoIncludeDependencies,
    IReadOnlyList<TenantEntry> Tenants,
    PublishDefaults Publish,
    string Path,
    string BlobId)
{
    public static LinkManifest Empty(string path = "xanolink.json") =>
        new([], [], AutoIncludeDependencies: true, [], PublishDefaults.Default, path, "");

    public TenantEntry? FindTenant(string name) => Tenants.FirstOrDefault(t => t.Name == name);
}
