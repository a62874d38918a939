namespace XanoLink.Merge;

/// <summary>
/// The words a conflict line uses for the two sides of a merge and for a settled conflict: Git's <c>ours</c>/<c>theirs</c>
/// (merge driver, branch merge), or publish's, which are its <c>--on-conflict</c> values: the tenant's live branch is
/// ours, the source's snapshot theirs.
/// </summary>
public sealed record ConflictSides(string Ours, string Theirs, string TookOurs, string TookTheirs)
{
    public static ConflictSides Git { get; } = new("ours", "theirs", "took ours", "took theirs");

    public static ConflictSides Publish { get; } = new("tenant", "source", "kept the tenant's (--on-conflict tenant)", "took the source's (--on-conflict source)");
}
