using Newtonsoft.Json.Linq;

namespace XanoLink.Merge;

/// <summary>
/// Three-way merge of one workspace object (a table, an API endpoint, a function...) at the level of its members: fields
/// and inputs by name, indexes by type and fields, steps as a sequence (nested then/else/steps too), other properties by
/// key. Independent changes on the two sides combine; the same member changed two ways is a conflict.
/// </summary>
public static class ObjectMerge
{
    /// <summary>Merges <paramref name="ours"/> and <paramref name="theirs"/> (null = deleted or absent) against their common <paramref name="base"/>.</summary>
    public static ObjectMergeResult Merge(JObject? @base, JObject? ours, JObject? theirs, MergePolicy policy)
    {
        var merger = new JsonMerger(policy);
        var merged = merger.Merge("", null, @base, ours, theirs);
        return new ObjectMergeResult(merged as JObject, merger.Conflicts);
    }
}
