using LibGit2Sharp;
using XanoLink.Files;
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
/// straight into the object database (no working tree), INTO moved with compare-and-swap. Only the workspace folder is merged
/// item by item; files outside it (a monorepo) are taken from the side that changed them, and both sides changing them is refused.
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
            ObjectWriter.MoveBranch(repo, into, ours.Id, theirs.Id, $"xanolink: merge {from}: fast-forward");
            return new BranchMergeResult(BranchMergeStatus.FastForward, from, into, theirs.Sha, []);
        }

        var subfolder = repository.Subfolder;
        var outside = OutsideTree(repo, mergeBase, ours, theirs, subfolder, from, into);
        var result = WorkspaceMerge.Merge(
            mergeBase is null ? new MemoryFileSource(new Dictionary<string, byte[]>(), "no common ancestor") : Side(repo, mergeBase, subfolder, "merge base"),
            Side(repo, ours, subfolder, into),
            Side(repo, theirs, subfolder, from),
            new XanoLink.Merge.MergeOptions(policy, Canonical: false));
        if (result.HasUnresolvedConflicts)
        {
            return new BranchMergeResult(BranchMergeStatus.Conflict, from, into, ours.Sha, result.Conflicts);
        }

        var tree = ObjectWriter.WorkspaceTree(repo, outside, subfolder, result.Files);
        var message = $"Merge branch '{from}' into {into}\n";
        var commit = ObjectWriter.Commit(repo, message, tree, [ours, theirs]);
        ObjectWriter.MoveBranch(repo, into, ours.Id, commit.Id, $"xanolink: merge {from}");
        return new BranchMergeResult(BranchMergeStatus.Merged, from, into, commit.Sha, result.Conflicts);
    }

    private static GitFileSource Side(Repository repo, Commit commit, string subfolder, string label) =>
        subfolder.Length > 0 && commit[subfolder] is null
            ? throw new GitWorkspaceException(GitProblem.SideNotFound, $"the workspace folder '{subfolder}' does not exist at {label} ({commit.Sha[..12]})")
            : new GitFileSource(repo, commit, subfolder, label);

    /// <summary>
    /// The tree whose files outside the workspace folder the merge keeps: INTO's, or FROM's when only FROM changed them.
    /// Both changing them is beyond an item merge: refused, so nothing outside the workspace is lost.
    /// </summary>
    private static Tree? OutsideTree(Repository repo, Commit? mergeBase, Commit ours, Commit theirs, string subfolder, string from, string into)
    {
        if (subfolder.Length == 0)
        {
            return null;
        }

        var segments = subfolder.Split('/');
        if (mergeBase is null)
        {
            return SameOutside(ours.Tree, theirs.Tree, segments) ? ours.Tree : throw BothChanged(subfolder, from, into);
        }

        if (SameOutside(theirs.Tree, mergeBase.Tree, segments) || SameOutside(ours.Tree, theirs.Tree, segments))
        {
            return ours.Tree;
        }

        return SameOutside(ours.Tree, mergeBase.Tree, segments) ? theirs.Tree : throw BothChanged(subfolder, from, into);
    }

    private static GitWorkspaceException BothChanged(string subfolder, string from, string into) =>
        new(GitProblem.SideNotFound, $"both {into} and {from} changed files outside the workspace folder '{subfolder}'; merge them with 'git merge' (after 'xanolink git-setup') instead");

    /// <summary>Whether two trees hold the same entries, ignoring the path <paramref name="skip"/>.</summary>
    private static bool SameOutside(Tree a, Tree b, ReadOnlySpan<string> skip)
    {
        var names = a.Select(e => e.Name).Union(b.Select(e => e.Name), StringComparer.Ordinal);
        foreach (var name in names)
        {
            var (x, y) = (a[name], b[name]);
            if (name == skip[0])
            {
                var same = skip.Length == 1 || (x?.Target is Tree tx && y?.Target is Tree ty ? SameOutside(tx, ty, skip[1..]) : x?.Target.Id == y?.Target.Id);
                if (!same)
                {
                    return false;
                }

                continue;
            }

            if (x is null || y is null || x.Target.Id != y.Target.Id || x.Mode != y.Mode)
            {
                return false;
            }
        }

        return true;
    }
}
