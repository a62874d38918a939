using LibGit2Sharp;
using Newtonsoft.Json.Linq;
using XanoLink.Formats;
using XanoLink.Git.Tenants;
using XanoLink.Json;
using XanoLink.Loading;
using XanoLink.Merge;

namespace XanoLink.Git.Publish;

/// <summary>
/// The merge base for what comes back into the selection. An object or a record that left the selection stayed in the
/// tenant as it was, and the snapshots since lack it; when the source sends it again, the merge base snapshot lacks it, so
/// a merge against it would take the tenant's unchanged copy for the tenant's own addition and every change the source
/// made meanwhile for a conflict. Its base is instead the version the source last sent, found in the snapshots before
/// the merge base: for an object, only one with the guid the tenant's copy has (<see cref="Supplement"/>); for a record,
/// by its id in the records file at the same path (<see cref="Records"/>), asked for by the records merge only for a
/// record both sides hold differently.
/// </summary>
internal static class ReentryBase
{
    // Distinct earlier versions of one records file read at most: each may be large, and a record missing from the
    // newest ones is most likely new on both sides rather than back.
    private const int MaxRecordVersions = 20;

    /// <summary>The base with an earlier version for each object both sides hold at a path the base lacks.</summary>
    public static TreeSide Supplement(Repository repository, SnapshotLine line, TreeSide @base, TreeSide ours, TreeSide theirs, IEnumerable<PathChange> sourceChanges)
    {
        var missing = sourceChanges
            .Where(c => c.Before is null && c.After is not null && PathLayout.Classify(c.Path).Role == FileRole.Object)
            .Where(c => ours.Entries.TryGetValue(c.Path, out var o) && o.IsFile && theirs.Entries.TryGetValue(c.Path, out var t) && t.IsFile && o.Id != t.Id)
            .Select(c => c.Path)
            .ToHashSet(StringComparer.Ordinal);
        if (missing.Count == 0 || line.Base is null)
        {
            return @base;
        }

        var entries = new Dictionary<string, RawEntry>(@base.Entries, StringComparer.Ordinal);
        var found = false;
        foreach (var snapshot in line.BeforeBase())
        {
            foreach (var path in missing.ToArray())
            {
                if (snapshot[path] is { TargetType: TreeEntryTargetType.Blob } earlier && SameObject(path, (Blob)earlier.Target, ours))
                {
                    entries[path] = new RawEntry(Mode.NonExecutableFile, earlier.Target.Sha);
                    missing.Remove(path);
                    found = true;
                }
            }

            if (missing.Count == 0)
            {
                break;
            }
        }

        return found ? TreeSide.Of(repository, entries, new Dictionary<string, byte[]>(), @base.Description + " (with earlier snapshots for what came back into the selection)") : @base;
    }

    /// <summary>Earlier versions of records, read from the snapshots before the merge base when the records merge asks.</summary>
    public static EarlierRecord Records(SnapshotLine line)
    {
        // Per path, the versions read so far (newest first) and the walk that reads more: most lookups end in the newest.
        var versions = new Dictionary<string, (List<Dictionary<string, JObject>> Read, IEnumerator<Dictionary<string, JObject>> More)>(StringComparer.Ordinal);
        return (path, key) =>
        {
            if (!versions.TryGetValue(path, out var state))
            {
                state = versions[path] = ([], Versions(line, path).GetEnumerator());
            }

            foreach (var version in state.Read)
            {
                if (version.TryGetValue(key, out var record))
                {
                    return record;
                }
            }

            while (state.More.MoveNext())
            {
                state.Read.Add(state.More.Current);
                if (state.More.Current.TryGetValue(key, out var record))
                {
                    return record;
                }
            }

            return null;
        };
    }

    private static IEnumerable<Dictionary<string, JObject>> Versions(SnapshotLine line, string path)
    {
        var seen = new HashSet<ObjectId> { line.Base?[path]?.Target.Id ?? ObjectId.Zero };
        foreach (var snapshot in line.BeforeBase())
        {
            if (seen.Count > MaxRecordVersions)
            {
                yield break;
            }

            if (snapshot[path] is not { TargetType: TreeEntryTargetType.Blob } entry || !seen.Add(entry.Target.Id) || ((Blob)entry.Target).Size > JsonFileReader.MaxFileSize)
            {
                continue;
            }

            Dictionary<string, JObject>? byId;
            try
            {
                byId = FileMerge.ParseRecords(System.Text.Encoding.UTF8.GetString(((Blob)entry.Target).GetContentStream().ReadAllBytes()))
                    .Where(r => r["id"] is not null)
                    .GroupBy(r => RecordIdComparer.KeyOf(r["id"]), StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            }
            catch (FormatException)
            {
                // A version that cannot be read as records gives none.
                continue;
            }

            yield return byId;
        }
    }

    // Another object that once had this path is no base for the tenant's.
    private static bool SameObject(string path, Blob earlier, TreeSide ours)
    {
        if (earlier.Size > JsonFileReader.MaxFileSize || ours.Size(ours.Entries[path].Id) > JsonFileReader.MaxFileSize)
        {
            return false;
        }

        var guid = ObjectFiles.GuidOf(path, ours.Read(ours.Entries[path].Id));
        return guid is not null && ObjectFiles.GuidOf(path, earlier.GetContentStream().ReadAllBytes()) == guid;
    }
}
