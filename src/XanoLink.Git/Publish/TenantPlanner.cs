using LibGit2Sharp;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using XanoLink.Files;
using XanoLink.Loading;
using XanoLink.Manifest;
using XanoLink.Merge;
using XanoLink.Model;
using MergeOptions = XanoLink.Merge.MergeOptions;
using MergeResult = XanoLink.Merge.MergeResult;

namespace XanoLink.Git.Publish;

/// <summary>Computes a <see cref="TenantPlan"/> from the tenant repository as it is; reads only.</summary>
internal static class TenantPlanner
{
    public static TenantPlan Plan(WorkspaceRepository tenant, string name, PublishSource source, PublishSettings settings)
    {
        var repo = tenant.Repository;
        var live = tenant.GetLive() ?? throw new TenantFailure($"tenant {name}: {tenant.Location} has no live branch; create it with 'xanolink tenant create {name} PATH'");
        var liveTip = tenant.FindBranch(live)?.Tip ?? throw new TenantFailure(
            $"tenant {name}: its live branch '{live}' has no commits in {tenant.Location}; create the tenant with 'xanolink tenant create {name} PATH' (a live branch holding an empty workspace)");
        var branch = BranchTemplate.Expand(settings.BranchTemplate, source.Info.Name, name, source.Commit, source.Signature.When);
        if (RefNames.Problem(branch) is { } problem)
        {
            throw new TenantFailure($"tenant {name}: the publish branch '{branch}' is not a valid branch name ({problem}); fix --branch or publish.branch in xanolink.json");
        }

        var lastSnapshot = repo.Refs[source.SnapshotRef]?.ResolveToDirectReference()?.Target as Commit;
        var liveFiles = new GitFileSource(repo, liveTip, "", live);

        // The snapshot: the source's files plus the tenant's own workspace.json (its identity never travels).
        var snapshotFiles = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (path, bytes) in source.Snapshot.Files)
        {
            snapshotFiles[path] = bytes;
        }

        if (liveFiles.Files().FirstOrDefault(f => f.Path == PathLayout.WorkspaceFile) is { } info)
        {
            snapshotFiles[info.Path] = info.ReadAllBytes();
        }

        var empty = new Dictionary<string, byte[]>();
        if (IsUpToDate(repo, source, lastSnapshot))
        {
            return new TenantPlan(name, branch, live, liveTip, lastSnapshot, snapshotFiles, null, null, [], [], UpToDate: true);
        }

        var collisions = Collisions(liveFiles, source);
        MergeResult? merge = null;
        IReadOnlyDictionary<string, byte[]>? liveResult = null;
        var warnings = new List<string>();
        if (settings.Merge)
        {
            IFileSource @base = lastSnapshot is null ? new MemoryFileSource(empty, "no previous snapshot") : new GitFileSource(repo, lastSnapshot, "", "last snapshot");
            merge = WorkspaceMerge.Merge(@base, liveFiles, new MemoryFileSource(snapshotFiles, "snapshot"), new MergeOptions(settings.Policy));
            liveResult = merge.Files;
        }
        else if (settings.SetLive)
        {
            liveResult = snapshotFiles;
            var tenantOnly = liveFiles.Files()
                .Where(f => f.Path != PathLayout.WorkspaceFile && !snapshotFiles.ContainsKey(f.Path) && PathLayout.Classify(f.Path).Role is FileRole.Object or FileRole.Records)
                .Select(f => f.Path)
                .ToArray();
            if (tenantOnly.Length > 0)
            {
                warnings.Add($"--set-live without --merge: the new live branch holds only what the source sent; {tenantOnly.Length} tenant file(s) of '{live}' are not in it ({string.Join(", ", tenantOnly.Take(5))}{(tenantOnly.Length > 5 ? ", ..." : "")}); '{live}' keeps them");
            }
        }

        return new TenantPlan(name, branch, live, liveTip, lastSnapshot, snapshotFiles, merge, liveResult, collisions, warnings, UpToDate: false);
    }

    /// <summary>
    /// Same source commit and manifest as the last snapshot, or the same files (workspace.json aside): nothing to send.
    /// </summary>
    private static bool IsUpToDate(Repository repo, PublishSource source, Commit? last)
    {
        if (last is null)
        {
            return false;
        }

        if (SnapshotMessage.Trailer(last.Message, SnapshotMessage.SourceCommit) == source.Commit
            && SnapshotMessage.Trailer(last.Message, SnapshotMessage.Manifest) == source.ManifestHash)
        {
            return true;
        }

        var before = new GitFileSource(repo, last).Files().Where(f => f.Path != PathLayout.WorkspaceFile).ToArray();
        return before.Length == source.BlobIds.Count && before.All(f => source.BlobIds.TryGetValue(f.Path, out var id) && id == f.BlobId);
    }

    /// <summary>Selected source objects whose kind and name the tenant has under another guid.</summary>
    private static string[] Collisions(GitFileSource live, PublishSource source)
    {
        var result = new List<string>();
        foreach (var file in live.Files())
        {
            if (!source.BlobIds.TryGetValue(file.Path, out var sourceId) || sourceId == file.BlobId)
            {
                continue;
            }

            var meaning = PathLayout.Classify(file.Path);
            if (meaning.Role != FileRole.Object)
            {
                continue;
            }

            var theirs = Guid(source.Snapshot.Files[file.Path]);
            var ours = Guid(file.ReadAllBytes());
            if (theirs is not null && ours is not null && theirs != ours)
            {
                result.Add($"{meaning.Kind.Prefix()}:{meaning.Name} (tenant guid {ours}, source guid {theirs})");
            }
        }

        return [.. result];
    }

    private static string? Guid(byte[] bytes)
    {
        try
        {
            return JObject.Parse(System.Text.Encoding.UTF8.GetString(bytes))["guid"] is JValue { Type: JTokenType.String } guid ? (string)guid! : null;
        }
        catch (JsonReaderException)
        {
            return null;
        }
    }
}
