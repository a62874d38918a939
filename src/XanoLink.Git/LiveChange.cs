namespace XanoLink.Git;

/// <summary>One change of the live branch, as recorded: to which branch, from which, by whom, when and why.</summary>
/// <param name="Branch">The branch that became live.</param>
/// <param name="Previous">The branch that was live before, or null for the first record in a repository without a HEAD branch.</param>
/// <param name="BranchCommit">The tip of <paramref name="Branch"/> when it became live, so an earlier state can be found again.</param>
/// <param name="RecordCommit">The record commit holding this change.</param>
public sealed record LiveChange(
    string Branch,
    string? Previous,
    string? BranchCommit,
    string Who,
    string Email,
    DateTimeOffset When,
    string? Reason,
    string RecordCommit);
