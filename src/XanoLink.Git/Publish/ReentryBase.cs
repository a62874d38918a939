using LibGit2Sharp;
using XanoLink.Formats;
using XanoLink.Git.Tenants;
using XanoLink.Json;
using XanoLink.Loading;
using XanoLink.Merge;

namespace XanoLink.Git.Publish;

/// <summary>
/// The merge base for what comes back into the selection. An object (or a table's records) that left the selection
/// stayed in the tenant as it was, and the snapshots since lack it; when the source sends it again, the merge base snapshot
/// has nothing at its path, so a merge against it would take the tenant's unchanged copy for the tenant's own addition and
/// every change the source made meanwhile for a conflict. The base for such a path is instead the version the source last
/// sent there, found in the snapshots before the base: for an object, only one with the guid the tenant's copy has; for a
/// records file, only the records both the tenant and the source hold now (one the source does not send stays as the
/// tenant has it, as it would without an earlier version).
/// </summary>
internal static class ReentryBase
{
    public static TreeSide Supplement(Repository repository, SnapshotLine line, TreeSide @base, TreeSide ours, TreeSide theirs, IEnumerable<PathChange> sourceChanges)
    {
        var missing = sourceChanges
            .Where(c => c.Before is null && c.After is not null && ours.Entries.TryGetValue(c.Path, out var o) && o.IsFile && theirs.Entries.TryGetValue(c.Path, out var t) && t.IsFile)
            .Select(c => c.Path)
            .Where(p => PathLayout.Classify(p).Role is FileRole.Object or FileRole.Records)
            .ToHashSet(StringComparer.Ordinal);
        if (missing.Count == 0 || line.Base is null)
        {
            return @base;
        }

        var entries = new Dictionary<string, RawEntry>(@base.Entries, StringComparer.Ordinal);
        var memory = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var snapshot in line.BeforeBase())
        {
            foreach (var path in missing.ToArray())
            {
                if (snapshot[path] is not { TargetType: TreeEntryTargetType.Blob } earlier || Earlier(path, (Blob)earlier.Target, ours, theirs) is not { } bytes)
                {
                    continue;
                }

                var id = XanoLink.Files.GitBlobId.Of(bytes);
                entries[path] = new RawEntry(Mode.NonExecutableFile, id);
                memory[id] = bytes;
                missing.Remove(path);
            }

            if (missing.Count == 0)
            {
                break;
            }
        }

        return memory.Count == 0 ? @base : TreeSide.Of(repository, entries, memory, @base.Description + " (with earlier snapshots for what came back into the selection)");
    }

    /// <summary>The base content <paramref name="earlier"/> gives <paramref name="path"/>, or null when it is not the same object.</summary>
    private static byte[]? Earlier(string path, Blob earlier, TreeSide ours, TreeSide theirs)
    {
        // Past the size workspace files may have, nothing is read: the merge reports the file itself.
        if (earlier.Size > JsonFileReader.MaxFileSize || ours.Size(ours.Entries[path].Id) > JsonFileReader.MaxFileSize || theirs.Size(theirs.Entries[path].Id) > JsonFileReader.MaxFileSize)
        {
            return null;
        }

        var bytes = earlier.GetContentStream().ReadAllBytes();
        if (PathLayout.Classify(path).Role == FileRole.Object)
        {
            // Another object that once had this path is no base for the tenant's.
            var guid = ObjectFiles.GuidOf(path, ours.Read(ours.Entries[path].Id));
            return guid is not null && ObjectFiles.GuidOf(path, bytes) == guid ? bytes : null;
        }

        try
        {
            var held = Ids(ours, path);
            held.IntersectWith(Ids(theirs, path));
            var records = Records(bytes).Where(r => held.Contains(RecordIdComparer.KeyOf(r["id"]))).ToArray();
            return records.Length == 0 ? null : CanonicalJson.RecordsToBytes(records);
        }
        catch (FormatException)
        {
            // A side that cannot be read as records is merged as it is, against no earlier version.
            return null;
        }
    }

    private static HashSet<string> Ids(TreeSide side, string path) =>
        Records(side.Read(side.Entries[path].Id)).Select(r => RecordIdComparer.KeyOf(r["id"])).ToHashSet(StringComparer.Ordinal);

    private static List<Newtonsoft.Json.Linq.JObject> Records(byte[] bytes) => FileMerge.ParseRecords(System.Text.Encoding.UTF8.GetString(bytes));

}
