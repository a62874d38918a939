using LibGit2Sharp;
using XanoLink.Loading;
using XanoLink.Manifest;

namespace XanoLink.Git;

/// <summary>
/// The Git repository a workspace lives in, opened from any folder inside it (the workspace may be a
/// subfolder: a monorepo), or a bare repository (a tenant's), whose workspace is the top of each tree.
/// </summary>
public sealed class WorkspaceRepository : IDisposable
{
    private readonly LiveRecord live;

    private WorkspaceRepository(Repository repository, string subfolder)
    {
        Repository = repository;
        Subfolder = subfolder;
        live = new LiveRecord(this);
    }

    public Repository Repository { get; }

    /// <summary>The workspace folder inside the repository, '/'-separated; "" when it is the top.</summary>
    public string Subfolder { get; }

    public bool IsBare => Repository.Info.IsBare;

    /// <summary>The working tree folder, or the .git folder of a bare repository: for messages.</summary>
    public string Location => Path.TrimEndingDirectorySeparator(Repository.Info.WorkingDirectory ?? Repository.Info.Path);

    /// <summary>Opens the repository holding <paramref name="workspacePath"/> (at or above it); the workspace is that folder.</summary>
    public static WorkspaceRepository Open(string workspacePath) =>
        TryOpen(workspacePath) ?? throw new GitWorkspaceException(GitProblem.NotARepository,
            $"'{workspacePath}' is not inside a Git repository; run 'git init' there (or in a folder above it) and commit the workspace");

    public static WorkspaceRepository? TryOpen(string workspacePath)
    {
        var full = Path.GetFullPath(workspacePath);
        if (!Directory.Exists(full))
        {
            return null;
        }

        var gitDir = LibGit2Sharp.Repository.Discover(full);
        if (gitDir is null)
        {
            return null;
        }

        var repository = new Repository(gitDir);
        var top = repository.Info.WorkingDirectory;
        var subfolder = top is null ? "" : Relative(top, full);
        if (subfolder is null)
        {
            repository.Dispose();
            throw new GitWorkspaceException(GitProblem.NotARepository,
                $"'{full}' belongs to the Git repository at {top}, but its path cannot be placed inside that repository's folder (a symbolic link in the path?); pass the workspace by its real path");
        }

        if (subfolder == ".git" || subfolder.StartsWith(".git/", StringComparison.Ordinal))
        {
            // Inside .git itself: the workspace is the top of the repository.
            subfolder = "";
        }

        return new WorkspaceRepository(repository, subfolder);
    }

    /// <summary>The id of the commit <paramref name="reference"/> names (see <see cref="ResolveCommit"/>).</summary>
    public string CommitIdOf(string reference) => ResolveCommit(reference).Sha;

    /// <summary>The commit a ref names: a branch, tag, full or short sha, HEAD, or an expression such as "main~1".</summary>
    public Commit ResolveCommit(string reference)
    {
        if (TryResolveCommit(reference) is { } commit)
        {
            return commit;
        }

        var branches = Branches();
        var known = branches.Count == 0 ? "it has no branches yet" : "branches: " + string.Join(", ", branches);
        throw new GitWorkspaceException(GitProblem.RefNotFound, $"no branch, tag or commit '{reference}' in {Location}; {known}");
    }

    public Commit? TryResolveCommit(string reference)
    {
        if (reference.Length == 0 || reference.StartsWith('-'))
        {
            return null;
        }

        // Branches first (also origin's, as in a fresh clone), so a branch named like a short sha still wins.
        if (RefNames.Problem(reference) is null && FindBranch(reference) is { Tip: { } tip })
        {
            return tip;
        }

        try
        {
            return Repository.Lookup(reference)?.Peel<Commit>();
        }
        catch (LibGit2SharpException)
        {
            // Ambiguous short shas and malformed expressions are "not found" here; the message lists what exists.
            return null;
        }
    }

    /// <summary>The workspace's files at <paramref name="reference"/>.</summary>
    public GitFileSource Source(string reference) => new(Repository, ResolveCommit(reference), Subfolder, reference);

    /// <summary>
    /// Branch names, ordinal order: the local ones, and origin's that have no local branch yet (a fresh clone
    /// has only its checked-out branch locally); never the live-branch record's own branch.
    /// </summary>
    public IReadOnlyList<string> Branches() => Repository.Branches
        .Select(b => b.IsRemote
            ? b.RemoteName == "origin" && b.FriendlyName.StartsWith("origin/", StringComparison.Ordinal) ? b.FriendlyName["origin/".Length..] : null
            : b.FriendlyName)
        .OfType<string>()
        .Where(name => name is not ("HEAD" or LiveRecord.Branch))
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>True for a local branch, or one only known from origin (a fresh clone).</summary>
    public bool BranchExists(string name) => name != LiveRecord.Branch && FindBranch(name) is not null;

    /// <summary>The checked-out branch (the branch HEAD points at, also in a bare repository); null when HEAD is detached or unborn.</summary>
    public string? HeadBranch()
    {
        var head = Repository.Refs.Head;
        return head is SymbolicReference { TargetIdentifier: var target } && target.StartsWith("refs/heads/", StringComparison.Ordinal)
            ? target["refs/heads/".Length..]
            : null;
    }

    /// <summary>Creates branch <paramref name="name"/> at <paramref name="from"/> (default HEAD); no checkout.</summary>
    /// <returns>The id of the commit the branch points at.</returns>
    public string CreateBranch(string name, string? from = null)
    {
        if (RefNames.Problem(name) is { } problem)
        {
            throw new GitWorkspaceException(GitProblem.InvalidBranchName, $"'{name}' cannot be a branch name: {problem}");
        }

        if (name == LiveRecord.Branch || name.StartsWith(LiveRecord.Branch + "/", StringComparison.Ordinal) || name == "xanolink")
        {
            throw new GitWorkspaceException(GitProblem.InvalidBranchName, $"'{name}' is reserved for XanoLink's live-branch record; choose another name");
        }

        if (Repository.Branches[name] is { IsRemote: false })
        {
            throw new GitWorkspaceException(GitProblem.BranchExists, $"branch '{name}' already exists in {Location}; choose another name, or delete it first with 'git branch -D {name}'");
        }

        var commit = from is null
            ? Repository.Head.Tip ?? throw new GitWorkspaceException(GitProblem.RefNotFound, $"{Location} has no commits yet; commit the workspace first, or pass --from")
            : ResolveCommit(from);
        return Repository.Branches.Add(name, commit).Tip.Sha;
    }

    /// <summary>The live branch: the record's (docs/live-branch.md), else the branch HEAD points at; null in a repository with neither.</summary>
    public string? GetLive() => live.Current()?.Branch ?? HeadBranch();

    /// <summary>
    /// Makes <paramref name="branch"/> the live branch: one commit on the record branch, authored by <paramref name="who"/>
    /// (name, e-mail and time), and in a bare repository HEAD moves to it. Setting the branch that is already live writes nothing.
    /// </summary>
    public LiveChange SetLive(string branch, Signature who, string? reason = null) => live.Set(branch, who, reason);

    /// <summary>
    /// <see cref="SetLive(string, Signature, string?)"/> by the person running the command. Unlike publish, which falls back to
    /// "XanoLink" so a CI job without an identity can run, this needs a real name: the history says who did it (XL3014).
    /// </summary>
    public LiveChange SetLiveAsUser(string branch, string? reason = null) => SetLive(branch, CommitSignatures.Known(Repository)
        ?? throw new GitWorkspaceException(GitProblem.IdentityUnknown,
            "Git does not know who you are, and the change is recorded under your name: run git config --global user.name \"Your Name\" and git config --global user.email you@example.com (or set GIT_AUTHOR_NAME and GIT_AUTHOR_EMAIL)"), reason);

    /// <summary>Whether <paramref name="path"/> is a bare repository (a tenant's, which has no workspace.json on disk).</summary>
    public static bool IsBareRepository(string path)
    {
        if (!Repository.IsValid(path))
        {
            return false;
        }

        using var repository = new Repository(path);
        return repository.Info.IsBare;
    }

    /// <summary>Every change of the live branch, newest first; empty when none was ever recorded.</summary>
    public IReadOnlyList<LiveChange> LiveHistory() => live.History();

    /// <summary>
    /// Files of the workspace folder that differ from the checked-out commit (untracked ones included) and could be
    /// workspace data; 0 for a bare repository. Files outside the kinds' folders other than workspace.json and
    /// xanolink.json are never sent, so a report redirected into the folder (<c>publish --format json &gt; out.json</c>)
    /// or an edited README is no uncommitted change.
    /// </summary>
    public int UncommittedChanges()
    {
        if (IsBare)
        {
            return 0;
        }

        var options = new StatusOptions { IncludeUntracked = true, ExcludeSubmodules = true, IncludeIgnored = false };
        if (Subfolder.Length > 0)
        {
            options.PathSpec = [Subfolder + "/"];
        }

        var prefix = Subfolder.Length > 0 ? Subfolder + "/" : "";
        return Repository.RetrieveStatus(options)
            .Count(e => e.State is not (FileStatus.Unaltered or FileStatus.Ignored) && MaybeSent(e.FilePath.Replace('\\', '/')[prefix.Length..]));
    }

    private static bool MaybeSent(string path) => PathLayout.Classify(path).Role switch
    {
        FileRole.Ignored => false,
        FileRole.Unknown => path.Contains('/', StringComparison.Ordinal),
        _ => true,
    };

    internal Branch? FindBranch(string name) =>
        Repository.Branches[name] is { IsRemote: false } local ? local : Repository.Branches["origin/" + name];

    public void Dispose() => Repository.Dispose();

    private static string? Relative(string top, string full)
    {
        var relative = Path.GetRelativePath(top, full).Replace('\\', '/');
        if (relative == ".")
        {
            return "";
        }

        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? null : relative;
    }
}
