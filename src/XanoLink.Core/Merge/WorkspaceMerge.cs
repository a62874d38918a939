using Newtonsoft.Json.Linq;
using XanoLink.Files;
using XanoLink.Formats;
using XanoLink.Json;
using XanoLink.Loading;
using XanoLink.Model;

namespace XanoLink.Merge;

/// <summary>
/// Three-way merge of whole workspaces. Objects are matched by guid across the sides (so a rename on one side and an
/// edit on the other is one object, with the new name and the edit), merged member by member with
/// <see cref="ObjectMerge"/>; records files by record id; workspace.json is always ours (a tenant keeps its identity).
/// Blob ids decide what needs work: a file a side left as the base had is taken from the other side unparsed.
/// </summary>
public static class WorkspaceMerge
{
    public static MergeResult Merge(IFileSource @base, IFileSource ours, IFileSource theirs, MergeOptions? options = null)
    {
        options ??= new MergeOptions();
        var cache = new ParseCache();
        var oursFiles = ours.Files();
        var theirsFiles = theirs.Files();
        var baseFiles = @base.Files();

        // The whole-side fast path: a side that changed nothing gives the other side, with our own workspace.json.
        if (SameFiles(oursFiles, baseFiles) || SameFiles(theirsFiles, baseFiles))
        {
            var takeTheirs = SameFiles(oursFiles, baseFiles);
            return Whole(takeTheirs ? theirsFiles : oursFiles, oursFiles, takeTheirs, options, cache);
        }

        var b = MergeSide.Read(@base, cache);
        var o = MergeSide.Read(ours, cache);
        var t = MergeSide.Read(theirs, cache);

        // A guid repeated on one side matches by path there; it must on every side, or the original, matched by guid on
        // the others, would look deleted on the side that copied it.
        var repeated = b.RepeatedGuids.Concat(o.RepeatedGuids).Concat(t.RepeatedGuids).ToHashSet(StringComparer.Ordinal);
        if (repeated.Count > 0)
        {
            (b, o, t) = (MergeSide.Read(@base, cache, repeated), MergeSide.Read(ours, cache, repeated), MergeSide.Read(theirs, cache, repeated));
        }

        var run = new MergeRun(options, cache);
        var identities = o.Entries.Keys.Concat(t.Entries.Keys).Concat(b.Entries.Keys).Distinct(StringComparer.Ordinal).ToList();

        // Objects first: a records file follows its table's merged name.
        foreach (var id in identities.Where(i => !i.StartsWith("records:", StringComparison.Ordinal)))
        {
            run.Item(id, b.Entries.GetValueOrDefault(id), o.Entries.GetValueOrDefault(id), t.Entries.GetValueOrDefault(id));
        }

        foreach (var id in identities.Where(i => i.StartsWith("records:", StringComparison.Ordinal)))
        {
            run.Item(id, b.Entries.GetValueOrDefault(id), o.Entries.GetValueOrDefault(id), t.Entries.GetValueOrDefault(id));
        }

        return run.Result(identities.Count);
    }

    // workspace.json aside: the result always takes ours, so a side that changed only its identity changed nothing else.
    private static bool SameFiles(IReadOnlyList<SourceFile> a, IReadOnlyList<SourceFile> b)
    {
        var x = a.Where(f => f.Path != PathLayout.WorkspaceFile).ToArray();
        var y = b.Where(f => f.Path != PathLayout.WorkspaceFile).ToArray();
        return x.Length == y.Length && x.Zip(y).All(p => p.First.Path == p.Second.Path && p.First.BlobId == p.Second.BlobId);
    }

    private static MergeResult Whole(IReadOnlyList<SourceFile> files, IReadOnlyList<SourceFile> oursFiles, bool fromTheirs, MergeOptions options, ParseCache cache)
    {
        var result = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => f.Path != PathLayout.WorkspaceFile))
        {
            result[file.Path] = options.Canonical ? Canonical(file, cache) : file.ReadAllBytes();
        }

        if (oursFiles.FirstOrDefault(f => f.Path == PathLayout.WorkspaceFile) is { } info)
        {
            result[info.Path] = options.Canonical ? Canonical(info, cache) : info.ReadAllBytes();
        }

        var count = result.Count;
        return new MergeResult(result, [], new MergeStats(count, fromTheirs ? 0 : count, 0, fromTheirs ? count : 0, 0, cache.Parsed));
    }

    private static byte[] Canonical(SourceFile file, ParseCache cache)
    {
        var role = PathLayout.Classify(file.Path).Role;
        if (role == FileRole.Records && cache.Records(file) is { } records)
        {
            return CanonicalJson.RecordsToBytes(records);
        }

        if (role is FileRole.Object or FileRole.WorkspaceInfo or FileRole.Manifest && !PathLayout.IsXanoScript(file.Path) && cache.Object(file) is { } json)
        {
            return CanonicalJson.ToBytes(json);
        }

        return file.ReadAllBytes();
    }

    /// <summary>The state of one merge: files written so far, conflicts, counts, and where each table went.</summary>
    private sealed class MergeRun(MergeOptions options, ParseCache cache)
    {
        private readonly SortedDictionary<string, byte[]> files = new(StringComparer.Ordinal);
        private readonly Dictionary<string, SideEntry> writtenBy = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string?> mergedTableName = new(StringComparer.Ordinal);
        private readonly List<MergeConflict> conflicts = [];
        private int unchanged;
        private int fromOurs;
        private int fromTheirs;
        private int merged;

        public void Item(string id, SideEntry? b, SideEntry? o, SideEntry? t)
        {
            if (id == PathLayout.WorkspaceFile)
            {
                // A tenant keeps its own identity, whatever the other side says.
                Write(o?.File.Path, o, o?.Output(options.Canonical));
                return;
            }

            if (SameEntry(o, b) || SameEntry(t, b) || SameEntry(o, t))
            {
                var take = SameEntry(o, b) ? t : o;
                _ = SameEntry(o, b) && SameEntry(t, b) ? unchanged++ : SameEntry(o, b) ? fromTheirs++ : fromOurs++;
                Remember(id, take, take is null ? null : PathLayout.Classify(take.File.Path).Name);
                Write(take is null ? null : PathFor(id, b, o, t, null), take, take?.Output(options.Canonical));
                return;
            }

            merged++;
            var key = KeyOf(o ?? t ?? b!);
            var file = (o ?? t ?? b!).File.Path;
            var present = new[] { b, o, t }.Where(e => e is not null).ToArray();
            if (present.All(e => e!.Role == EntryRole.Records))
            {
                var recordsPath = (t ?? b ?? o)!.File.Path;
                // Ours' path too: records that come back under a table renamed meanwhile were last sent under the old name.
                var oursPath = o?.File.Path is { } op && op != recordsPath ? op : null;
                var earlier = options.Earlier is { } find ? (Func<string, JObject?>)(key => find(recordsPath, key) ?? (oursPath is null ? null : find(oursPath, key))) : null;
                var recordsResult = RecordsMerge.Merge(b?.Records, o?.Records, t?.Records, options.Policy, earlier);
                Report(key, file, recordsResult.Conflicts);
                Write(recordsResult.Merged is null ? null : PathFor(id, b, o, t, null), o ?? t, recordsResult.Merged is null ? null : CanonicalJson.RecordsToBytes(recordsResult.Merged));
                return;
            }

            if (present.All(e => e!.Role is EntryRole.Object or EntryRole.Json) && present.Select(e => e!.Format).Distinct().Count() == 1)
            {
                var objectResult = ObjectMerge.Merge(b?.Json, o?.Json, t?.Json, options.Policy);
                var json = objectResult.Merged;
                var side = o ?? t!;
                var mergedName = json is null ? null : side.NameIn(json);
                key = mergedName is not null && side.Kind is { } kind ? new ItemKey(kind, mergedName) : key;
                Report(key, file, objectResult.Conflicts);
                Remember(id, side, mergedName);
                if (json is null)
                {
                    return;
                }

                var path = PathFor(id, b, o, t, json);
                byte[] bytes;
                try
                {
                    // Through the one owner of object bytes: canonical JSON, or XanoScript in Xano's style (ours' exact text when the merge left it as it was).
                    bytes = ObjectFiles.Write(path, side.Construct, json, o?.Original ?? t!.Original);
                }
                catch (FormatException ex)
                {
                    var keep = options.Policy == MergePolicy.Theirs ? t : o;
                    conflicts.Add(new MergeConflict(key, file, "", $"the merged object cannot be written as XanoScript ({ex.Message}), so the {(keep == t ? "theirs" : "ours")} file is kept whole", o is null ? null : "blob " + o.File.BlobId, t is null ? null : "blob " + t.File.BlobId, Resolution()));
                    Write(keep?.File.Path, keep, keep?.File.ReadAllBytes());
                    return;
                }

                Write(path, side, bytes);
                return;
            }

            // Unreadable or unknown files cannot be merged inside: both changed means a whole-file conflict.
            var winner = options.Policy == MergePolicy.Theirs ? t : o;
            conflicts.Add(new MergeConflict(key, file, "", Describe(b, o, t) + " (the file cannot be merged member by member)", Blob(o), Blob(t), Resolution()));
            Write(winner?.File.Path, winner, winner?.File.ReadAllBytes());
        }

        // A side without the file is null (shown as "deleted"), not a JSON null.
        private static JValue? Blob(SideEntry? entry) => entry is null ? null : new JValue("blob " + entry.File.BlobId);

        public MergeResult Result(int items) => new(
            files,
            conflicts.OrderBy(c => c.File, StringComparer.Ordinal).ThenBy(c => c.Member, StringComparer.Ordinal).ToArray(),
            new MergeStats(items, unchanged, fromOurs, fromTheirs, merged, cache.Parsed));

        private static bool SameEntry(SideEntry? a, SideEntry? b) => a is null ? b is null : a.SameAs(b);

        private static ItemKey? KeyOf(SideEntry entry)
        {
            if (entry.Role == EntryRole.Object && entry.Kind is { } kind && entry.Json is { } json && entry.NameIn(json) is { } name)
            {
                return new ItemKey(kind, name);
            }

            var meaning = PathLayout.Classify(entry.File.Path);
            return meaning.Role is FileRole.Object or FileRole.Records ? new ItemKey(meaning.Kind, meaning.Name) : null;
        }

        private static string Describe(SideEntry? b, SideEntry? o, SideEntry? t) => (b, o, t) switch
        {
            (null, _, _) => "added differently on both sides",
            (_, null, _) => "deleted in ours, changed in theirs",
            (_, _, null) => "changed in ours, deleted in theirs",
            _ => "changed differently on both sides",
        };

        private ConflictResolution Resolution() => options.Policy switch
        {
            MergePolicy.Ours => ConflictResolution.TookOurs,
            MergePolicy.Theirs => ConflictResolution.TookTheirs,
            _ => ConflictResolution.Unresolved,
        };

        private void Report(ItemKey? key, string file, IEnumerable<MemberConflict> found) =>
            conflicts.AddRange(found.Select(c => new MergeConflict(key, file, c.Path, c.Description, c.Ours, c.Theirs, c.Resolution)));

        private void Remember(string id, SideEntry? entry, string? name)
        {
            if (entry?.Kind == ItemKind.Table && entry.Role == EntryRole.Object)
            {
                mergedTableName[id] = name;
            }
        }

        /// <summary>
        /// Where the merged item lives: the path its merged name gives (so a rename on either side carries over), or, when
        /// the name cannot give a path, the path merged three-way like any value.
        /// </summary>
        private string PathFor(string id, SideEntry? b, SideEntry? o, SideEntry? t, JObject? json)
        {
            var entry = o ?? t ?? b!;
            if (entry.Role == EntryRole.Records && id.StartsWith("records:", StringComparison.Ordinal)
                && mergedTableName.GetValueOrDefault(id["records:".Length..]) is { } table && NameRules.IsValidName(table))
            {
                return ObjectFiles.RecordsPathOf(ObjectFiles.FormatOf(ObjectFiles.TablePathOfRecords(entry.File.Path, table)), table);
            }

            if (entry.Role == EntryRole.Object && entry.Kind is { } kind && json is not null && entry.NameIn(json) is { } name
                && InLayout(entry.Format, kind, b, o, t))
            {
                var path = ObjectFiles.PathOf(entry.Format, kind, name);
                var meaning = PathLayout.Classify(path);
                if (NameRules.IsValidName(name) && meaning.Role == FileRole.Object && meaning.Kind == kind && meaning.Name == name)
                {
                    return path;
                }
            }

            var (bp, op, tp) = (b?.File.Path, o?.File.Path, t?.File.Path);
            return op == bp ? tp ?? op ?? bp! : tp == bp ? op ?? tp ?? bp! : options.Policy == MergePolicy.Theirs ? tp ?? op! : op ?? tp!;
        }

        // A JSON object's path is its name; a XanoScript object moves with a rename only where every side keeps it in Xano's layout (a VS Code checkout's tables/12_order.xs stays where it is).
        private static bool InLayout(WorkspaceFormat format, ItemKind kind, params SideEntry?[] sides) =>
            format == WorkspaceFormat.Json
            || sides.All(s => s is null || (s.Json is { } json && s.NameIn(json) is { } name && ObjectFiles.PathOf(format, kind, name) == s.File.Path));

        private void Write(string? path, SideEntry? from, byte[]? bytes)
        {
            if (path is null || bytes is null || from is null)
            {
                return;
            }

            if (writtenBy.TryGetValue(path, out var other))
            {
                // Two different items landed on one path (both sides added a "product" table with different guids).
                conflicts.Add(new MergeConflict(KeyOf(from), path, "", "two different items (not the same guid) want this path", "blob " + other.File.BlobId, "blob " + from.File.BlobId, Resolution()));
                if (options.Policy != MergePolicy.Theirs)
                {
                    return;
                }
            }

            files[path] = bytes;
            writtenBy[path] = from;
        }
    }
}
