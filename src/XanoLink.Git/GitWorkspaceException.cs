namespace XanoLink.Git;

/// <summary>What went wrong, so callers can choose an exit code or a recovery without parsing messages.</summary>
public enum GitProblem
{
    NotARepository,
    RefNotFound,
    BranchExists,
    InvalidBranchName,
    SideNotFound,
    TenantNotFound,
    InvalidLiveRecord,
    TenantExists,
    PathNotEmpty,
    RefMoved,
    CheckedOut,
    NothingToAdopt,
}

/// <summary>
/// A Git request that cannot be met as asked (a ref that does not exist, a folder outside any repository...).
/// The message says what exists and what to do; the CLI prints it and exits 2.
/// </summary>
public sealed class GitWorkspaceException : Exception
{
    public GitWorkspaceException(GitProblem problem, string message)
        : base(message) => Problem = problem;

    public GitWorkspaceException()
    {
    }

    public GitWorkspaceException(string message)
        : base(message)
    {
    }

    public GitWorkspaceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public GitProblem Problem { get; }
}
