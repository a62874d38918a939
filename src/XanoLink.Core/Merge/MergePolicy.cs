namespace XanoLink.Merge;

/// <summary>What a merge does with a member both sides changed in different ways.</summary>
public enum MergePolicy
{
    /// <summary>Report the conflict; the merged value keeps ours so the result is still a readable workspace.</summary>
    Fail,

    /// <summary>Take ours, and report the conflict as resolved.</summary>
    Ours,

    /// <summary>Take theirs, and report the conflict as resolved.</summary>
    Theirs,
}

/// <summary>How a conflict was settled.</summary>
public enum ConflictResolution
{
    Unresolved,
    TookOurs,
    TookTheirs,
}
