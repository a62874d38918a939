using Newtonsoft.Json.Linq;

namespace XanoLink.Merge;

/// <summary>
/// One member of one object that both sides changed differently. <see cref="Path"/> names the member the way a person reads
/// it: <c>fields[price].type</c>, <c>steps[db.get order as order].table</c>, <c>records[5].name</c>; empty for the whole object.
/// Ours/Theirs are the two values (null when that side deleted the member).
/// </summary>
public sealed record MemberConflict(string Path, string Description, JToken? Ours, JToken? Theirs, ConflictResolution Resolution);

/// <summary>The result of merging one object: null <see cref="Merged"/> means the object is deleted.</summary>
public sealed record ObjectMergeResult(JObject? Merged, IReadOnlyList<MemberConflict> Conflicts)
{
    public bool HasUnresolvedConflicts => Conflicts.Any(c => c.Resolution == ConflictResolution.Unresolved);
}
