using XanoLink.Files;
using XanoLink.Loading;
using XanoLink.Manifest;
using XanoLink.Model;

namespace XanoLink.Git.Tenants;

/// <summary>One tenant's row of <c>xanolink status</c>.</summary>
/// <param name="Drift">Items the tenant's live branch holds differently from (or lacks compared to) the last snapshot.</param>
/// <param name="Error">Why the tenant could not be read; the other fields are then empty.</param>
public sealed record TenantStatus(string Name, string Repository, string? Live, PublishedSnapshot? LastPublished, bool UpToDate, IReadOnlyList<ItemKey> Drift, string? Error);

/// <summary>Computes a tenant's status against the source (PUBLISH.md: up to date, drift).</summary>
public static class TenantStatusReader
{
    public static TenantStatus Read(SourceWorkspace source, TenantEntry tenant)
    {
        var location = TenantRepositories.Locate(tenant, source.Folder, source.GitDirectory);
        var (repository, problem) = TenantRepositories.Open(location);
        if (repository is null)
        {
            return Failed(tenant, problem!);
        }

        using (repository)
        {
            try
            {
                return Read(source, tenant, repository);
            }
            catch (Exception ex) when (ex is GitWorkspaceException or LibGit2Sharp.LibGit2SharpException or IOException)
            {
                return Failed(tenant, ex.Message);
            }
        }
    }

    /// <summary>True when the snapshot holds what the source would send now (PUBLISH.md's two tests).</summary>
    public static bool IsUpToDate(SourceWorkspace source, LibGit2Sharp.Repository tenant, PublishedSnapshot? last, string sourceGuid)
    {
        if (last is null || last.Trailers.GetValueOrDefault("XanoLink-Source-Guid") is { } guid && guid != sourceGuid)
        {
            return false;
        }

        if (source.Commit is not null && last.SourceCommit == source.Commit && last.ManifestHash == source.ManifestHash())
        {
            return true;
        }

        var sent = SnapshotFiles(tenant, last);
        var now = source.Snapshot.Files;
        return sent.Count == now.Count && now.All(kv => sent.TryGetValue(kv.Key, out var id) && id == GitBlobId.Of(kv.Value));
    }

    private static TenantStatus Read(SourceWorkspace source, TenantEntry tenant, WorkspaceRepository repository)
    {
        var live = repository.GetLive();
        var liveCommit = live is null ? null : repository.TryResolveCommit(live);
        var guid = source.Guid();
        var last = PublishedSnapshot.Find(repository.Repository, guid);
        var drift = last is null || liveCommit is null ? [] : Drift(repository.Repository, last, new GitFileSource(repository.Repository, liveCommit, repository.Subfolder, live));
        return new TenantStatus(tenant.Name, tenant.Repository, live, last, IsUpToDate(source, repository.Repository, last, guid), drift, null);
    }

    private static ItemKey[] Drift(LibGit2Sharp.Repository tenant, PublishedSnapshot last, GitFileSource tenantLive)
    {
        var live = tenantLive.Files().ToDictionary(f => f.Path, f => f.BlobId, StringComparer.Ordinal);
        var keys = new SortedSet<ItemKey>();
        foreach (var (path, blob) in SnapshotFiles(tenant, last))
        {
            if (live.GetValueOrDefault(path) != blob && KeyOf(path) is { } key)
            {
                keys.Add(key);
            }
        }

        return keys.ToArray();
    }

    /// <summary>The snapshot's files (path -> blob id), workspace.json left out: it is the tenant's own.</summary>
    private static Dictionary<string, string> SnapshotFiles(LibGit2Sharp.Repository tenant, PublishedSnapshot last) =>
        new GitFileSource(tenant, last.Commit).Files()
            .Where(f => f.Path != PathLayout.WorkspaceFile)
            .ToDictionary(f => f.Path, f => f.BlobId, StringComparer.Ordinal);

    /// <summary>The item a file belongs to; a records file belongs to its table.</summary>
    internal static ItemKey? KeyOf(string path) => PathLayout.Classify(path) is { Role: FileRole.Object or FileRole.Records } meaning
        ? new ItemKey(meaning.Kind, meaning.Name)
        : null;

    private static TenantStatus Failed(TenantEntry tenant, string problem) =>
        new(tenant.Name, tenant.Repository, null, null, false, [], problem);
}
