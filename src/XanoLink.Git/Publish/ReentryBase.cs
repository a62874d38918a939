using LibGit2Sharp;
using XanoLink.Formats;
using XanoLink.Git.Tenants;
using XanoLink.Loading;

namespace XanoLink.Git.Publish;

/// <summary>
/// The merge base for what comes back into the selection. An object (or a table's records file) that left the selection
/// stayed in the tenant as it was, and the snapshots since lack it; when the source sends it again, the merge base snapshot
/// has nothing at its path, so a merge against it would take the tenant's unchanged copy for the tenant's own addition and
/// every change the source made meanwhile for a conflict. The base for such a path is instead the version the source last
/// sent there, found in the snapshots before the base (for an object, only one with the guid the tenant's copy has).
/// </summary>
internal static class ReentryBase
{
    public static TreeSide Supplement(Repository repository, SnapshotLine line, TreeSide @base, TreeSide ours, IEnumerable<PathChange> sourceChanges)
    {
        var missing = sourceChanges
            .Where(c => c.Before is null && c.After is not null && ours.Entries.TryGetValue(c.Path, out var entry) && entry.IsFile)
            .Select(c => c.Path)
            .Where(p => PathLayout.Classify(p).Role is FileRole.Object or FileRole.Records)
            .ToHashSet(StringComparer.Ordinal);
        if (missing.Count == 0 || line.Base is null)
        {
            return @base;
        }

        var entries = new Dictionary<string, RawEntry>(@base.Entries, StringComparer.Ordinal);
        var guids = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var snapshot in line.BeforeBase())
        {
            foreach (var path in missing.ToArray())
            {
                if (snapshot[path] is not { TargetType: TreeEntryTargetType.Blob } earlier || !SameObject(path, earlier, ours, guids))
                {
                    continue;
                }

                entries[path] = new RawEntry(earlier.Mode, earlier.Target.Sha);
                missing.Remove(path);
            }

            if (missing.Count == 0)
            {
                break;
            }
        }

        return entries.Count == @base.Entries.Count ? @base : TreeSide.Of(repository, entries, new Dictionary<string, byte[]>(), @base.Description + " (with earlier snapshots for what came back into the selection)");
    }

    // A records file has no identity of its own beyond its path; an object must be the tenant's object, not another one
    // that once had its path.
    private static bool SameObject(string path, TreeEntry earlier, TreeSide ours, Dictionary<string, string?> guids)
    {
        if (PathLayout.Classify(path).Role != FileRole.Object)
        {
            return true;
        }

        if (!guids.TryGetValue(path, out var guid))
        {
            guid = guids[path] = ObjectFiles.GuidOf(path, ours.Read(ours.Entries[path].Id));
        }

        return guid is not null && ObjectFiles.GuidOf(path, ((Blob)earlier.Target).GetContentStream().ReadAllBytes()) == guid;
    }
}
