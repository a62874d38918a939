using XanoLink.Diagnostics;

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
    GitLockHeld,
    GitMissing,
    NonFileEntry,
    OutsideWorkspaceChanged,
    TenantAddressInvalid,
    IdentityUnknown,
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

    /// <summary>The catalogue entry (docs/diagnostics.md) for <see cref="Problem"/>.</summary>
    public DiagnosticDescriptor Descriptor => Problem switch
    {
        GitProblem.NotARepository => DiagnosticCatalog.NotARepository,
        GitProblem.RefNotFound => DiagnosticCatalog.RefNotFound,
        GitProblem.BranchExists => DiagnosticCatalog.BranchExists,
        GitProblem.InvalidBranchName => DiagnosticCatalog.InvalidBranchName,
        GitProblem.SideNotFound => DiagnosticCatalog.SideNotFound,
        GitProblem.TenantNotFound => DiagnosticCatalog.TenantMissing,
        GitProblem.InvalidLiveRecord => DiagnosticCatalog.InvalidLiveRecord,
        GitProblem.TenantExists => DiagnosticCatalog.TenantExists,
        GitProblem.PathNotEmpty => DiagnosticCatalog.PathNotEmpty,
        GitProblem.RefMoved => DiagnosticCatalog.RefMoved,
        GitProblem.CheckedOut => DiagnosticCatalog.CheckedOut,
        GitProblem.NothingToAdopt => DiagnosticCatalog.NothingToAdopt,
        GitProblem.GitLockHeld => DiagnosticCatalog.GitLockHeld,
        GitProblem.GitMissing => DiagnosticCatalog.GitMissing,
        GitProblem.NonFileEntry => DiagnosticCatalog.NonFileEntry,
        GitProblem.OutsideWorkspaceChanged => DiagnosticCatalog.OutsideWorkspaceChanged,
        GitProblem.TenantAddressInvalid => DiagnosticCatalog.TenantAddressInvalid,
        GitProblem.IdentityUnknown => DiagnosticCatalog.IdentityUnknown,
        _ => DiagnosticCatalog.TenantReadFailed,
    };

    public string Code => Descriptor.Code;
}
