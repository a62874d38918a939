using LibGit2Sharp;
using XanoLink.Git.Tenants;
using XanoLink.Merge;

namespace XanoLink.Git;

public enum BranchMergeStatus
{
    /// <summary>FROM is already in INTO: nothing written.</summary>
    UpToDate,

    /// <summary>INTO was an ancestor of FROM and now points at it.</summary>
    FastForward,

    /// <summary>A merge commit with two parents was written on INTO.</summary>
    Merged,

    /// <summary>Conflicts no policy settled: nothing written.</summary>
    Conflict,
}

/// <param name="Commit">INTO's tip afterwards (unchanged for UpToDate and Conflict).</param>
/// <param name="Conflicts">Every conflict found, also those a policy settled.</param>
public sealed record BranchMergeResult(BranchMergeStatus Status, string From, string Into, string Commit, IReadOnlyList<MergeConflict> Conflicts);

/// <summary>
/// <c>xanolink branch merge</c>: a three-way merge of two branches of one workspace with <see cref="WorkspaceMerge"/>, written
/// straight into the object database (no working tree), INTO moved with compare-and-swap. Workspace files are merged item
/// by item; every other entry (outside the workspace folder of a monorepo, scripts, links, submodules) as Git would, by
/// <see cref="TreeMerge"/>: taken from the side that changed it, a conflict when both changed it differently.
/// </summary>
public static class BranchMerge
{
    public static BranchMergeResult Run(WorkspaceRepository repository, string from, string? into = null, MergePolicy policy = MergePolicy.Fail)
    {
        into ??= repository.GetLive() ?? throw new GitWorkspaceException(GitProblem.RefNotFound, $"{repository.Location} has no live branch to merge into; pass --into NAME");
        var repo = repository.Repository;
        if (repo.Branches[into] is not { IsRemote: false } intoBranch)
        {
            throw new GitWorkspaceException(GitProblem.RefNotFound, $"no local branch '{into}' to merge into in {repository.Location}; branches: {string.Join(", ", repository.Branches())}");
        }

        ObjectWriter.RefuseCheckedOut(repository, into);
        var theirs = repository.ResolveCommit(from);
        var ours = intoBranch.Tip;
        var mergeBase = repo.ObjectDatabase.FindMergeBase(ours, theirs);
        if (mergeBase?.Id == theirs.Id)
        {
            return new BranchMergeResult(BranchMergeStatus.UpToDate, from, into, ours.Sha, []);
        }

        if (mergeBase?.Id == ours.Id)
        {
            RefMoves.Move(repo, "refs/heads/" + into, ours.Id, theirs.Id, $"xanolink: merge {from}: fast-forward");
            return new BranchMergeResult(BranchMergeStatus.FastForward, from, into, theirs.Sha, []);
        }

        var subfolder = repository.Subfolder;
        if (subfolder.Length > 0)
        {
            Side(repo, ours, subfolder, into);
            Side(repo, theirs, subfolder, from);
        }

        var result = TreeMerge.Merge(
            mergeBase is null ? TreeSide.Empty("no common ancestor") : TreeSide.Of(repo, mergeBase.Tree, "merge base"),
            TreeSide.Of(repo, ours.Tree, into),
            TreeSide.Of(repo, theirs.Tree, from),
            subfolder,
            new XanoLink.Merge.MergeOptions(policy, Canonical: false));
        if (result.HasUnresolvedConflicts)
        {
            return new BranchMergeResult(BranchMergeStatus.Conflict, from, into, ours.Sha, result.Conflicts);
        }

        var tree = TreeMerge.Apply(repo, ours.Tree, result);
        var message = $"Merge branch '{from}' into {into}\n";
        var commit = ObjectWriter.Commit(repo, message, tree, [ours, theirs]);
        RefMoves.Move(repo, "refs/heads/" + into, ours.Id, commit.Id, $"xanolink: merge {from}");
        return new BranchMergeResult(BranchMergeStatus.Merged, from, into, commit.Sha, result.Conflicts);
    }

    private static void Side(Repository repo, Commit commit, string subfolder, string label)
    {
        if (commit[subfolder] is null)
        {
            throw new GitWorkspaceException(GitProblem.SideNotFound, $"the workspace folder '{subfolder}' does not exist at {label} ({commit.Sha[..12]})");
        }
    }
}
