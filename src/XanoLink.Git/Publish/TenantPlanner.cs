using LibGit2Sharp;
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
        var liveTip = tenant.FindBranch(live)?.Tip ?? throw new TenantFailure(DiagnosticCatalog.TenantHasNoLive, TenantStatusReader.LiveMissing(live, tenant.Location));
        if (settings.Merge && repo.Info.IsShallow)
        {
            throw new TenantFailure(DiagnosticCatalog.TenantReadFailed,
                $"{tenant.Location} is a shallow clone: its history is cut, so what its live branch took from the source cannot be known and a merge would see false conflicts; fetch the full history (git fetch --unshallow) or publish into the full repository");
        }
        var line = SnapshotLine.Read(repo, source.Guid, liveTip);
        var damage = line.Damage is null ? [] : new[] { $"{DiagnosticCatalog.SnapshotRefDamaged.Code}: {line.Damage}" };
        var sameContent = line.SameContent(repo, source);
        var wantsLive = settings.Merge || settings.SetLive;
        if (sameContent && (!wantsLive || line.Delivered))
        {
            var sentOn = line.Last is null ? null : Branch(line.Last);
            return new TenantPlan(name, sentOn ?? "", live, liveTip, line, source.SnapshotTree, null, true, null, [], [], [], damage, UpToDate: true);
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

        // The tenant's identity never travels: its snapshot carries the tenant's own workspace.json.
        var info = liveTip[PathLayout.WorkspaceFile]?.Target as Blob;
        var infoBytes = info?.GetContentStream().ReadAllBytes();
        if (Formats.WorkspaceFormats.Detect(InfoJson(infoBytes), liveTip.Tree.Select(e => e.Name)) is { } format && format != source.Workspace.Format)
        {
            throw new TenantFailure(DiagnosticCatalog.TenantFormatDiffers,
                $"its live branch '{live}' holds a {Formats.WorkspaceFormats.Name(format)} workspace and the source is {Formats.WorkspaceFormats.Name(source.Workspace.Format)}; a tenant takes snapshots in one format. Convert the tenant (in a checkout of '{live}': xanolink convert --to {Formats.WorkspaceFormats.Name(source.Workspace.Format)} -o DIR, then replace its files with DIR's and commit), or create a new tenant with 'xanolink tenant create'");
        }

        var snapshotTree = info is null ? source.SnapshotTree : source.SnapshotTree.WithFile(PathLayout.WorkspaceFile, info.Sha);
        var branch = settings.Planned?.GetValueOrDefault(name)?.Branch ?? BranchName(repo, name, source, settings);
        var warnings = new List<string>(damage);
        TreeMergeResult? merge = null;
        IReadOnlyList<DataLossLine> loss = [];
        IReadOnlyList<ItemKey> unmanaged = [];
        IReadOnlyList<string> collisions = [];
        if (settings.Merge)
        {
            // Only the paths where a side differs from the base are read: what the source changed since live took a
            // snapshot, and what the tenant changed since; both found by comparing tree ids.
            var baseTree = line.Base?.Tree;
            var sourceChanges = TreeCompare.Diff(baseTree, snapshotTree);
            var tenantChanges = TreeCompare.Diff(baseTree, liveTip.Tree);
            var paths = sourceChanges.Select(c => c.Path).Concat(tenantChanges.Select(c => c.Path)).ToHashSet(StringComparer.Ordinal);
            var baseLabel = line.Base is null ? "no snapshot in live" : "snapshot " + line.Base.Sha[..12];
            var @base = TreeSide.Of(repo, baseTree, paths, baseLabel);
            // What the snapshot no longer sends as the base had it: objects it lacks, records files it changed or lacks.
            var replaced = sourceChanges.Where(c => c.Before is not null && (c.After is null || PathLayout.Classify(c.Path).Role == FileRole.Records))
                .Select(c => c.Path).ToHashSet(StringComparer.Ordinal);
            var sent = SentFiles.Compute(@base.Files("", replaced.Contains), source.Snapshot!, source.Workspace);
            unmanaged = sent.NoLongerManaged;

            // Records kept beside a table the source renamed (and no longer sends records of) land on a path no side
            // changed; the merge needs that path too, as the source's change.
            var changed = sourceChanges.Select(c => c.Path).ToHashSet(StringComparer.Ordinal);
            var moved = sent.Files.Keys.Where(p => !paths.Contains(p) && !source.Snapshot!.Files.ContainsKey(p)).ToArray();
            if (moved.Length > 0)
            {
                paths.UnionWith(moved);
                changed.UnionWith(moved);
                @base = TreeSide.Of(repo, baseTree, paths, baseLabel);
            }

            var ours = TreeSide.Of(repo, liveTip.Tree, paths, live);
            var theirs = Theirs(@base, changed, sent, infoBytes, paths);
            collisions = GuidCollisions.Of(ours, source, paths);
            var theirsSide = TreeSide.Of(repo, theirs.Entries, theirs.Bytes, "source " + source.ShortSha);
            @base = ReentryBase.Supplement(repo, line, @base, ours, theirsSide, sourceChanges, source);
            merge = TreeMerge.Merge(@base, ours, theirsSide, "", new MergeOptions(settings.Policy, Earlier: ReentryBase.Records(line, source)));
            collisions = [.. collisions, .. GuidCollisions.Clashes(repo, liveTip.Tree, ours, merge, source)];
            (merge, loss) = CheckLoss(repo, liveTip.Tree, ours, merge, settings.AllowDataLoss);
        }
        else if (settings.SetLive)
        {
            var changes = TreeCompare.Diff(liveTip.Tree, snapshotTree);
            var ours = TreeSide.Of(repo, liveTip.Tree, changes.Select(c => c.Path), live);
            collisions = GuidCollisions.Of(ours, source, changes.Select(c => c.Path).ToHashSet(StringComparer.Ordinal));
            loss = Dropped(ours, changes, source, live);
        }

        if (!sameContent && line.Last is not null && !line.Delivered && !settings.Merge && !settings.SetLive)
        {
            warnings.Add($"{DiagnosticCatalog.SnapshotNotLive.Code}: the previous snapshot ({Branch(line.Last) ?? line.Last.Sha[..12]}) never reached live branch '{live}'; publish with --merge to bring both in");
        }

        return new TenantPlan(name, branch, live, liveTip, line, snapshotTree, infoBytes, sameContent, merge, collisions, loss, unmanaged, warnings);
    }

    /// <summary>
    /// The source's side at the merge's paths: what it sends now where that differs from the base (less what it no longer
    /// sends but still has, which keeps its base version), the base elsewhere.
    /// </summary>
    private static (Dictionary<string, RawEntry> Entries, Dictionary<string, byte[]> Bytes) Theirs(TreeSide @base, HashSet<string> changed, SentResult sent, byte[]? info, HashSet<string> paths)
    {
        var entries = new Dictionary<string, RawEntry>(StringComparer.Ordinal);
        var bytes = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (!changed.Contains(path))
            {
                if (@base.Entries.TryGetValue(path, out var same))
                {
                    entries[path] = same;
                }

                continue;
            }

            var content = path == PathLayout.WorkspaceFile ? info : sent.Files.GetValueOrDefault(path);
            if (content is not null)
            {
                var id = XanoLink.Files.GitBlobId.Of(content);
                entries[path] = new RawEntry(Mode.NonExecutableFile, id);
                bytes[id] = content;
            }
        }

        // Kept records may have been rewritten onto a path the source also changed; any such path is in the change set.
        return (entries, bytes);
    }

    /// <summary>What the merge would lose of the tenant's records; with --allow-data-loss, the fixes that keep the rest consistent.</summary>
    /// <remarks>
    /// <paramref name="ours"/> holds only the paths some side changed; the checks also read files no side changed (the
    /// table file of a records file the source edited), which are the live tree's.
    /// </remarks>
    private static (TreeMergeResult Merge, IReadOnlyList<DataLossLine> Loss) CheckLoss(Repository repo, Tree live, TreeSide ours, TreeMergeResult merge, bool allow)
    {
        var after = new Dictionary<string, byte[]?>(StringComparer.Ordinal);
        foreach (var change in merge.Files)
        {
            after[change.Path] = change.Bytes;
        }

        byte[]? Before(string path)
        {
            if (ours.Entries.TryGetValue(path, out var e))
            {
                return e.IsFile ? ours.Read(e.Id) : null;
            }

            lock (repo)
            {
                return live[path] is { TargetType: TreeEntryTargetType.Blob } entry && entry.Mode != Mode.SymbolicLink ? ((Blob)entry.Target).GetContentStream().ReadAllBytes() : null;
            }
        }

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
    private static List<DataLossLine> Dropped(TreeSide ours, List<PathChange> changes, PublishSource source, string live)
    {
        byte[]? Before(string path) => ours.Entries.TryGetValue(path, out var e) && e.IsFile ? ours.Read(e.Id) : null;
        byte[]? After(string path) => source.Snapshot!.Files.GetValueOrDefault(path);
        var lines = DataLoss.Find(Before, After, changes.Select(c => c.Path), source.Snapshot!.Files.Keys).ToList();
        foreach (var change in changes.Where(c => c.After is null && c.Path != PathLayout.WorkspaceFile && PathLayout.Classify(c.Path).Role != FileRole.Records).OrderBy(c => c.Path, StringComparer.Ordinal))
        {
            var meaning = PathLayout.Classify(change.Path);
            ItemKey? key = meaning.Role is FileRole.Object ? new ItemKey(meaning.Kind, meaning.Name) : null;
            lines.Add(new DataLossLine(key, $"{change.Path} is in live branch '{live}' but not in the new branch, which would become live without it ('{live}' keeps it); publish with --merge to keep it"));
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

    private static Newtonsoft.Json.Linq.JObject? InfoJson(byte[]? bytes)
    {
        try
        {
            return bytes is null ? null : FileMerge.ParseObject(System.Text.Encoding.UTF8.GetString(bytes));
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
