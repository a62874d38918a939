using LibGit2Sharp;

namespace XanoLink.Git.Tenants;

/// <summary>Commits straight into the object database with XanoLink's signatures; guards branches checked out in a working tree.</summary>
internal static class ObjectWriter
{
    public static Commit Commit(Repository repository, string message, Tree tree, IEnumerable<Commit> parents) =>
        repository.ObjectDatabase.CreateCommit(CommitSignatures.Author(repository), CommitSignatures.Committer(repository), message, tree, parents, prettifyMessage: false);

    /// <summary>
    /// Refuses to move <paramref name="branch"/> in a repository with a working tree that has it checked out: the files on
    /// disk and the index would silently go stale.
    /// </summary>
    public static void RefuseCheckedOut(WorkspaceRepository repository, string branch)
    {
        if (!repository.IsBare && repository.HeadBranch() == branch)
        {
            throw new GitWorkspaceException(GitProblem.CheckedOut,
                $"{branch} is checked out in {repository.Location}; use git merge with xanolink git-setup, or check out another branch");
        }
    }
}
