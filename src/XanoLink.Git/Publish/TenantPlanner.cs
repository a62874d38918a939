using LibGit2Sharp;
using Newtonsoft.Json.Linq;
using XanoLink.Diagnostics;
using XanoLink.Git.Tenants;
using XanoLink.Loading;
using XanoLink.Manifest;
using XanoLink.Merge;
using XanoLink.Model;
using XanoLink.Publish;
using MergeOptions = XanoLink.Merge.MergeOptions;

namespace XanoLink.Git.Publish;

/// <summary>Computes a <see cref="TenantPlan"/> from the tenant repository as it is; reads only (no object, no ref).</summary>
internal static class TenantPlanner
{
    public static TenantPlan Plan(WorkspaceRepository tenant, string name, PublishSource source, PublishSettings settings)
    {
        var repo = tenant.Repository;
        var live = tenant.GetLive() ?? throw new TenantFailure(DiagnosticCatalog.TenantHasNoLive,
            $"{tenant.Location} has no live branch; create the tenant with 'xanolink tenant create {name} PATH'");
        var liveTip = tenant.FindBranch(live)?.Tip ?? throw new TenantFailure(DiagnosticCatalog.TenantHasNoLive,
            $"its live branch '{live}' has no commits in {tenant.Location}; create the tenant with 'xanolink tenant create {name} PATH' (a live branch holding an empty workspace)");
        var line = SnapshotLine.Read(repo, source.Guid, liveTip);
        var sameContent = line.SameContent(repo, source);
        var wantsLive = settings.Merge || settings.SetLive;
        if (sameContent && (!wantsLive || line.Delivered))
        {
            var sentOn = line.Last is null ? null : Branch(line.Last);
            return new TenantPlan(name, sentOn ?? "", live, liveTip, line, new Dictionary<string, byte[]>(), true, null, [], [], [], [], UpToDate: true);
        }

        if (!sameContent && !source.ExplicitFrom && source.IsOlderThan(line.LastSourceCommit))
        {
            throw new TenantFailure(DiagnosticCatalog.NewerPublished,
                $"it already has source commit {line.LastSourceCommit![..12]}, which is newer than {source.ShortSha} ({source.Ref}); nothing was written. "
                + "To go back to an older commit on purpose, publish it with --from");
        }

        if (!tenant.IsBare && tenant.HeadBranch() == live && settings.Merge && !settings.SetLive)
        {
            throw new TenantFailure(DiagnosticCatalog.TenantCheckedOut,
                $"its live branch '{live}' is checked out in the working tree {tenant.Location}, and publish does not change files under someone's feet; "
                + "make the tenant a bare repository (git clone --bare), or check out another branch there, then publish again");
        }

        var ours = TreeSide.Of(repo, liveTip.Tree, live);
        var snapshotFiles = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (path, bytes) in source.Snapshot!.Files)
        {
            snapshotFiles[path] = bytes;
        }

        if (liveTip[PathLayout.WorkspaceFile]?.Target is Blob info)
        {
            // The tenant's identity never travels: the snapshot carries the tenant's own workspace.json.
            snapshotFiles[PathLayout.WorkspaceFile] = info.GetContentStream().ReadAllBytes();
        }

        var branch = BranchName(repo, name, source, settings);
        var collisions = Collisions(ours, source);
        var warnings = new List<string>();
        TreeMergeResult? merge = null;
        IReadOnlyList<DataLossLine> loss = [];
        IReadOnlyList<ItemKey> unmanaged = [];
        if (settings.Merge)
        {
            var @base = line.Base is null ? TreeSide.Empty("no snapshot in live") : TreeSide.Of(repo, line.Base.Tree, "snapshot " + line.Base.Sha[..12]);
            var sent = SentFiles.Compute(@base.Files("", _ => true), source.Snapshot, source.Workspace);
            unmanaged = sent.NoLongerManaged;
            var theirs = new SortedDictionary<string, byte[]>(sent.Files.ToDictionary(kv => kv.Key, kv => kv.Value), StringComparer.Ordinal);
            if (snapshotFiles.TryGetValue(PathLayout.WorkspaceFile, out var ws))
            {
                theirs[PathLayout.WorkspaceFile] = ws;
            }

            merge = TreeMerge.Merge(@base, ours, TreeSide.Of(theirs, "", "source " + source.ShortSha), "", new MergeOptions(settings.Policy));
            (merge, loss) = CheckLoss(ours, merge, settings.AllowDataLoss);
        }
        else if (settings.SetLive)
        {
            loss = Dropped(ours, snapshotFiles, live);
        }

        if (!sameContent && line.Last is not null && !line.Delivered && !settings.Merge && !settings.SetLive)
        {
            warnings.Add($"{DiagnosticCatalog.SnapshotNotLive.Code}: the previous snapshot ({Branch(line.Last) ?? line.Last.Sha[..12]}) never reached live branch '{live}'; publish with --merge to bring both in");
        }

        return new TenantPlan(name, branch, live, liveTip, line, snapshotFiles, sameContent, merge, collisions, loss, unmanaged, warnings);
    }

    /// <summary>What the merge would lose of the tenant's records; with --allow-data-loss, the fixes that keep the rest consistent.</summary>
    private static (TreeMergeResult Merge, IReadOnlyList<DataLossLine> Loss) CheckLoss(TreeSide ours, TreeMergeResult merge, bool allow)
    {
        var after = new Dictionary<string, byte[]?>(StringComparer.Ordinal);
        foreach (var change in merge.Files)
        {
            after[change.Path] = change.Bytes;
        }

        byte[]? Before(string path) => ours.Entries.TryGetValue(path, out var e) && e.IsFile ? ours.Read(e.Id) : null;
        byte[]? After(string path) => after.TryGetValue(path, out var bytes) ? bytes : Before(path);
        var afterPaths = ours.Entries.Keys.Where(p => !after.ContainsKey(p)).Concat(after.Where(kv => kv.Value is not null).Select(kv => kv.Key)).ToArray();
        var changed = after.Keys.ToArray();
        var loss = DataLoss.Find(Before, After, changed, afterPaths);
        if (loss.Count == 0 || !allow)
        {
            return (merge, loss);
        }

        var fixes = DataLoss.Accept(Before, After, changed, afterPaths);
        var files = merge.Files.Where(f => !fixes.ContainsKey(f.Path)).ToList();
        foreach (var (path, bytes) in fixes)
        {
            if (bytes is not null || ours.Entries.ContainsKey(path))
            {
                files.Add(new FileChange(path, bytes));
            }
        }

        // A records file the accepted loss deletes settles the delete-versus-change conflict on it.
        var settled = merge.Conflicts.Where(c => !(fixes.TryGetValue(c.File, out var fix) && fix is null)).ToArray();
        return (merge with { Files = files, Conflicts = settled }, loss);
    }

    /// <summary>
    /// --set-live without --merge: what the live branch holds that the new one would lack (the old branch keeps it): tenant
    /// records in files the snapshot replaces, and every file of live the snapshot does not have.
    /// </summary>
    private static List<DataLossLine> Dropped(TreeSide ours, SortedDictionary<string, byte[]> snapshot, string live)
    {
        byte[]? Before(string path) => ours.Entries.TryGetValue(path, out var e) && e.IsFile ? ours.Read(e.Id) : null;
        byte[]? After(string path) => snapshot.GetValueOrDefault(path);
        var changed = ours.Entries.Keys.Concat(snapshot.Keys).Distinct(StringComparer.Ordinal)
            .Where(p => !(ours.Entries.TryGetValue(p, out var e) && snapshot.TryGetValue(p, out var b) && e.Id == XanoLink.Files.GitBlobId.Of(b)))
            .ToArray();
        var lines = DataLoss.Find(Before, After, changed, snapshot.Keys).ToList();
        foreach (var path in ours.Entries.Keys.Where(p => !snapshot.ContainsKey(p) && p != PathLayout.WorkspaceFile && PathLayout.Classify(p).Role != FileRole.Records).Order(StringComparer.Ordinal))
        {
            var meaning = PathLayout.Classify(path);
            ItemKey? key = meaning.Role is FileRole.Object ? new ItemKey(meaning.Kind, meaning.Name) : null;
            lines.Add(new DataLossLine(key, $"{path} is in live branch '{live}' but not in the new branch, which would become live without it ('{live}' keeps it); publish with --merge to keep it"));
        }

        return lines;
    }

    /// <summary>The publish branch: the template's name, or the same name with -2, -3... when that exists with other content.</summary>
    private static string BranchName(Repository repo, string tenant, PublishSource source, PublishSettings settings)
    {
        var name = BranchTemplate.Expand(settings.BranchTemplate, source.Name, tenant, source.Commit!, source.Signature.When);
        if (RefNames.Problem(name) is { } problem)
        {
            throw new TenantFailure(DiagnosticCatalog.PublishBranchInvalid, $"the publish branch '{name}' is not a valid branch name ({problem}); fix --branch or publish.branch in xanolink.json");
        }

        return name;
    }

    private static string? Branch(Commit snapshot) => PublishedSnapshot.ParseTrailers(snapshot.Message).GetValueOrDefault(SnapshotMessage.Branch);

    /// <summary>Selected source objects whose kind and name the tenant has under another guid.</summary>
    private static string[] Collisions(TreeSide live, PublishSource source)
    {
        var result = new List<string>();
        foreach (var (path, sourceId) in source.BlobIds)
        {
            if (!live.Entries.TryGetValue(path, out var entry) || !entry.IsFile || entry.Id == sourceId)
            {
                continue;
            }

            var meaning = PathLayout.Classify(path);
            if (meaning.Role != FileRole.Object)
            {
                continue;
            }

            var theirs = Guid(source.Snapshot!.Files[path]);
            var ours = Guid(live.Read(entry.Id));
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
            return FileMerge.ParseObject(System.Text.Encoding.UTF8.GetString(bytes))["guid"] is JValue { Type: JTokenType.String } guid ? (string)guid! : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}

internal static class StreamBytes
{
    public static byte[] ReadAllBytes(this Stream stream)
    {
        using (stream)
        using (var buffer = new MemoryStream())
        {
            stream.CopyTo(buffer);
            return buffer.ToArray();
        }
    }
}
