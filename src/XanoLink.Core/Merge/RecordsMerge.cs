using Newtonsoft.Json.Linq;
using XanoLink.Json;

namespace XanoLink.Merge;

/// <summary>Three-way merge of a table's records, matched by id and merged field by field; the result is sorted by id.</summary>
public static class RecordsMerge
{
    public sealed record Result(IReadOnlyList<JObject>? Merged, IReadOnlyList<MemberConflict> Conflicts);

    /// <summary>Null lists mean the records file is absent on that side; a null result means it is deleted.</summary>
    /// <param name="earlier">For a record both sides hold differently and the base lacks: its earlier version, if known, used as its base.</param>
    public static Result Merge(IReadOnlyList<JObject>? @base, IReadOnlyList<JObject>? ours, IReadOnlyList<JObject>? theirs, MergePolicy policy, Func<string, JObject?>? earlier = null)
    {
        var merger = new JsonMerger(policy);
        if (ours is null || theirs is null)
        {
            // The file itself was deleted on a side: merge it as one value so delete-versus-edit is reported once.
            var whole = merger.Merge("records", null, AsArray(@base), AsArray(ours), AsArray(theirs));
            return new Result(whole is JArray a ? Sorted(a.OfType<JObject>()) : null, merger.Conflicts);
        }

        var baseRecords = earlier is null ? @base ?? [] : WithEarlier(@base ?? [], ours, theirs, earlier);
        var merged = merger.MergeCollection("records", ById(baseRecords), ById(ours), ById(theirs));
        return new Result(Sorted(merged.OfType<JObject>()), merger.Conflicts);
    }

    private static IReadOnlyList<JObject> WithEarlier(IReadOnlyList<JObject> @base, IReadOnlyList<JObject> ours, IReadOnlyList<JObject> theirs, Func<string, JObject?> earlier)
    {
        var baseIds = @base.Select(r => KeyOf(r)).ToHashSet(StringComparer.Ordinal);
        Dictionary<string, JObject>? theirsById = null;
        List<JObject>? added = null;
        foreach (var record in ours)
        {
            var key = KeyOf(record);
            if (key is null || baseIds.Contains(key))
            {
                continue;
            }

            theirsById ??= theirs.Select(r => (Key: KeyOf(r), Record: r)).Where(p => p.Key is not null).GroupBy(p => p.Key!, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().Record, StringComparer.Ordinal);
            if (theirsById.TryGetValue(key, out var other) && !JToken.DeepEquals(record, other) && earlier(key) is { } found)
            {
                (added ??= []).Add(found);
                baseIds.Add(key);
            }
        }

        return added is null ? @base : [.. @base, .. added];
    }

    private static string? KeyOf(JObject record) => record["id"] is { } id ? RecordIdComparer.KeyOf(id) : null;

    private static JArray? AsArray(IReadOnlyList<JObject>? records) => records is null ? null : new JArray(records);

    private static Members ById(IReadOnlyList<JObject> records) =>
        JsonMerger.Identities(new JArray(records), r => r["id"] is { } id ? RecordIdComparer.KeyOf(id) : "no id " + CanonicalJson.Compact(r))!;

    private static JObject[] Sorted(IEnumerable<JObject> records) => records.OrderBy(r => r["id"], RecordIdComparer.Instance).ToArray();
}
