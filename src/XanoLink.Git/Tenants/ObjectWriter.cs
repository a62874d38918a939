using LibGit2Sharp;

namespace XanoLink.Git.Tenants;

/// <summary>
/// Writes trees and commits straight into the object database and moves branches with compare-and-swap, so no working
/// tree is touched (tenant repositories are bare) and a branch someone else moved meanwhile is never overwritten.
/// </summary>
internal static class ObjectWriter
{
    /// <summary>
    /// The tree of <paramref name="basis"/> (empty when null) with the workspace folder <paramref name="subfolder"/> replaced
    /// by <paramref name="files"/> (workspace-relative paths); a workspace at the top replaces the whole tree.
    /// </summary>
    public static Tree WorkspaceTree(Repository repository, Tree? basis, string subfolder, IReadOnlyDictionary<string, byte[]> files)
    {
        var prefix = subfolder.Length == 0 ? "" : subfolder + "/";
        var definition = subfolder.Length == 0 || basis is null ? new TreeDefinition() : TreeDefinition.From(basis);
        if (subfolder.Length > 0 && basis?[subfolder] is not null)
        {
            definition.Remove(subfolder);
        }

        foreach (var (path, bytes) in files)
        {
            definition.Add(prefix + path, Blob(repository, bytes), Mode.NonExecutableFile);
        }

        return repository.ObjectDatabase.CreateTree(definition);
    }

    /// <summary>The tree of <paramref name="basis"/> with some files (repository-relative paths) replaced.</summary>
    public static Tree Replace(Repository repository, Tree basis, IReadOnlyDictionary<string, byte[]> files)
    {
        var definition = TreeDefinition.From(basis);
        foreach (var (path, bytes) in files)
        {
            definition.Add(path, Blob(repository, bytes), Mode.NonExecutableFile);
        }

        return repository.ObjectDatabase.CreateTree(definition);
    }

    public static Blob Blob(Repository repository, byte[] bytes) => repository.ObjectDatabase.CreateBlob(new MemoryStream(bytes));

    public static Commit Commit(Repository repository, string message, Tree tree, IEnumerable<Commit> parents) =>
        repository.ObjectDatabase.CreateCommit(CommitSignatures.Author(repository), CommitSignatures.Committer(repository), message, tree, parents, prettifyMessage: false);

    /// <summary>
    /// Moves branch <paramref name="branch"/> from <paramref name="expected"/> (null: it must not exist yet) to <paramref name="target"/>;
    /// fails clearly when it is not where it was read, rather than losing someone else's commit.
    /// </summary>
    public static void MoveBranch(Repository repository, string branch, ObjectId? expected, ObjectId target, string log)
    {
        var name = "refs/heads/" + branch;
        var current = repository.Refs[name];
        if (expected is null)
        {
            if (current is not null)
            {
                throw Moved(repository, branch);
            }

            repository.Refs.Add(name, target, log, allowOverwrite: false);
            return;
        }

        if (current is not DirectReference direct || direct.TargetIdentifier != expected.Sha)
        {
            throw Moved(repository, branch);
        }

        try
        {
            // libgit2 writes the new target only if the ref still holds the old one (compare-and-swap).
            repository.Refs.UpdateTarget(direct, target, log);
        }
        catch (LibGit2SharpException ex)
        {
            throw new GitWorkspaceException(GitProblem.RefMoved, $"branch '{branch}' in {Where(repository)} moved while XanoLink was writing ({ex.Message}); nothing was changed, run the command again");
        }
    }

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

    private static GitWorkspaceException Moved(Repository repository, string branch) =>
        new(GitProblem.RefMoved, $"branch '{branch}' in {Where(repository)} moved while XanoLink was working; nothing was changed, run the command again");

    private static string Where(Repository repository) => Path.TrimEndingDirectorySeparator(repository.Info.WorkingDirectory ?? repository.Info.Path);
}
