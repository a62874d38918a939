using Newtonsoft.Json.Linq;
using XanoLink.Json;

namespace XanoLink.Merge;

/// <summary>Three-way merge of a table's records, matched by id and merged field by field; the result is sorted by id.</summary>
public static class RecordsMerge
{
    public sealed record Result(IReadOnlyList<JObject>? Merged, IReadOnlyList<MemberConflict> Conflicts);

    /// <summary>Null lists mean the records file is absent on that side; a null result means it is deleted.</summary>
    public static Result Merge(IReadOnlyList<JObject>? @base, IReadOnlyList<JObject>? ours, IReadOnlyList<JObject>? theirs, MergePolicy policy)
    {
        var merger = new JsonMerger(policy);
        if (ours is null || theirs is null)
        {
            // The file itself was deleted on a side: merge it as one value so delete-versus-edit is reported once.
            var whole = merger.Merge("records", null, AsArray(@base), AsArray(ours), AsArray(theirs));
            return new Result(whole is JArray a ? Sorted(a.OfType<JObject>()) : null, merger.Conflicts);
        }

        var merged = merger.MergeCollection("records", ById(@base ?? []), ById(ours), ById(theirs));
        return new Result(Sorted(merged.OfType<JObject>()), merger.Conflicts);
    }

    private static JArray? AsArray(IReadOnlyList<JObject>? records) => records is null ? null : new JArray(records);

    private static Members ById(IReadOnlyList<JObject> records) =>
        JsonMerger.Identities(new JArray(records), r => r["id"] is { } id ? RecordIdComparer.KeyOf(id) : "no id " + CanonicalJson.Compact(r))!;

    private static JObject[] Sorted(IEnumerable<JObject> records) => records.OrderBy(r => r["id"], RecordIdComparer.Instance).ToArray();
}
